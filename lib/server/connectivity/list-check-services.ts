import "server-only";
import type { TCheckServiceList } from "@/lib/contracts/connectivity";
import { getConsoleDb } from "@/lib/server/db";
import { CHECK_SERVICE_PUBLIC_SELECT, toCheckServiceDto } from "./check-service-dto";

/** Every configured DTS / DLI / DRS service, by kind then name. */
export async function listCheckServices(): Promise<TCheckServiceList> {
  const db = await getConsoleDb();
  const rows = await db.checkService.findMany({ select: CHECK_SERVICE_PUBLIC_SELECT, orderBy: [{ kind: "asc" }, { name: "asc" }] });
  return { items: rows.map(toCheckServiceDto) };
}
