import type { TEngineHealthCheck } from "@/lib/server/engine-health";
import { formatUptime, toFieldLabel, toStatusCounts } from "./format";
import { Code, Fact, Panel, PanelHeading, Pill } from "./ui";

type UpCheck = Extract<TEngineHealthCheck, { state: "up" }>;

export function EngineUp({ check, checkedAtText }: { check: UpCheck; checkedAtText: string }) {
  const { health } = check;
  return (
    <>
      <Panel labelledBy="engine-state">
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <Pill tone="ok">Up</Pill>
          <PanelHeading id="engine-state">Engine is up</PanelHeading>
          <span className="text-sm text-fg-muted">answered in {check.latencyMs} ms</span>
        </div>
        <dl className="flex flex-col gap-2">
          <Fact term="Endpoint">
            <Code>{check.endpoint}</Code>
          </Fact>
          {health.engineId !== undefined && (
            <Fact term="Engine ID">
              <Code>{health.engineId}</Code>
            </Fact>
          )}
          {health.version !== undefined && (
            <Fact term="API version">
              {health.version}
            </Fact>
          )}
          {health.dialect !== undefined && (
            <Fact term="Database">
              {health.dialect}
            </Fact>
          )}
          {health.uptimeSeconds !== undefined && (
            <Fact term="Uptime">
              {formatUptime(health.uptimeSeconds)}
            </Fact>
          )}
          <Fact term="Checked at">
            <time dateTime={check.checkedAt}>{checkedAtText}</time>
          </Fact>
          {health.otherFacts.map((fact) => (
            <Fact key={fact.name} term={toFieldLabel(fact.name)}>
              {fact.value}
            </Fact>
          ))}
        </dl>
      </Panel>
      <ProjectList projects={health.projects} />
      <InstanceCounts byStatus={health.instancesByStatus} />
    </>
  );
}

function ProjectList({ projects }: { projects: UpCheck["health"]["projects"] }) {
  return (
    <Panel labelledBy="projects-heading">
      <PanelHeading id="projects-heading">Projects</PanelHeading>
      {projects === undefined ? (
        <p className="mt-2 text-sm text-fg-muted">This engine does not report its projects.</p>
      ) : projects.length === 0 ? (
        <p className="mt-2 text-sm text-fg-muted">
          No project is deployed yet. Deploy a workspace with <Code>npm run engine -- deploy DIR</Code>. (The demo workspace
          is deployed on an empty database at first start, unless <Code>NIGHTSHIFT_DEMO=0</Code>.)
        </p>
      ) : (
        <table aria-labelledby="projects-heading" className="mt-3 w-full text-left text-sm">
          <thead className="text-fg-muted">
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-4 font-medium">
                Name
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Identifier
              </th>
              <th scope="col" className="py-2 font-medium">
                ID
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project, index) => (
              <tr key={project.id ?? project.identifier ?? index} className="border-b border-border last:border-0">
                <td className="py-2 pr-4">{project.name ?? "—"}</td>
                <td className="py-2 pr-4 font-mono">{project.identifier ?? "—"}</td>
                <td className="py-2 font-mono tabular-nums">{project.id ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function InstanceCounts({ byStatus }: { byStatus: Record<string, number> | undefined }) {
  if (byStatus === undefined) return null;
  const counts = toStatusCounts(byStatus);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <Panel labelledBy="instances-heading">
      <PanelHeading id="instances-heading">Instances by status</PanelHeading>
      <p className="mt-1 text-sm text-fg-muted">Recent cycle instances, as the engine counts them.</p>
      {counts.length === 0 ? (
        <p className="mt-2 text-sm text-fg-muted">No instances yet.</p>
      ) : (
        <table aria-labelledby="instances-heading" className="mt-3 w-full text-left text-sm">
          <thead className="text-fg-muted">
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-4 font-medium">
                Status
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                Instances
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((entry) => (
              <tr key={entry.status} className="border-b border-border">
                <td className="py-2 pr-4">
                  <Pill tone={entry.tone}>{entry.label}</Pill> <span className="ml-1 font-mono text-xs text-fg-muted">{entry.status}</span>
                </td>
                <td className="py-2 text-right tabular-nums">{entry.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="pt-2 pr-4 text-left font-medium">
                Total
              </th>
              <td className="pt-2 text-right font-medium tabular-nums">{total}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Panel>
  );
}
