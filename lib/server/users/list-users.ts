import "server-only";
import type { TUserList } from "@/lib/contracts/users";
import { getConsoleDb } from "@/lib/server/db";
import { getSessionSummaries, summaryFor } from "./session-summaries";
import { toUserDto } from "./to-user-dto";

/** Every account, enabled ones first, then by username. */
export async function listUsers(): Promise<TUserList> {
  const db = await getConsoleDb();
  const rows = await db.user.findMany({ orderBy: { username: "asc" } });
  const summaries = await getSessionSummaries(db, rows.map((row) => row.id));
  const items = rows.map((row) => toUserDto(row, summaryFor(summaries, row.id)));
  items.sort((a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null));
  return { items };
}
