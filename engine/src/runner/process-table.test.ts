import { describe, expect, it } from "vitest";
import { isTaskProcessAlive, isUsablePid, listLiveGroupMembers, parseProcessStat, readProcessStart, readProcessStat } from "./process-table";
import { observeShellTask } from "./testing/run-shell-task";
import { waitUntil } from "./testing/wait-until";

const isLinux = process.platform === "linux";

/** A /proc/<pid>/stat line with every field after the command name; start time is field 22. */
function statLine(pid: number, command: string, state: string, processGroupId: number, startTime: number): string {
  const afterState = [1, processGroupId, processGroupId, 0, -1, 4194304, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 1, 0, startTime, 1000];
  return `${pid} (${command}) ${state} ${afterState.join(" ")}\n`;
}

describe("parseProcessStat", () => {
  it("reads state, process group and start time", () => {
    expect(parseProcessStat(42, statLine(42, "bash", "S", 40, 98765))).toEqual({
      pid: 42,
      state: "S",
      processGroupId: 40,
      startTime: "98765",
    });
  });

  it("counts fields after a command name holding spaces and parentheses", () => {
    expect(parseProcessStat(7, statLine(7, "my (odd) cmd) S 9", "Z", 7, 555))).toMatchObject({ state: "Z", processGroupId: 7, startTime: "555" });
  });

  it("rejects a truncated line", () => {
    expect(parseProcessStat(7, "7 (bash) S 1 7")).toBeNull();
  });
});

describe.runIf(isLinux)("process identity on Linux", () => {
  it("finds the current process alive with its own start time", () => {
    const processStart = readProcessStart(process.pid);
    expect(processStart).toMatch(/^\d+$/);
    expect(isTaskProcessAlive(process.pid, processStart)).toBe(true);
    expect(isTaskProcessAlive(process.pid, null)).toBe(true);
  });

  it("reports a process with another start time as dead, as a recycled pid would be", () => {
    const processStart = readProcessStart(process.pid);
    expect(isTaskProcessAlive(process.pid, `${BigInt(processStart) + 1n}`)).toBe(false);
  });

  it("reports a pid that does not exist as dead", () => {
    expect(isTaskProcessAlive(4_194_304 + 1, null)).toBe(false);
    expect(readProcessStat(4_194_304 + 1)).toBeNull();
  });

  it("never treats pid 0, 1 or a negative pid as a task", () => {
    expect(isUsablePid(0)).toBe(false);
    expect(isUsablePid(1)).toBe(false);
    expect(isUsablePid(-5)).toBe(false);
    expect(isTaskProcessAlive(1, null)).toBe(false);
  });

  it("counts a zombie as dead", async () => {
    // `exec sleep` replaces bash, so nothing reaps the finished `sleep 0`: it stays a zombie.
    const observed = observeShellTask("sleep 0 & echo $!; exec sleep 100");
    const zombiePid = Number((await observed.firstChunk).text.trim());
    await waitUntil(() => readProcessStat(zombiePid)?.state === "Z");
    expect(isTaskProcessAlive(zombiePid, readProcessStart(zombiePid))).toBe(false);
    observed.task.kill("stop");
    await observed.result;
  });

  it("lists the live members of a task's process group", async () => {
    const observed = observeShellTask("sleep 100 & echo $!; sleep 100");
    const grandchildPid = Number((await observed.firstChunk).text.trim());
    const members = listLiveGroupMembers(observed.task.pid, observed.task.processStart);
    expect(members).toContain(observed.task.pid);
    expect(members).toContain(grandchildPid);
    observed.task.kill("stop");
    await observed.result;
    expect(listLiveGroupMembers(observed.task.pid, observed.task.processStart)).toEqual([]);
  });
});
