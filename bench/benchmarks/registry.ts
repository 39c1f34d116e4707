import type { Benchmark } from "../harness/benchmark";
import { connectivityBatchBenchmark } from "./connectivity-batch";
import { consoleGraphBenchmark } from "./console-graph";
import { consoleLayoutBenchmark } from "./console-layout";
import { consolePagesBenchmark } from "./console-pages";
import { consoleRoutesBenchmark } from "./console-routes";
import { generationBenchmark } from "./generation";
import { hotPathsBenchmark } from "./hot-paths";
import { keyPathBenchmark } from "./key-path";
import { keyPathPageBenchmark } from "./key-path-page";
import { listInstancesBenchmark } from "./list-instances";
import { transitionsBenchmark } from "./transitions";

/** Every benchmark, in the order `npm run bench` runs them. */
export const ALL_BENCHMARKS: readonly Benchmark[] = [generationBenchmark, transitionsBenchmark, hotPathsBenchmark, listInstancesBenchmark, consoleRoutesBenchmark, consoleLayoutBenchmark, consolePagesBenchmark, consoleGraphBenchmark, connectivityBatchBenchmark, keyPathBenchmark, keyPathPageBenchmark];
