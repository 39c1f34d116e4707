import type { Dialect } from "../../store/database";
import { isPostgresReachable } from "../../testing/databases";

/**
 * The stores a scenario runs on: SQLite always, PostgreSQL when reachable (with REQUIRE_SERVICES=1
 * an unreachable PostgreSQL throws instead, failing the suite).
 */
export async function storeDialects(): Promise<{ dialect: Dialect; isAvailable: boolean }[]> {
  const hasPostgres = await isPostgresReachable();
  return [
    { dialect: "sqlite", isAvailable: true },
    { dialect: "postgresql", isAvailable: hasPostgres },
  ];
}
