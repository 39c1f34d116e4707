import crypto from "node:crypto";
import { Semaphore } from "../bounded-pool";
import { DEFAULT_TIMEOUTS, type ProbeTimeouts } from "../probes/deadline";
import { InProcessProbeRunner } from "../probe-runner";
import { TestRateLimiter } from "../rate-limit";
import type { Resolver } from "../resolver";
import type { ConnectivityRuntime } from "../runtime";
import { createSecretBox } from "../secrets";

/** A runtime for tests: a random key in memory, the given resolver and limits, no protected ports unless given. */
export function createTestRuntime(options: {
  resolve?: Resolver;
  timeouts?: Partial<ProbeTimeouts>;
  burst?: number;
  perMinute?: number;
  env?: Record<string, string>;
  protectedPorts?: number[];
  concurrency?: number;
} = {}): ConnectivityRuntime {
  const box = createSecretBox(crypto.randomBytes(32));
  const runner = new InProcessProbeRunner({
    protectedPorts: options.protectedPorts ?? [],
    resolve: options.resolve,
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
  });
  return {
    secretBox: () => box,
    runnerFor: () => runner,
    limiter: new TestRateLimiter(options.burst ?? 0, options.perMinute ?? 0),
    batchConcurrency: options.concurrency ?? 32,
    probeSlots: new Semaphore(48),
    maxBatchTargets: 400,
    readSecretEnv: (name) => options.env?.[name],
  };
}
