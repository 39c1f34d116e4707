import type { TDataServiceTestStep } from "@/lib/contracts/data-services";

/** What a ListProjects call told us, reduced to what the test steps need. */
export type ProbeOutcome =
  | { kind: "ok"; projectCount: number }
  | { kind: "no-answer"; message: string }
  | { kind: "credentials-refused"; message: string }
  | { kind: "answered-with-error"; message: string };

/**
 * The three steps of a data-service test. A step after a failed one is "skipped": a refused
 * signature says nothing about the projects, and no answer says nothing about the signature.
 */
export function toTestSteps(outcome: ProbeOutcome, latencyMs: number): TDataServiceTestStep[] {
  switch (outcome.kind) {
    case "no-answer":
      return [
        { step: "reachable", status: "failed", detail: outcome.message },
        { step: "signature", status: "skipped", detail: "Not tried: the endpoint did not answer." },
        { step: "projects", status: "skipped", detail: "Not tried: the endpoint did not answer." },
      ];
    case "credentials-refused":
      return [
        { step: "reachable", status: "ok", detail: `Answered in ${latencyMs} ms.` },
        { step: "signature", status: "failed", detail: outcome.message },
        { step: "projects", status: "skipped", detail: "Not tried: the AccessKey was refused." },
      ];
    case "answered-with-error":
      return [
        { step: "reachable", status: "ok", detail: `Answered in ${latencyMs} ms.` },
        { step: "signature", status: "ok", detail: "The AccessKey signature was accepted." },
        { step: "projects", status: "failed", detail: outcome.message },
      ];
    case "ok":
      return [
        { step: "reachable", status: "ok", detail: `Answered in ${latencyMs} ms.` },
        { step: "signature", status: "ok", detail: "The AccessKey signature was accepted." },
        {
          step: "projects",
          status: "ok",
          detail: outcome.projectCount === 1 ? "1 project is visible to this AccessKey." : `${outcome.projectCount} projects are visible to this AccessKey.`,
        },
      ];
  }
}
