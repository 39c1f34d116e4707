import { describe, expect, it } from "vitest";
import { killTaskProcessGroup } from "./process-group";
import { isTaskProcessAlive, readProcessStart } from "./process-table";
import { observeShellTask } from "./testing/run-shell-task";

describe("startShellTask", () => {
  it("reports exit code 0 for a script that succeeds", async () => {
    const { result } = observeShellTask("true");
    await expect(result).resolves.toMatchObject({ exitCode: 0, signal: null, timedOut: false, stopped: false });
  });

  it("reports exit code 1 for a script that fails", async () => {
    const { result } = observeShellTask("echo failing >&2; exit 1");
    await expect(result).resolves.toMatchObject({ exitCode: 1, signal: null });
  });

  it("reports 137 when the script passes on a child's SIGKILL", async () => {
    const { result } = observeShellTask("sleep 10 & kill -9 $!; wait $!");
    await expect(result).resolves.toMatchObject({ exitCode: 137, signal: null });
  });

  it("reports the signal when bash itself is killed", async () => {
    const { result } = observeShellTask("kill -9 $$");
    await expect(result).resolves.toMatchObject({ exitCode: null, signal: "SIGKILL" });
  });

  it("keeps the order of lines within each stream", async () => {
    const observed = observeShellTask("for i in $(seq 1 300); do echo out $i; echo err $i >&2; done");
    await observed.result;
    const expected = (prefix: string) => Array.from({ length: 300 }, (_, index) => `${prefix} ${index + 1}\n`).join("");
    expect(observed.textOf("stdout")).toBe(expected("out"));
    expect(observed.textOf("stderr")).toBe(expected("err"));
  });

  it("delivers chunks that end on line boundaries", async () => {
    const observed = observeShellTask("for i in $(seq 1 2000); do echo line $i; done");
    await observed.result;
    expect(observed.chunks.length).toBeGreaterThan(0);
    for (const chunk of observed.chunks) expect(chunk.text.endsWith("\n")).toBe(true);
  });

  it("streams the first line before the task ends", async () => {
    let isFinished = false;
    let wasFinishedAtFirstChunk: boolean | undefined;
    const observed = observeShellTask("echo first; sleep 0.3; echo second", {}, () => {
      wasFinishedAtFirstChunk ??= isFinished;
    });
    await observed.result.then(() => (isFinished = true));
    expect(wasFinishedAtFirstChunk).toBe(false);
    expect(observed.chunks.map((chunk) => chunk.text)).toEqual(["first\n", "second\n"]);
  });

  it("emits a held partial line before the task ends", async () => {
    const observed = observeShellTask("printf 'Password: '; sleep 100", {}, (chunk, task) => {
      if (chunk.stream === "stdout") task.kill("stop");
    });
    await observed.result;
    expect(observed.chunks[0]).toMatchObject({ stream: "stdout", text: "Password: " });
  });

  it("decodes UTF-8 characters split across pipe reads", async () => {
    const bytes = [...Buffer.from("中文", "utf8")].map((byte) => `'\\x${byte.toString(16)}'`).join(" ");
    const observed = observeShellTask(`for byte in ${bytes}; do printf "$byte"; sleep 0.05; done; echo`);
    await observed.result;
    expect(observed.textOf("stdout")).toBe("中文\n");
    expect(observed.textOf("stdout")).not.toContain("\uFFFD");
  });

  it("kills the whole process group on timeout, grandchildren included", async () => {
    let grandchild: { pid: number; processStart: string } | undefined;
    const observed = observeShellTask("sleep 100 & echo $!; sleep 100; wait", { timeoutMs: 300 }, (chunk) => {
      const pid = Number(chunk.text.trim());
      if (chunk.stream === "stdout" && grandchild === undefined) grandchild = { pid, processStart: readProcessStart(pid) };
    });
    const result = await observed.result;
    expect(result).toMatchObject({ timedOut: true, stopped: false, killReason: "timeout", exitCode: null, signal: "SIGTERM" });
    expect(observed.textOf("stderr")).toContain(
      `[nightshift] timed out after 0.3 s; killed process group ${observed.task.pid}`,
    );
    expect(grandchild?.pid).toBeGreaterThan(1);
    expect(isTaskProcessAlive(grandchild?.pid ?? 0, grandchild?.processStart ?? null)).toBe(false);
    expect(isTaskProcessAlive(observed.task.pid, observed.task.processStart)).toBe(false);
  });

  it("stops a running task on kill('stop')", async () => {
    const observed = observeShellTask("echo ready; sleep 100", {}, (_chunk, task) => task.kill("stop"));
    const result = await observed.result;
    expect(result).toMatchObject({ stopped: true, timedOut: false, killReason: "stop", signal: "SIGTERM" });
    expect(result.durationMs).toBeLessThan(10_000);
    expect(observed.textOf("stderr")).toContain(`[nightshift] stopped (stop requested); killed process group ${observed.task.pid}`);
  });

  it("escalates to SIGKILL when the task ignores SIGTERM", async () => {
    const observed = observeShellTask("trap '' TERM; echo ready; sleep 100", { killGraceMs: 200 }, (_chunk, task) =>
      task.kill("shutdown"),
    );
    const result = await observed.result;
    expect(result).toMatchObject({ stopped: true, killReason: "shutdown", signal: "SIGKILL" });
    expect(observed.textOf("stderr")).toContain("[nightshift] stopped (engine shutting down)");
  });

  it("truncates output beyond the cap and keeps draining the pipes", async () => {
    const observed = observeShellTask("yes nightshift | head -c 5000000; echo after-the-cap", { maxOutputBytes: 1000 });
    const result = await observed.result;
    expect(result.exitCode).toBe(0);
    const notices = observed.chunks.filter((chunk) => chunk.text.startsWith("[nightshift]"));
    expect(notices).toEqual([expect.objectContaining({ stream: "stderr", text: "[nightshift] output truncated after 1000 bytes\n" })]);
    expect(observed.textOf("stdout")).toHaveLength(1000);
    expect(observed.textOf("stdout")).not.toContain("after-the-cap");
  });

  it("ends the attempt when bash exits even if a background child keeps the pipes open", async () => {
    const observed = observeShellTask("sleep 100 & echo started");
    await expect(observed.result).resolves.toMatchObject({ exitCode: 0, stopped: false });
    expect(observed.textOf("stdout")).toBe("started\n");
    await expect(killTaskProcessGroup(observed.task.pid, observed.task.processStart, 1_000)).resolves.toBe(true);
  });

  it("passes only the minimal inherited environment plus the task's variables", async () => {
    process.env.NIGHTSHIFT_RUNNER_TEST_SECRET = "do-not-leak";
    const observed = observeShellTask('echo "$GREETING|${NIGHTSHIFT_RUNNER_TEST_SECRET:-unset}|${PATH:+has-path}"', {
      env: { GREETING: "hello" },
    });
    await observed.result;
    delete process.env.NIGHTSHIFT_RUNNER_TEST_SECRET;
    expect(observed.textOf("stdout")).toBe("hello|unset|has-path\n");
  });

  it("runs in the given working directory", async () => {
    const observed = observeShellTask("pwd", { cwd: "/" });
    await observed.result;
    expect(observed.textOf("stdout")).toBe("/\n");
  });

  it("turns a missing working directory into a failed result with a stderr line", async () => {
    const observed = observeShellTask("echo never", { cwd: "/nonexistent/nightshift-runner" });
    const result = await observed.result;
    expect(result).toMatchObject({ exitCode: null, signal: null, timedOut: false, stopped: false });
    expect(observed.task.pid).toBe(0);
    expect(observed.textOf("stderr")).toContain("[nightshift] could not start the task: working directory");
    expect(observed.textOf("stdout")).toBe("");
  });

  it("starts the task in a process group of its own", async () => {
    const observed = observeShellTask("ps -o pgid= -p $$");
    await observed.result;
    expect(Number(observed.textOf("stdout").trim())).toBe(observed.task.pid);
    expect(observed.task.processStart).toMatch(/^\d+$/);
  });
});
