import { getConsoleEnv } from "@/lib/env";
import { checkEngineHealth } from "@/lib/server/engine-health";
import { EngineUnreachable } from "./_components/engine-unreachable";
import { EngineUp } from "./_components/engine-up";

// Every request asks the engine afresh: a cached status page would lie during an incident.
export const dynamic = "force-dynamic";

export const metadata = { title: "Engine status" };

const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" });

export default async function EngineStatusPage() {
  const { ENGINE_URL } = getConsoleEnv();
  const check = await checkEngineHealth(ENGINE_URL);
  const checkedAtText = TIME_FORMAT.format(new Date(check.checkedAt));
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-5 py-10">
      <header>
        <p className="text-sm font-medium tracking-wide text-accent">Nightshift</p>
        <h1 className="mt-1 text-2xl font-semibold">Engine status</h1>
        <p className="mt-2 text-sm text-fg-muted">
          The embedded engine schedules and runs the pipelines and answers the DataWorks OpenAPI (2020-05-18). This page asks
          it how it is.
        </p>
      </header>
      {check.state === "up" ? (
        <EngineUp check={check} checkedAtText={checkedAtText} />
      ) : (
        <EngineUnreachable check={check} checkedAtText={checkedAtText} />
      )}
    </main>
  );
}
