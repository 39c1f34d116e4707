import type { Benchmark } from "../harness/benchmark";
import { consoleLayoutBenchmark } from "./console-layout";
import { consoleRoutesBenchmark } from "./console-routes";
import { generationBenchmark } from "./generation";
import { hotPathsBenchmark } from "./hot-paths";
import { listInstancesBenchmark } from "./list-instances";
import { transitionsBenchmark } from "./transitions";

/** Every benchmark, in the order `npm run bench` runs them. */
export const ALL_BENCHMARKS: readonly Benchmark[] = [generationBenchmark, transitionsBenchmark, hotPathsBenchmark, listInstancesBenchmark, consoleRoutesBenchmark, consoleLayoutBenchmark];
