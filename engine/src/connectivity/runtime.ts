import { loadEngineConfig, readEnvironmentSecret } from "../config";
import { Semaphore } from "./bounded-pool";
import { InProcessProbeRunner, type ProbeRunner } from "./probe-runner";
import { TestRateLimiter } from "./rate-limit";
import { createSecretBox, loadOrCreateSecretKey, type SecretBox } from "./secrets";

/**
 * What the connectivity actions share in one engine process: the secret box, the probe runner
 * per resource group, the per-user test limit and the batch concurrency. Built from the engine
 * configuration on first use; tests install their own with setConnectivityRuntime.
 */
export type ConnectivityRuntime = {
  secretBox: () => SecretBox;
  runnerFor: (resourceGroupId: bigint) => ProbeRunner;
  limiter: TestRateLimiter;
  /** Targets probed at once in a batch (and across concurrent batches of one process). */
  batchConcurrency: number;
  /** Probes running at once in this process, all batches and single tests together. */
  probeSlots: Semaphore;
  /** Largest batch (data sources × resource groups) one request may ask for. */
  maxBatchTargets: number;
  readSecretEnv: (name: string) => string | undefined;
};

export const BATCH_CONCURRENCY = 32;
export const MAX_BATCH_TARGETS = 400;
/** Two batches may overlap a little; beyond this, probes wait for a slot (their clocks not yet started). */
export const PROCESS_PROBE_LIMIT = 48;

let current: ConnectivityRuntime | null = null;

export function connectivityRuntime(): ConnectivityRuntime {
  if (!current) current = runtimeFromConfig();
  return current;
}

/** Installs a runtime (tests, benchmarks); null returns to the configured one. */
export function setConnectivityRuntime(runtime: ConnectivityRuntime | null): void {
  current = runtime;
}

function runtimeFromConfig(): ConnectivityRuntime {
  const config = loadEngineConfig();
  const runner = new InProcessProbeRunner({ protectedPorts: [config.ENGINE_PORT, ...config.ENGINE_PROTECTED_PORTS] });
  let box: SecretBox | null = null;
  return {
    secretBox: () => {
      box ??= createSecretBox(loadOrCreateSecretKey({ configuredKey: config.ENGINE_SECRET_KEY, dataDir: config.dataDir }).key);
      return box;
    },
    runnerFor: () => runner,
    limiter: new TestRateLimiter(30, 60),
    batchConcurrency: BATCH_CONCURRENCY,
    probeSlots: new Semaphore(PROCESS_PROBE_LIMIT),
    maxBatchTargets: MAX_BATCH_TARGETS,
    readSecretEnv: (name) => readEnvironmentSecret(name),
  };
}
