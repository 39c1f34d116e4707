import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageProblem } from "@/components/shell/page-problem";
import { SHELL_STRINGS } from "@/components/shell/shell-strings";
import { WorkspaceProvider } from "@/components/shell/workspace-context";
import { loadWorkspace } from "@/lib/server/projects/load-workspace";

/**
 * Every workspace page: the segments are validated, the project must exist on that data service,
 * and its time zone is handed to client components through useWorkspace().
 */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ serviceId: string; projectId: string }> }) {
  const outcome = await loadWorkspace(await params);
  if (outcome.kind === "not-found") notFound();
  if (outcome.kind === "unavailable") {
    return (
      <PageProblem
        title={SHELL_STRINGS.errors.workspaceUnavailableTitle}
        message={outcome.message}
        whatToDo={SHELL_STRINGS.errors.workspaceUnavailableWhatToDo}
        links={[{ href: "/settings/data-services", label: SHELL_STRINGS.errors.openSettings }]}
      />
    );
  }
  return <WorkspaceProvider workspace={outcome.workspace}>{children}</WorkspaceProvider>;
}
