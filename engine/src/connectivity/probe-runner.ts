import os from "node:os";
import { createEgressChecker, type EgressPolicy } from "./egress";
import { runProbe } from "./probe";
import type { ProbeTimeouts } from "./probes/deadline";
import { systemResolver, type Resolver } from "./resolver";
import type { ProbeResult, ProbeTarget } from "./types";

/**
 * The boundary between the engine and the place a resource group's probes run. Requests and
 * results are plain JSON-able data (the target's secrets included, so a remote runner needs a
 * private channel). The embedded engine runs probes in its own process (InProcessProbeRunner); a
 * resource group on another network would get a small worker process that implements the same
 * `run` over a connection to the engine.
 */
export type ProbeRequest = {
  target: ProbeTarget;
  policy: EgressPolicy;
};

export interface ProbeRunner {
  run(request: ProbeRequest): Promise<ProbeResult>;
}

export type InProcessProbeRunnerOptions = {
  /** Ports refused on local addresses: the engine's and the console's own. */
  protectedPorts: readonly number[];
  resolve?: Resolver;
  timeouts?: ProbeTimeouts;
};

function localAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => entry.address.split("%")[0] ?? entry.address);
}

export class InProcessProbeRunner implements ProbeRunner {
  private readonly local = localAddresses();

  constructor(private readonly options: InProcessProbeRunnerOptions) {}

  run(request: ProbeRequest): Promise<ProbeResult> {
    const egress = createEgressChecker(request.policy, { protectedPorts: this.options.protectedPorts, localAddresses: this.local });
    return runProbe(request.target, { egress, resolve: this.options.resolve ?? systemResolver, timeouts: this.options.timeouts });
  }
}
