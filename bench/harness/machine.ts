import Sqlite from "better-sqlite3";
import { execFileSync } from "node:child_process";
import os from "node:os";
import pg from "pg";

export type Machine = {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  kernel: string;
  node: string;
  postgres: string;
  sqlite: string;
};

/** What the figures were measured on, as docs/BENCHMARKS.md records it (`nproc`, `lscpu`, versions). */
export async function describeMachine(postgresAdminUrl: string): Promise<Machine> {
  return {
    cores: os.availableParallelism(),
    cpuModel: lscpuModelName() ?? os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: await postgresVersion(postgresAdminUrl),
    sqlite: sqliteVersion(),
  };
}

function lscpuModelName(): string | undefined {
  try {
    const output = execFileSync("lscpu", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return /^Model name:\s*(.+)$/m.exec(output)?.[1]?.trim();
  } catch {
    return undefined;
  }
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>("SHOW server_version");
    return `PostgreSQL ${result.rows[0]?.server_version ?? "?"}`;
  } catch {
    return "PostgreSQL not reachable";
  } finally {
    await client.end().catch(() => undefined);
  }
}

function sqliteVersion(): string {
  const database = new Sqlite(":memory:");
  try {
    const row = database.prepare("SELECT sqlite_version() AS version").get() as { version: string };
    return `SQLite ${row.version} (better-sqlite3)`;
  } finally {
    database.close();
  }
}

export function formatMachine(machine: Machine): string {
  return `${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.kernel}; Node ${machine.node}; ${machine.postgres}; ${machine.sqlite}`;
}
