import type { TEngineHealthCheck } from "@/lib/server/engine-health";
import { Code, Panel, PanelHeading, Pill } from "./ui";

type FailedCheck = Exclude<TEngineHealthCheck, { state: "up" }>;

/** The engine is down or answers wrongly: say what we saw and what the reader can do about it. */
export function EngineUnreachable({ check, checkedAtText }: { check: FailedCheck; checkedAtText: string }) {
  const isDown = check.state === "down";
  return (
    <Panel labelledBy="engine-state">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <Pill tone="danger">{isDown ? "Down" : "Unhealthy"}</Pill>
        <PanelHeading id="engine-state">{isDown ? "Engine is not reachable" : "Engine is not healthy"}</PanelHeading>
      </div>
      <p className="text-sm">
        At <time dateTime={check.checkedAt}>{checkedAtText}</time> the console asked <Code>{`${check.endpoint}/healthz`}</Code>:{" "}
        {check.message}.
      </p>
      <h3 className="mt-5 text-sm font-semibold">What to do</h3>
      <ul className="mt-2 list-disc space-y-2 pl-5 text-sm">
        {isDown ? (
          <>
            <li>
              Start the engine and the console together with <Code>npm start</Code>.
            </li>
            <li>
              Or start only the engine, in another terminal, with <Code>npm run engine</Code>; this console keeps running and
              finds it.
            </li>
          </>
        ) : (
          <li>
            Read the engine&apos;s output (the lines starting with <Code>[engine]</Code>) for the error, then restart it with{" "}
            <Code>npm start</Code> or <Code>npm run engine</Code>.
          </li>
        )}
        <li>
          If the engine runs somewhere else, set <Code>ENGINE_URL</Code> (now <Code>{check.endpoint}</Code>) and restart the
          console.
        </li>
      </ul>
      <p className="mt-5">
        <a href="/" className="text-sm font-medium text-accent underline underline-offset-4">
          Check again
        </a>
      </p>
    </Panel>
  );
}
