import { readdirSync, readFileSync } from "node:fs";
import { readProcessStat } from "../runner/process-table";

/**
 * Process-group leaders on this machine whose environment holds `name=value`. Recovery uses it
 * for an attempt whose pid was never recorded (the engine died between spawn and the write).
 * Linux only (/proc); elsewhere, and for processes of other users, it finds nothing.
 */
export function findProcessGroupsByEnvironment(name: string, value: string): { pid: number; processStart: string }[] {
  if (process.platform !== "linux") return [];
  const variable = `${name}=${value}`;
  const leaders = new Map<number, string>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let environment: string;
    try {
      environment = readFileSync(`/proc/${entry}/environ`, "latin1");
    } catch {
      continue;
    }
    if (!environment.includes(variable) || !environment.split("\0").includes(variable)) continue;
    const stat = readProcessStat(Number(entry));
    if (!stat || stat.state === "Z") continue;
    const leader = readProcessStat(stat.processGroupId);
    leaders.set(stat.processGroupId, leader?.startTime ?? "");
  }
  return [...leaders].map(([pid, processStart]) => ({ pid, processStart }));
}
