import type { InstanceStatus } from "../model/status";
import type { InstancePlan } from "../schedule/plan";

export type SimulatedNode = {
  id: bigint;
  name: string;
  programType: string;
  command: string;
  schedulerType: string;
  resourceGroupId: bigint;
  priority: number;
  autoRerunTimes: number;
  autoRerunIntervalMs: number;
  ownerId: string;
};

export type SimulatedAttempt = { startedAt: number; finishedAt: number; exitCode: number; log: string };
export type SimulatedRun = {
  status: InstanceStatus;
  readyAt: number | null;
  waitResourceAt: number | null;
  finishedAt: number | null;
  attempts: SimulatedAttempt[];
  rerunsLeft: number | null;
  errorMessage: string;
  /** An operator who set a failed instance to success (the always-failing demo node). */
  setSuccessBy: { operator: string; reason: string; at: number } | null;
};

/** How a node behaves, read from its command: sleeps give its duration, `$RANDOM` exits make it flaky. */
export function profileOf(node: SimulatedNode): { baseMs: number; failureRate: number } {
  if (node.programType === "VIRTUAL" || node.command.trim() === "") return { baseMs: 0, failureRate: 0 };
  const sleeps = [...node.command.matchAll(/\bsleep\s+(\d+(?:\.\d+)?)/g)].map((match) => Number(match[1]));
  const baseMs = Math.max(500, sleeps.reduce((sum, seconds) => sum + seconds * 1000, 0) + 300);
  const exits = /\bexit\s+[1-9]/.test(node.command);
  const random = /\$\(\(\s*RANDOM|\$RANDOM/.test(node.command);
  const failureRate = !exits ? 0 : random ? 1 / 3 : 1;
  return { baseMs, failureRate };
}

/** Deterministic PRNG (mulberry32) seeded from a string, so a demo's history is reproducible. */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (const char of seed) state = (Math.imul(state ^ char.charCodeAt(0), 2654435761) >>> 0) + 1;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs one day's plan in simulated time: an instance is ready when its cycle time has come and
 * all parents succeeded; it then waits for a slot of its resource group (highest priority first
 * among those ready at the same moment), runs for its profiled duration ±20 %, and retries per
 * the node's auto-rerun settings. Frozen (PAUSE) instances fail at once, dry runs succeed at once.
 */
export function simulateDay(input: {
  plan: InstancePlan;
  nodes: Map<bigint, SimulatedNode>;
  slotsByGroup: Map<bigint, number>;
  bizdate: string;
  seed: string;
}): SimulatedRun[] {
  const { plan, nodes, slotsByGroup } = input;
  const random = seededRandom(input.seed);
  const count = plan.instances.length;
  const children: number[][] = Array.from({ length: count }, () => []);
  const pending = new Array<number>(count).fill(0);
  for (const edge of plan.edges) {
    children[edge.parentIndex]!.push(edge.childIndex);
    pending[edge.childIndex]! += 1;
  }
  const runs: SimulatedRun[] = plan.instances.map(() => ({
    status: "NOT_RUN",
    readyAt: null,
    waitResourceAt: null,
    finishedAt: null,
    attempts: [],
    rerunsLeft: null,
    errorMessage: "",
    setSuccessBy: null,
  }));
  const slotFreeAt = new Map<bigint, number[]>();
  const ready: { index: number; at: number }[] = [];
  const latestParentFinish = new Array<number>(count).fill(0);
  for (let index = 0; index < count; index += 1) {
    if (pending[index] === 0) ready.push({ index, at: plan.instances[index]!.cycTime });
  }

  while (ready.length > 0) {
    ready.sort((a, b) => a.at - b.at || priorityOf(b.index) - priorityOf(a.index) || a.index - b.index);
    const { index, at } = ready.shift()!;
    const planned = plan.instances[index]!;
    const node = nodes.get(planned.nodeId);
    const run = runs[index]!;
    run.readyAt = at;
    if (!node) continue;
    const succeeded = runInstance(run, node, planned.taskType, at);
    if (!succeeded) continue;
    for (const child of children[index]!) {
      latestParentFinish[child] = Math.max(latestParentFinish[child]!, run.finishedAt!);
      pending[child]! -= 1;
      if (pending[child] === 0) ready.push({ index: child, at: Math.max(plan.instances[child]!.cycTime, latestParentFinish[child]!) });
    }
  }
  return runs;

  function priorityOf(index: number): number {
    return nodes.get(plan.instances[index]!.nodeId)?.priority ?? 1;
  }

  function runInstance(run: SimulatedRun, node: SimulatedNode, taskType: string, readyAt: number): boolean {
    if (taskType === "PAUSE") {
      Object.assign(run, { status: "FAILURE", finishedAt: readyAt, errorMessage: "frozen node: set to failure without running" });
      return false;
    }
    if (taskType !== "NORMAL" || node.programType === "VIRTUAL") {
      Object.assign(run, { status: "SUCCESS", finishedAt: readyAt });
      return true;
    }
    const profile = profileOf(node);
    run.rerunsLeft = node.autoRerunTimes > 0 ? node.autoRerunTimes : null;
    let earliest = readyAt;
    for (;;) {
      const start = takeSlot(node.resourceGroupId, earliest);
      if (run.waitResourceAt === null) run.waitResourceAt = earliest;
      const duration = Math.round(profile.baseMs * (0.8 + 0.4 * random()));
      const failed = random() < profile.failureRate;
      const finish = start + duration;
      releaseSlot(node.resourceGroupId, start, finish);
      const attemptNumber = run.attempts.length + 1;
      run.attempts.push({
        startedAt: start,
        finishedAt: finish,
        exitCode: failed ? 1 : 0,
        log:
          `[nightshift] simulated history: attempt ${attemptNumber} of ${node.name} for bizdate ${input.bizdate}, ` +
          `${(duration / 1000).toFixed(1)} s, exit ${failed ? 1 : 0}\n`,
      });
      run.finishedAt = finish;
      if (!failed) {
        run.status = "SUCCESS";
        return true;
      }
      if (run.rerunsLeft !== null && run.rerunsLeft > 0) {
        run.rerunsLeft -= 1;
        earliest = finish + node.autoRerunIntervalMs;
        continue;
      }
      run.status = "FAILURE";
      run.errorMessage = `exit code 1 (attempt ${attemptNumber})`;
      if (profile.failureRate === 1 && random() < 0.7) {
        // The always-failing demo node: on most mornings the on-call engineer set it to success.
        const at = finish + Math.round((2 + 6 * random()) * 3600_000);
        run.status = "SUCCESS";
        run.finishedAt = at;
        run.setSuccessBy = { operator: node.ownerId, reason: "legacy CRM export is empty today; downstream may proceed", at };
        return true;
      }
      return false;
    }
  }

  function takeSlot(groupId: bigint, earliest: number): number {
    const slots = slotFreeAt.get(groupId) ?? new Array<number>(Math.max(1, slotsByGroup.get(groupId) ?? 1)).fill(0);
    slotFreeAt.set(groupId, slots);
    const soonest = Math.min(...slots);
    return Math.max(earliest, soonest);
  }

  function releaseSlot(groupId: bigint, start: number, finish: number): void {
    const slots = slotFreeAt.get(groupId)!;
    const slot = slots.findIndex((freeAt) => freeAt <= start);
    slots[slot === -1 ? slots.indexOf(Math.min(...slots)) : slot] = finish;
  }
}
