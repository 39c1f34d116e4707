import fs from "node:fs";
import path from "node:path";
import { generateLayeredDag } from "./layered-dag";

/**
 * Writes a workspace folder (workspace.yaml + nodes/graph.yaml) of `nodeCount` VIRTUAL daily nodes
 * shaped like chained ETL, for `engine deploy`: its daily DAG gives the console a large graph.
 * The cron is late in the day so the instances mostly wait (virtual nodes would succeed at once).
 */
export function writeLargeWorkspace(directory: string, input: { identifier: string; nodeCount: number; seed: number }): void {
  const dag = generateLayeredDag({ nodeCount: input.nodeCount, layerWidth: Math.max(1, Math.round(input.nodeCount / 25)), maxParents: 2, parentLayerSpan: 2, seed: input.seed });
  fs.mkdirSync(path.join(directory, "nodes"), { recursive: true });
  fs.writeFileSync(
    path.join(directory, "workspace.yaml"),
    [
      `identifier: ${input.identifier}`,
      `name: Bench graph of ${input.nodeCount} nodes`,
      "timezone: Asia/Shanghai",
      "owner: bench",
      "resourceGroups:",
      `  - identifier: ${input.identifier}_rg`,
      "    slots: 4",
      "    default: true",
      "",
    ].join("\n"),
  );
  const name = (index: number) => `${input.identifier}_n${index}`;
  const lines = ["business: bench", "nodes:"];
  dag.parentsOf.forEach((parents, index) => {
    lines.push(`  - name: ${name(index)}`, "    type: VIRTUAL", `    cron: "00 59 23 * * ?"`);
    if (parents.length > 0) lines.push(`    parents: [${parents.map(name).join(", ")}]`);
  });
  fs.writeFileSync(path.join(directory, "nodes", "graph.yaml"), `${lines.join("\n")}\n`);
}
