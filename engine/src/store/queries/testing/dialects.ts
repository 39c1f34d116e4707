import type { Dialect } from "../../database";
import { isPostgresReachable } from "../../../testing/databases";

/** SQLite always; PostgreSQL when it answers on 127.0.0.1 (a failure instead with REQUIRE_SERVICES=1). */
export async function testDialects(): Promise<Dialect[]> {
  return (await isPostgresReachable()) ? ["sqlite", "postgresql"] : ["sqlite"];
}
