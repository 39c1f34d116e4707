import { isUsablePid, listLiveGroupMembers, readProcessStat } from "./process-table";

export const DEFAULT_KILL_GRACE_MS = 3_000;
/** How long to wait for the kernel to confirm a SIGKILL before giving up. */
const SIGKILL_CONFIRM_MS = 2_000;
const GROUP_POLL_MS = 25;

/**
 * Kills the process group led by `pid`: SIGTERM, then SIGKILL after `graceMs`. Works from a fresh
 * engine process with only the stored pid and processStart. Resolves true if something was signalled.
 */
export async function killTaskProcessGroup(
  pid: number,
  processStart: string | null,
  graceMs: number = DEFAULT_KILL_GRACE_MS,
): Promise<boolean> {
  if (!isTaskGroupPresent(pid, processStart)) return false;
  if (!signalProcessGroup(pid, "SIGTERM")) return false;
  if (await waitForTaskGroupExit(pid, processStart, graceMs)) return true;
  signalProcessGroup(pid, "SIGKILL");
  await waitForTaskGroupExit(pid, processStart, SIGKILL_CONFIRM_MS);
  return true;
}

/**
 * True while the task's group has a live member. The leader may be gone while members linger, and
 * a pid held by a process that started at another time means the group (and its pgid) ended long ago.
 */
export function isTaskGroupPresent(pid: number, processStart: string | null): boolean {
  if (!isUsablePid(pid)) return false;
  const leader = readProcessStat(pid);
  if (leader && processStart && leader.startTime !== processStart) return false;
  if (leader && leader.state !== "Z" && leader.processGroupId === pid) return true;
  const members = listLiveGroupMembers(pid, processStart);
  if (members === null) return signalProcessGroup(pid, 0);
  return members.length > 0;
}

/** Resolves true once the group has no live member, false if it still has one after `timeoutMs`. */
export async function waitForTaskGroupExit(pid: number, processStart: string | null, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isTaskGroupPresent(pid, processStart)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
  }
  return true;
}

function signalProcessGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
