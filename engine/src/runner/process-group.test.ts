import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isTaskGroupPresent, killTaskProcessGroup } from "./process-group";
import { isTaskProcessAlive } from "./process-table";
import { observeShellTask } from "./testing/run-shell-task";

type StoredIdentity = { pid: number; processStart: string; grandchildPid: number };

/** Runs an engine stand-in in its own node process that starts a task, reports it, and exits. */
async function startTaskFromEngineThatExits(): Promise<StoredIdentity> {
  const script = path.join(import.meta.dirname, "testing", "start-task-then-exit.ts");
  const engine = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  engine.stdout.on("data", (bytes: Buffer) => (stdout += bytes.toString("utf8")));
  const exitCode = await new Promise<number | null>((resolve) => engine.on("close", resolve));
  expect(exitCode).toBe(0);
  return JSON.parse(stdout) as StoredIdentity;
}

describe.runIf(process.platform === "linux")("killTaskProcessGroup", () => {
  it("finds a task alive after the engine that started it died, and kills its whole group", async () => {
    const stored = await startTaskFromEngineThatExits();

    expect(isTaskProcessAlive(stored.pid, stored.processStart)).toBe(true);
    expect(isTaskProcessAlive(stored.grandchildPid, null)).toBe(true);
    expect(isTaskProcessAlive(stored.pid, `${BigInt(stored.processStart) + 1n}`)).toBe(false);

    await expect(killTaskProcessGroup(stored.pid, stored.processStart, 1_000)).resolves.toBe(true);
    expect(isTaskProcessAlive(stored.pid, stored.processStart)).toBe(false);
    expect(isTaskProcessAlive(stored.grandchildPid, null)).toBe(false);
    await expect(killTaskProcessGroup(stored.pid, stored.processStart, 1_000)).resolves.toBe(false);
  });

  it("returns false for a task that has already exited", async () => {
    const observed = observeShellTask("exit 0");
    await observed.result;
    await expect(killTaskProcessGroup(observed.task.pid, observed.task.processStart)).resolves.toBe(false);
  });

  it("leaves a process alone when its start time does not match the stored one", async () => {
    const observed = observeShellTask("echo ready; sleep 100");
    await observed.firstChunk;
    const otherStart = `${BigInt(observed.task.processStart) + 1n}`;
    await expect(killTaskProcessGroup(observed.task.pid, otherStart, 100)).resolves.toBe(false);
    expect(isTaskProcessAlive(observed.task.pid, observed.task.processStart)).toBe(true);
    observed.task.kill("stop");
    await expect(observed.result).resolves.toMatchObject({ stopped: true });
  });

  it("kills members left behind after the group's leader exited", async () => {
    const observed = observeShellTask("sleep 100 >/dev/null 2>&1 & echo $!");
    const lingeringPid = Number((await observed.firstChunk).text.trim());
    await observed.result;
    expect(isTaskProcessAlive(observed.task.pid, observed.task.processStart)).toBe(false);
    expect(isTaskGroupPresent(observed.task.pid, observed.task.processStart)).toBe(true);

    await expect(killTaskProcessGroup(observed.task.pid, observed.task.processStart, 1_000)).resolves.toBe(true);
    expect(isTaskProcessAlive(lingeringPid, null)).toBe(false);
  });

  it("escalates to SIGKILL when the group ignores SIGTERM", async () => {
    const observed = observeShellTask("trap '' TERM; echo ready; sleep 100");
    await observed.firstChunk;
    await expect(killTaskProcessGroup(observed.task.pid, observed.task.processStart, 200)).resolves.toBe(true);
    await expect(observed.result).resolves.toMatchObject({ signal: "SIGKILL", stopped: false });
  });
});
