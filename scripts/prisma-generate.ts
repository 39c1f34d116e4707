/**
 * Generates one Prisma client per provider from the one data model in prisma/schema/, and the
 * initial-schema SQL per provider. Prisma fixes the provider at generate time, so the schema files
 * are copied with the provider swapped; nothing else differs between the two clients.
 *
 *   tsx scripts/prisma-generate.ts            generate both clients
 *   tsx scripts/prisma-generate.ts --init     also rewrite the migrations of MIGRATION_STEPS
 *
 * Each migration step adds schema files to the previous step's set; its SQL is the diff between the
 * two sets. The engine's tables land in 0001, the console's in 0002, monitoring's in 0003–0004, connectivity's in 0005. Once a step has been released,
 * a change to its files needs a new step (an old/new diff) instead of a rewrite.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const sourceDir = path.join(root, "prisma", "schema");
const PROVIDERS = ["sqlite", "postgresql"] as const;
const MIGRATION_STEPS = [
  { name: "0001_init", files: ["schema.prisma", "engine.prisma"] },
  { name: "0002_console", files: ["schema.prisma", "engine.prisma", "console.prisma"] },
  { name: "0003_monitor", files: ["schema.prisma", "engine.prisma", "console.prisma", "monitor.prisma"] },
  { name: "0004_alerts", files: ["schema.prisma", "engine.prisma", "console.prisma", "monitor.prisma", "alerts.prisma"] },
  {
    name: "0005_connectivity",
    files: ["schema.prisma", "engine.prisma", "console.prisma", "monitor.prisma", "alerts.prisma", "connectivity.prisma"],
  },
  {
    name: "0006_console_services",
    files: ["schema.prisma", "engine.prisma", "console.prisma", "monitor.prisma", "alerts.prisma", "connectivity.prisma", "console-services.prisma"],
  },
] as const;

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
  if (process.argv.includes("--init")) writeMigrations(provider, target);
}

function writeMigrations(provider: (typeof PROVIDERS)[number], generatedSchemaDir: string): void {
  const migrationDir = path.join(root, "prisma", "migrations", provider);
  fs.mkdirSync(migrationDir, { recursive: true });
  let previous: string | null = null;
  for (const step of MIGRATION_STEPS) {
    if (!step.files.every((file) => fs.existsSync(path.join(generatedSchemaDir, file)))) break;
    const stepDir = path.join(root, "prisma", "generated", `migration-${provider}-${step.name}`);
    fs.rmSync(stepDir, { recursive: true, force: true });
    fs.mkdirSync(stepDir, { recursive: true });
    for (const file of step.files) fs.copyFileSync(path.join(generatedSchemaDir, file), path.join(stepDir, file));
    const from = previous === null ? ["--from-empty"] : ["--from-schema-datamodel", previous];
    const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", stepDir, "--script"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, PRISMA_CLI_PROVIDER: provider },
    });
    fs.writeFileSync(path.join(migrationDir, `${step.name}.sql`), sql);
    previous = stepDir;
  }
}
