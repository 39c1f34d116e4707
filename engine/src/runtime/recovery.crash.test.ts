import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isTaskProcessAlive } from "../runner";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { seedWorkspace } from "./testing/seed";

const ENGINE_ENTRY = path.join(import.meta.dirname, "testing", "engine-process.ts");
const TASKS = 20;
const RECOVERY_LINE = "[nightshift] engine restarted while this attempt was running; its process was killed";

describe("a real engine process killed with SIGKILL", () => {
  let db: TestDatabase;
  let workDir: string;
  const engines: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-crash-"));
    await seedWorkspace(db, {
      resourceGroups: [{ identifier: "wide", slots: 50 }],
      nodes: Array.from({ length: TASKS }, (_, index) => ({
        name: `sleeper${index}`,
        autoRerunTimes: 1,
        autoRerunIntervalMs: 0,
        // The first attempt outlives the crash; the rerun is quick.
        command: 'if [ "$NIGHTSHIFT_ATTEMPT" = 1 ]; then sleep 20; else sleep 0.2; fi; echo "attempt $NIGHTSHIFT_ATTEMPT done"',
      })),
    });
  });
  afterAll(async () => {
    for (const engine of engines) if (engine.exitCode === null && engine.signalCode === null) engine.kill("SIGKILL");
    await db?.drop();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  it("recovers every running instance after a crash without running any of them twice at once", async () => {
    const engineId = `${os.hostname()}:${workDir}`;
    const testStart = Date.now();
    const first = startEngine(db.url, engineId, workDir);
    engines.push(first.process);
    await first.ready;
    await untilCondition(
      async () => (await db.prisma.instance.count({ where: { status: "RUNNING", pid: { not: null } } })) >= TASKS,
      "every task runs with its pid recorded",
      30_000,
    );
    const running = await db.prisma.instance.findMany({ where: { status: "RUNNING" }, select: { id: true, attempt: true, pid: true, processStart: true } });
    expect(running).toHaveLength(TASKS);

    first.process.kill("SIGKILL");
    await new Promise((resolve) => first.process.once("exit", resolve));
    // The task processes live in their own process groups and outlive the engine.
    expect(running.every((instance) => isTaskProcessAlive(instance.pid!, instance.processStart))).toBe(true);

    const second = startEngine(db.url, engineId, workDir);
    engines.push(second.process);
    const ready = await second.ready;
    expect(ready.recovery).toMatchObject({ recovered: TASKS, killed: TASKS, retried: TASKS });
    expect(running.some((instance) => isTaskProcessAlive(instance.pid!, instance.processStart))).toBe(false);

    const dueInstances = { cycTime: { lte: BigInt(testStart) } };
    await untilCondition(
      async () => (await db.prisma.instance.count({ where: { ...dueInstances, status: "SUCCESS" } })) === TASKS,
      "every instance succeeded",
      60_000,
    );
    expect(await db.prisma.instance.count({ where: dueInstances })).toBe(TASKS);

    for (const instance of running) {
      const attempts = await db.prisma.attempt.findMany({ where: { instanceId: instance.id }, orderBy: { attempt: "asc" } });
      expect(attempts.map((attempt) => attempt.outcome)).toEqual(["LOST", "SUCCESS"]);
      const [lost, rerun] = attempts;
      expect(lost!.finishedAt).not.toBeNull();
      expect(rerun!.startedAt >= lost!.finishedAt!).toBe(true);
      const log = (await db.prisma.instanceLog.findMany({ where: { instanceId: instance.id }, orderBy: { id: "asc" } })).map((row) => row.text).join("");
      expect(log).toContain(RECOVERY_LINE);
      expect(log).toContain("attempt 2 done");
      expect(log).not.toContain("attempt 1 done");
    }
    assertNoOverlappingAttempts(await db.prisma.attempt.findMany());

    second.process.kill("SIGTERM");
    await new Promise((resolve) => second.process.once("exit", resolve));
  }, 120_000);
});

type Ready = { ready: true; recovery: { recovered: number; killed: number; retried: number; failed: number } };

function startEngine(databaseUrl: string, engineId: string, workDir: string): { process: ChildProcess; ready: Promise<Ready> } {
  const child = spawn(process.execPath, ["--import", "tsx", ENGINE_ENTRY, JSON.stringify({ databaseUrl, engineId, workDir })], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<Ready>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve(JSON.parse(line) as Ready);
    });
    child.once("exit", (code) => reject(new Error(`engine process exited with ${code} before it was ready`)));
  });
  return { process: child, ready };
}

function assertNoOverlappingAttempts(attempts: { instanceId: bigint; attempt: number; startedAt: bigint; finishedAt: bigint | null }[]): void {
  const byInstance = new Map<bigint, typeof attempts>();
  for (const attempt of attempts) byInstance.set(attempt.instanceId, [...(byInstance.get(attempt.instanceId) ?? []), attempt]);
  for (const list of byInstance.values()) {
    list.sort((a, b) => a.attempt - b.attempt);
    for (let index = 1; index < list.length; index++) {
      const previous = list[index - 1]!;
      expect(previous.finishedAt).not.toBeNull();
      expect(list[index]!.startedAt >= previous.finishedAt!).toBe(true);
    }
  }
}

/** Across processes there is no event bus to await: check the database every 50 ms until a deadline. */
async function untilCondition(predicate: () => Promise<boolean>, description: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
