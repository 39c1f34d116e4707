import Sqlite from "better-sqlite3";
import pg from "pg";

export type CapturedStatement = { sql: string; values: unknown[] };

let active: CapturedStatement[] | null = null;
let isInstalled = false;

/**
 * Records every statement the drivers send while `work` runs: the SQL text and its bound values,
 * as they reach pg (`Client.query`) and better-sqlite3 (a statement's `run` / `get` / `all` / `iterate`).
 * The benchmarks use it to count statements per transition and to replay the engine's exact SQL
 * with the raw driver. Captures must not overlap; the benchmarks run one operation at a time.
 */
export async function captureStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
  installDriverHooks();
  if (active) throw new Error("captureStatements: captures must not overlap");
  const statements: CapturedStatement[] = [];
  active = statements;
  try {
    return { result: await work(), statements };
  } finally {
    active = null;
  }
}

/** Statements other than transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT…). */
export function isDataStatement(statement: CapturedStatement): boolean {
  return !/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)\b/i.test(statement.sql);
}

function installDriverHooks(): void {
  if (isInstalled) return;
  isInstalled = true;

  type PgQuery = (this: pg.Client, ...args: unknown[]) => unknown;
  const clientPrototype = pg.Client.prototype as unknown as { query: PgQuery };
  const originalQuery = clientPrototype.query;
  clientPrototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (active) active.push(pgStatementOf(args));
    return originalQuery.apply(this, args);
  };

  // better-sqlite3: recorded when a statement runs, so that cached statements (prepared once, run
  // many times, as the engine's driver reader does) are seen on every run. Prisma's adapter binds
  // first and runs without arguments; the engine's reader passes its values to the run itself.
  const probe = new Sqlite(":memory:");
  const statementPrototype = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (this: Sqlite.Statement, ...args: unknown[]) => unknown>;
  probe.close();
  const boundValues = new WeakMap<object, unknown[]>();
  const originalBind = statementPrototype.bind!;
  statementPrototype.bind = function (this: Sqlite.Statement, ...args: unknown[]) {
    boundValues.set(this, valuesOf(args));
    return originalBind.apply(this, args);
  };
  for (const method of ["run", "get", "all", "iterate"] as const) {
    const original = statementPrototype[method]!;
    statementPrototype[method] = function (this: Sqlite.Statement, ...args: unknown[]) {
      if (active) active.push({ sql: this.source, values: args.length > 0 ? valuesOf(args) : [...(boundValues.get(this) ?? [])] });
      return original.apply(this, args);
    };
  }
}

function valuesOf(args: unknown[]): unknown[] {
  return args.length === 1 && Array.isArray(args[0]) ? [...(args[0] as unknown[])] : [...args];
}

function pgStatementOf(args: unknown[]): CapturedStatement {
  const [first, second] = args;
  if (typeof first === "string") return { sql: first, values: Array.isArray(second) ? [...second] : [] };
  const config = first as { text?: string; values?: unknown[] };
  return { sql: config.text ?? "", values: config.values ? [...config.values] : [] };
}
