import { readdirSync, readFileSync } from "node:fs";

/** The fields of /proc/<pid>/stat the runner relies on. */
export type ProcessStat = { pid: number; state: string; processGroupId: number; startTime: string };

const hasProcFileSystem = process.platform === "linux";

/** Reads /proc/<pid>/stat; null when the process does not exist or /proc is unavailable. */
export function readProcessStat(pid: number): ProcessStat | null {
  if (!hasProcFileSystem || !isUsablePid(pid)) return null;
  let line: string;
  try {
    line = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  return parseProcessStat(pid, line);
}

/** The command name (field 2) may hold spaces and parentheses, so fields are counted after its last ")". */
export function parseProcessStat(pid: number, line: string): ProcessStat | null {
  const fields = line.slice(line.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state); field N sits at index N - 3.
  const state = fields[0];
  const processGroupId = Number(fields[2]);
  const startTime = fields[19];
  if (!state || !Number.isInteger(processGroupId) || !startTime || !/^\d+$/.test(startTime)) return null;
  return { pid, state, processGroupId, startTime };
}

/** Identity of a process beyond its pid, so a recycled pid is never taken for our task; "" off Linux. */
export function readProcessStart(pid: number): string {
  return readProcessStat(pid)?.startTime ?? "";
}

/**
 * True when `pid` is running and, if `processStart` is known, started at that moment.
 * Needs no in-memory state, so crash recovery can call it from a fresh engine process.
 */
export function isTaskProcessAlive(pid: number, processStart: string | null): boolean {
  if (!isUsablePid(pid)) return false;
  if (!hasProcFileSystem) return isSignalable(pid);
  const stat = readProcessStat(pid);
  if (!stat || stat.state === "Z") return false;
  return !processStart || stat.startTime === processStart;
}

/**
 * Live (non-zombie) members of a process group that started no earlier than `notBefore`;
 * null off Linux, where group membership cannot be listed.
 */
export function listLiveGroupMembers(processGroupId: number, notBefore: string | null): number[] | null {
  if (!hasProcFileSystem) return null;
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProcessStat(Number(entry));
    if (!stat || stat.processGroupId !== processGroupId || stat.state === "Z") continue;
    if (notBefore && /^\d+$/.test(notBefore) && BigInt(stat.startTime) < BigInt(notBefore)) continue;
    members.push(stat.pid);
  }
  return members;
}

/** Pids 0 and 1 (and negatives) would address our own group or init; never act on them. */
export function isUsablePid(pid: number): boolean {
  return Number.isInteger(pid) && pid > 1;
}

function isSignalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
