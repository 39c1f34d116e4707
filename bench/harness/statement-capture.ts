import Sqlite from "better-sqlite3";
import pg from "pg";

export type CapturedStatement = { sql: string; values: unknown[] };

let active: CapturedStatement[] | null = null;
let isInstalled = false;

/**
 * Records every statement the drivers send while `work` runs: the SQL text and its bound values,
 * as the Prisma adapters hand them to pg (`Client.query`) and better-sqlite3 (`prepare` + `bind`).
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

  const databasePrototype = Sqlite.prototype as unknown as { prepare: (this: Sqlite.Database, sql: string) => Sqlite.Statement };
  const originalPrepare = databasePrototype.prepare;
  const pending = new WeakMap<object, CapturedStatement>();
  databasePrototype.prepare = function (this: Sqlite.Database, sql: string) {
    const statement = originalPrepare.call(this, sql);
    if (active) {
      const captured: CapturedStatement = { sql, values: [] };
      active.push(captured);
      pending.set(statement, captured);
    }
    return statement;
  };
  const probe = new Sqlite(":memory:");
  const statementPrototype = Object.getPrototypeOf(probe.prepare("SELECT 1")) as { bind: (this: object, ...args: unknown[]) => unknown };
  probe.close();
  const originalBind = statementPrototype.bind;
  statementPrototype.bind = function (this: object, ...args: unknown[]) {
    const captured = pending.get(this);
    if (captured) captured.values = args.length === 1 && Array.isArray(args[0]) ? [...(args[0] as unknown[])] : args;
    return originalBind.apply(this, args);
  };
}

function pgStatementOf(args: unknown[]): CapturedStatement {
  const [first, second] = args;
  if (typeof first === "string") return { sql: first, values: Array.isArray(second) ? [...second] : [] };
  const config = first as { text?: string; values?: unknown[] };
  return { sql: config.text ?? "", values: config.values ? [...config.values] : [] };
}
