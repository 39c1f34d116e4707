import os from "node:os";
import { summarize, type LatencySummary } from "./stats";

export type LoadAverage = readonly [number, number, number];

/** The 1, 5 and 15 minute load averages; other engineers' test runs share these 2 cores. */
export function loadAverage(): LoadAverage {
  const [one, five, fifteen] = os.loadavg();
  return [one ?? 0, five ?? 0, fifteen ?? 0];
}

export async function timeOnce<T>(operation: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const startedAt = performance.now();
  const result = await operation();
  return { ms: performance.now() - startedAt, result };
}

export type RepeatOptions = { warmup: number; iterations: number };

/**
 * A latency distribution with the CPU this process spent per call (user + system). On a loaded
 * machine latencies include waiting for a core; CPU per call does not, so it compares better
 * between runs. It leaves out other processes (the database server, an RPC server).
 */
export type TimedSummary = LatencySummary & { cpuMsPerCall: number };

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Sequential latency of one operation: `warmup` calls thrown away, then `iterations` timed ones.
 * `prepare` runs before each call, untimed (e.g. freeing the slot the previous claim took).
 */
export async function measureLatency(
  operation: (iteration: number) => Promise<unknown>,
  options: RepeatOptions,
  prepare?: (iteration: number) => Promise<unknown>,
): Promise<TimedSummary> {
  for (let iteration = 0; iteration < options.warmup; iteration++) {
    await prepare?.(iteration);
    await operation(iteration);
  }
  const samples: number[] = [];
  let cpuSpent = 0;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    await prepare?.(options.warmup + iteration);
    const cpuAtStart = cpuMs();
    const startedAt = performance.now();
    await operation(options.warmup + iteration);
    samples.push(performance.now() - startedAt);
    cpuSpent += cpuMs() - cpuAtStart;
  }
  return { ...summarize(samples), cpuMsPerCall: cpuSpent / options.iterations };
}

export type ConcurrentResult = { latency: TimedSummary; requestsPerSecond: number };

/**
 * `clients` loops issuing the operation back to back, each with its own warm-up; latency is per
 * call across all clients, throughput over the timed phase. Loops start together so that every
 * timed call competes with the other clients' calls.
 */
export async function measureConcurrentLatency(
  operation: (client: number, iteration: number) => Promise<unknown>,
  options: RepeatOptions & { clients: number },
): Promise<ConcurrentResult> {
  const clients = Array.from({ length: options.clients }, (_, client) => client);
  await Promise.all(clients.map(async (client) => {
    for (let iteration = 0; iteration < options.warmup; iteration++) await operation(client, iteration);
  }));
  const samples: number[] = [];
  const cpuAtStart = cpuMs();
  const startedAt = performance.now();
  await Promise.all(clients.map(async (client) => {
    for (let iteration = 0; iteration < options.iterations; iteration++) {
      const callStartedAt = performance.now();
      await operation(client, options.warmup + iteration);
      samples.push(performance.now() - callStartedAt);
    }
  }));
  const elapsedMs = performance.now() - startedAt;
  const cpuMsPerCall = (cpuMs() - cpuAtStart) / samples.length;
  return { latency: { ...summarize(samples), cpuMsPerCall }, requestsPerSecond: (samples.length / elapsedMs) * 1000 };
}
