import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { AlertTriangleIcon } from "@/components/ui/icons";
import type { TDataService } from "@/lib/contracts/data-services";
import { SHELL_STRINGS } from "./shell-strings";

const S = {
  unavailableTitle: "No data service answered",
  unavailableIntro: "Nightshift could not list the projects of any data service:",
  embeddedWhatToDo:
    "For the embedded engine: start Nightshift with npm start (engine and console together), or the engine alone with npm run engine. If it runs elsewhere, set ENGINE_URL and restart the console.",
  otherWhatToDo: "For a DataWorks endpoint: check the network path and the AccessKey in Settings → Data services, and test it there.",
  noProjectsTitle: "No project yet",
  noProjectsWhatToDo:
    "The data services answered but hold no project. Deploy a workspace to the embedded engine with npm run engine -- deploy DIR (the demo workspace is deployed on an empty database at first start unless NIGHTSHIFT_DEMO=0), or give the AccessKey access to a DataWorks workspace.",
  checkAgain: "Check again",
} as const;

export type StartPageProblemProps =
  | { kind: "unavailable"; problems: { service: TDataService; message: string }[] }
  | { kind: "no-projects"; services: TDataService[] };

/** `/` when there is nowhere to go yet: which data service failed, and what to do about it. */
export function StartPageProblem(props: StartPageProblemProps) {
  const hasEmbedded = props.kind === "unavailable" && props.problems.some((problem) => problem.service.isEmbedded);
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 px-5 py-10">
      <p className="text-sm font-medium tracking-wide text-accent">{SHELL_STRINGS.productName}</p>
      <section role="alert" className="flex gap-3 rounded-lg border border-border bg-surface p-5">
        <AlertTriangleIcon size={20} className="mt-0.5 shrink-0 text-warn" />
        <div className="flex min-w-0 flex-col gap-2 text-sm">
          <h1 className="text-lg font-semibold">{props.kind === "unavailable" ? S.unavailableTitle : S.noProjectsTitle}</h1>
          {props.kind === "unavailable" ? (
            <>
              <p>{S.unavailableIntro}</p>
              <ul className="list-disc space-y-1 pl-5">
                {props.problems.map(({ service, message }) => (
                  <li key={service.id}>
                    <span className="font-medium">{service.name}</span> <span className="font-mono text-xs">({service.endpoint})</span>:{" "}
                    <span className="text-fg-muted">{message}</span>
                  </li>
                ))}
              </ul>
              {hasEmbedded ? <p>{S.embeddedWhatToDo}</p> : null}
              <p>{S.otherWhatToDo}</p>
            </>
          ) : (
            <p>{S.noProjectsWhatToDo}</p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <a href="/" className={buttonClassName({ variant: "primary", size: "sm" })}>
              {S.checkAgain}
            </a>
            <Link href="/settings/data-services" className={buttonClassName({ size: "sm" })}>
              {SHELL_STRINGS.errors.openSettings}
            </Link>
          </div>
        </div>
      </section>
    </main>
  );
}
