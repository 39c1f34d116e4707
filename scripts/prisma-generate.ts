/**
 * Generates one Prisma client per provider from the one data model in prisma/schema/, and the
 * initial-schema SQL per provider. Prisma fixes the provider at generate time, so the schema files
 * are copied with the provider swapped; nothing else differs between the two clients.
 *
 *   tsx scripts/prisma-generate.ts            generate both clients
 *   tsx scripts/prisma-generate.ts --init     also rewrite prisma/migrations/<provider>/0001_init.sql
 *
 * Later schema changes get a new numbered SQL file per provider, written from
 * `prisma migrate diff --from-schema-datamodel <old> --to-schema-datamodel <new> --script`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sourceDir = path.join(root, "prisma", "schema");
const PROVIDERS = ["sqlite", "postgresql"] as const;

for (const provider of PROVIDERS) {
  const target = path.join(root, "prisma", "generated", `schema-${provider}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const file of fs.readdirSync(sourceDir).filter((name) => name.endsWith(".prisma"))) {
    let text = fs.readFileSync(path.join(sourceDir, file), "utf8");
    if (file === "schema.prisma") {
      text = text
        .replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`)
        .replace(/url\s*=\s*"file:unused.db"/, provider === "sqlite" ? "$&" : `url      = "postgresql://localhost/unused"`)
        .replace(/output\s*=\s*"[^"]*"/, `output     = "../${provider}"`);
    }
    fs.writeFileSync(path.join(target, file), text);
  }
  execFileSync("npx", ["prisma", "generate", "--schema", target], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (process.argv.includes("--init")) {
    const sql = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", target, "--script"],
      { cwd: root, encoding: "utf8", env: { ...process.env, PRISMA_CLI_PROVIDER: provider } },
    );
    const migrationDir = path.join(root, "prisma", "migrations", provider);
    fs.mkdirSync(migrationDir, { recursive: true });
    fs.writeFileSync(path.join(migrationDir, "0001_init.sql"), sql);
  }
}
