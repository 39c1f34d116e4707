import { INSTANCE_NODE_HEIGHT, INSTANCE_NODE_WIDTH } from "@/components/flow/graph-elements";
import { assignLayers } from "@/components/flow/layout/assign-layers";
import { indexGraph } from "@/components/flow/layout/graph-index";
import { layoutGraph } from "@/components/flow/layout/layered-layout";
import type { LayoutEdgeInput, LayoutNodeInput } from "@/components/flow/layout/types";
import type { Benchmark } from "../harness/benchmark";
import { errorFigure, ratioOf, verdictOf, type Figure } from "../harness/figures";
import { formatCount } from "../harness/format";
import { median } from "../harness/stats";
import { loadAverage } from "../harness/timing";
import { generateLayeredDag } from "../workloads/layered-dag";

const NAME = "console-layout";
/** Node count → goal in seconds, from the console issue. */
const GOALS = [
  { nodeCount: 2_000, goalSeconds: 1.5 },
  { nodeCount: 10_000, goalSeconds: 10 },
] as const;

export const consoleLayoutBenchmark: Benchmark = {
  name: NAME,
  title: "Graph layout (components/flow/layout)",
  goal: "`layoutGraph` lays out 2,000 nodes in at most 1.5 s and 10,000 nodes in at most 10 s, without a stack overflow.",
  method:
    "`layoutGraph(nodes, edges)` with the default options (left to right, 4 ordering sweeps, routing points on long edges), in Node (the browser runs the same code in a Web Worker). " +
    "The graphs are deep DAGs like chained daily ETL (`bench/workloads/layered-dag.ts`): layers of 1/20 of the nodes, each node with 1–3 parents from the 3 layers above, so a third of the edges skip layers and need routing points. " +
    "**Reference** (same run, same graph): indexing plus longest-path layering only (`indexGraph` + `assignLayers`), the floor any layered layout pays; the ratio shows what ordering and coordinates cost on top. " +
    "Median of 3 runs after one warm-up.",
  run: async (context) => {
    const figures: Figure[] = [];
    const runs = context.args.isQuick ? 1 : 3;
    for (const { nodeCount, goalSeconds } of GOALS) {
      const size = context.args.isQuick ? Math.round(nodeCount / 10) : nodeCount;
      try {
        const { nodes, edges } = buildGraph(size);
        layoutGraph(nodes, edges);
        const layoutMs: number[] = [];
        const layeringMs: number[] = [];
        let crossings = 0;
        for (let run = 0; run < runs; run++) {
          const startedAt = performance.now();
          const result = layoutGraph(nodes, edges);
          layoutMs.push(performance.now() - startedAt);
          crossings = result.crossings;
          if (result.positions.length !== size) throw new Error(`layoutGraph placed ${result.positions.length} of ${size} nodes`);
          const layeringStart = performance.now();
          assignLayers(indexGraph(nodes, edges));
          layeringMs.push(performance.now() - layeringStart);
        }
        const layoutMedianMs = median(layoutMs);
        const layeringMedianMs = median(layeringMs);
        context.log(`${NAME}: ${size} nodes in ${layoutMedianMs.toFixed(1)} ms`);
        figures.push({
          benchmark: NAME,
          store: null,
          subject: `layoutGraph, ${formatCount(size)} nodes, ${formatCount(edges.length)} edges`,
          measured: { value: layoutMedianMs, unit: "ms", detail: `${formatCount(crossings)} crossings left between neighbouring layers` },
          reference: { value: layeringMedianMs, unit: "ms", subject: "indexGraph + assignLayers on the same graph" },
          ratio: ratioOf(layoutMedianMs, layeringMedianMs, "layout ÷ layering"),
          goal: verdictOf({ text: `≤ ${goalSeconds} s for ${formatCount(nodeCount)} nodes`, isMet: layoutMedianMs <= goalSeconds * 1000 }, context.args.isQuick),
          load: loadAverage(),
        });
      } catch (error) {
        figures.push(errorFigure(NAME, null, `layoutGraph, ${formatCount(size)} nodes`, error, loadAverage()));
      }
    }
    return { figures, notes: [] };
  },
};

function buildGraph(nodeCount: number): { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] } {
  const dag = generateLayeredDag({ nodeCount, layerWidth: Math.max(1, Math.round(nodeCount / 20)), maxParents: 3, parentLayerSpan: 3, seed: 11 });
  const nodes = dag.parentsOf.map((_, index) => ({ id: `n${index}`, width: INSTANCE_NODE_WIDTH, height: INSTANCE_NODE_HEIGHT }));
  const edges = dag.parentsOf.flatMap((parents, child) => parents.map((parent) => ({ source: `n${parent}`, target: `n${child}` })));
  return { nodes, edges };
}
