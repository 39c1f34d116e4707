import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// The CLI is used offline only, by scripts/prisma-generate.ts, for `generate` and `migrate diff`.
// The schema engine runs as WebAssembly through a driver adapter, never a downloaded binary.
// PRISMA_CLI_PROVIDER=postgresql is set by that script when it writes the PostgreSQL migration.
const provider = process.env.PRISMA_CLI_PROVIDER ?? "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  adapter: async () => {
    if (provider === "postgresql") {
      return new PrismaPg({ connectionString: process.env.PRISMA_CLI_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
    }
    fs.mkdirSync(".data", { recursive: true });
    return new PrismaBetterSQLite3({ url: "file:./.data/prisma-cli.db" });
  },
});
