import type { Benchmark } from "../harness/benchmark";
import { generationBenchmark } from "./generation";

/** Every benchmark, in the order `npm run bench` runs them. */
export const ALL_BENCHMARKS: readonly Benchmark[] = [generationBenchmark];
