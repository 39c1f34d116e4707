import pg from "pg";
import type { Database } from "../store/database";

/** Advisory lock key of the scheduler leader: one per database, shared by every project. */
const LEADER_LOCK_KEY = 727_003;

export type LeaderLock = {
  /** Takes the lock if free (or keeps it); false while another engine holds it. */
  tryAcquire(): Promise<boolean>;
  isHeld(): boolean;
  release(): Promise<void>;
};

/**
 * PostgreSQL: a session advisory lock held on a dedicated connection (not the pool, whose
 * connections come and go), so it lasts exactly as long as this engine's connection does.
 * SQLite: one engine per database file, always the leader.
 */
export function createLeaderLock(database: Pick<Database, "dialect" | "url">): LeaderLock {
  if (database.dialect === "sqlite") {
    let isHeld = true;
    return {
      tryAcquire: async () => (isHeld = true),
      isHeld: () => isHeld,
      release: async () => void (isHeld = false),
    };
  }
  let client: pg.Client | null = null;
  let isHeld = false;

  function dropConnection(): void {
    const lost = client;
    client = null;
    isHeld = false;
    lost?.end().catch(() => undefined);
  }

  return {
    async tryAcquire() {
      try {
        // A connection can die without an event reaching us first: confirm the lock is still ours.
        if (isHeld && client) {
          const held = await client.query<{ held: boolean }>(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND pid = pg_backend_pid() AND granted) AS held",
            [LEADER_LOCK_KEY],
          );
          isHeld = held.rows[0]?.held === true;
          if (isHeld) return true;
        }
        if (!client) {
          const connection = new pg.Client({ connectionString: database.url, keepAlive: true });
          // A dropped connection releases the lock on the server; stop believing we hold it.
          connection.on("error", dropConnection);
          connection.on("end", () => {
            if (client === connection) dropConnection();
          });
          await connection.connect();
          client = connection;
        }
        const result = await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1) AS acquired", [LEADER_LOCK_KEY]);
        isHeld = result.rows[0]?.acquired === true;
        return isHeld;
      } catch {
        dropConnection();
        return false;
      }
    },
    isHeld: () => isHeld,
    async release() {
      const connection = client;
      client = null;
      isHeld = false;
      if (!connection) return;
      try {
        await connection.query("SELECT pg_advisory_unlock_all()");
      } finally {
        await connection.end().catch(() => undefined);
      }
    },
  };
}
