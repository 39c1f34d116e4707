import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { StartPageProblem } from "@/components/shell/start-page-problem";
import { workspaceSectionPath } from "@/components/shell/workspace-path";
import { LAST_WORKSPACE_COOKIE, parseLastWorkspace } from "@/lib/client/preferences/last-workspace";
import { requireActor } from "@/lib/server/auth/get-actor";
import { findStartWorkspace } from "@/lib/server/projects/find-start-workspace";

// Decided per request: the session, the last project and the data services' answers all change.
export const dynamic = "force-dynamic";

export const metadata = { title: "Start" };

/** `/`: the project used last, else the first project of the first data service; the settings when there is none. */
export default async function StartPage() {
  await requireActor({ nextPath: "/" });
  const last = parseLastWorkspace((await cookies()).get(LAST_WORKSPACE_COOKIE)?.value);
  const start = await findStartWorkspace(last);
  if (start.kind === "workspace") redirect(workspaceSectionPath(start, "overview"));
  if (start.kind === "no-services") redirect("/settings/data-services");
  return <StartPageProblem {...start} />;
}
