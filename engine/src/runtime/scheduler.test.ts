import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { InstanceStatus } from "../model/status";
import { isTaskProcessAlive } from "../runner";
import { storeDialects } from "./testing/dialects";
import { createHarness, untilEvent, zonedInstant, type Harness, type HarnessOptions } from "./testing/harness";

const SHANGHAI = "Asia/Shanghai";
const NOW = zonedInstant("2026-01-10T02:00:00", SHANGHAI);

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`scheduler on ${dialect}`, () => {
    let harness: Harness | undefined;
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    async function open(workspace: HarnessOptions["workspace"], config: HarnessOptions["config"] = {}): Promise<Harness> {
      harness = await createHarness({ dialect, now: NOW, workspace, config });
      return harness;
    }

    async function statusOf(name: string): Promise<InstanceStatus | null> {
      return harness!.statusOf(name);
    }

    function until(predicate: () => Promise<boolean> | boolean, description: string, timeoutMs?: number): Promise<void> {
      return untilEvent(harness!.events, predicate, description, timeoutMs);
    }

    const allSettled = async (names: string[], status: InstanceStatus = "SUCCESS") =>
      (await Promise.all(names.map(statusOf))).every((each) => each === status);

    it("starts a child only after all its same-cycle parents succeeded, released by the last parent's success", async () => {
      const h = await open({
        nodes: [
          { name: "fast", command: "exit 0" },
          { name: "slow", command: "sleep 0.3" },
          { name: "child", command: "exit 0", parents: ["fast", "slow"] },
        ],
      });
      await h.scheduler.start();
      await until(() => allSettled(["fast", "slow", "child"]), "the three instances succeeded");
      const child = await h.instanceOf("child");
      const parentIds = [(await h.instanceOf("fast")).id, (await h.instanceOf("slow")).id];
      const changes = h.log.filter((entry) => entry.event === "instance:statusChanged").map((entry) => entry.payload);
      const parentSuccessIndexes = parentIds.map((id) => changes.findIndex((change) => change.instanceId === id && change.to === "SUCCESS"));
      const releaseIndex = changes.findIndex((change) => change.instanceId === child.id && change.from === "NOT_RUN");
      // Released in the same commit as the success of whichever parent finished last, not later by a scan.
      expect(releaseIndex).toBe(Math.max(...parentSuccessIndexes) + 1);
      expect(changes[releaseIndex]).toMatchObject({ to: "WAIT_TIME" });
      const childStarted = h.log.findIndex((entry) => entry.event === "instance:started" && entry.payload.instanceId === child.id);
      const parentsSucceeded = parentIds.map((id) => h.log.findIndex((entry) => entry.event === "instance:succeeded" && entry.payload.instanceId === id));
      expect(childStarted).toBeGreaterThan(Math.max(...parentsSucceeded));
    });

    it("starts waiting instances in priority order within a one-slot group", async () => {
      const h = await open({
        resourceGroups: [{ identifier: "single", slots: 1 }],
        nodes: [
          { name: "low", command: "exit 0", priority: 1 },
          { name: "high", command: "exit 0", priority: 8 },
          { name: "middle", command: "exit 0", priority: 5 },
        ],
      });
      await h.scheduler.start();
      await until(() => allSettled(["low", "high", "middle"]), "the three instances succeeded");
      const ids = new Map<bigint, string>();
      for (const name of ["low", "high", "middle"]) ids.set((await h.instanceOf(name)).id, name);
      const startOrder = h.log.flatMap((entry) => (entry.event === "instance:started" ? [ids.get(entry.payload.instanceId)] : []));
      expect(startOrder).toEqual(["high", "middle", "low"]);
    });

    it("keeps instances in WAIT_RESOURCE while their group's slots are full, and never exceeds them", async () => {
      const names = ["t1", "t2", "t3", "t4", "t5"];
      const h = await open({
        resourceGroups: [{ identifier: "pair", slots: 2 }],
        nodes: names.map((name) => ({ name, command: "sleep 0.2" })),
      });
      let running = 0;
      let maxRunning = 0;
      h.events.on("instance:statusChanged", ({ from, to }) => {
        if (to === "RUNNING") running++;
        if (from === "RUNNING") running--;
        maxRunning = Math.max(maxRunning, running);
      });
      const first = await h.scheduler.runOnce();
      expect(first.started).toBe(2);
      const statuses = await Promise.all(names.map(statusOf));
      expect(statuses.filter((status) => status === "RUNNING")).toHaveLength(2);
      expect(statuses.filter((status) => status === "WAIT_RESOURCE")).toHaveLength(3);
      await h.scheduler.start();
      await until(() => allSettled(names), "all five instances succeeded");
      expect(maxRunning).toBe(2);
      expect(await h.db.prisma.attempt.count({ where: { outcome: "SUCCESS" } })).toBe(5);
    });

    it("records exit code and the last stderr line of a failed task, and streams output into the log while it runs", async () => {
      const h = await open({
        nodes: [
          { name: "broken", command: "echo working; echo 'first problem' >&2; echo 'second problem' >&2; exit 3" },
          { name: "chatty", command: 'echo first; while [ ! -f "go-$NIGHTSHIFT_INSTANCE_ID" ]; do sleep 0.05; done; echo second' },
        ],
      });
      await h.scheduler.start();
      await until(async () => (await statusOf("broken")) === "FAILURE", "the broken task failed");
      const broken = await h.instanceOf("broken");
      expect(broken).toMatchObject({ exitCode: 3, errorMessage: "second problem", attempt: 1 });
      expect(await h.db.prisma.attempt.findFirstOrThrow({ where: { instanceId: broken.id } })).toMatchObject({ outcome: "FAILURE", exitCode: 3 });
      const brokenLog = await h.logText(broken.id);
      expect(brokenLog).toContain("working");
      expect(brokenLog).toContain("second problem");

      const chatty = await h.instanceOf("chatty");
      await untilCondition(async () => (await h.logText(chatty.id)).includes("first"), "the first line reached the log");
      expect(await statusOf("chatty")).toBe("RUNNING");
      fs.writeFileSync(path.join(h.workDir, `go-${chatty.id}`), "");
      await until(async () => (await statusOf("chatty")) === "SUCCESS", "the chatty task succeeded");
      const log = await h.logText(chatty.id);
      expect(log).toMatch(/\[nightshift\] attempt 1 started by .* \(pid \d+\)/);
      expect(log.indexOf("first")).toBeLessThan(log.indexOf("second"));
    });

    it("renders the node's parameters and scheduling parameters into the command and environment", async () => {
      const h = await open({
        nodes: [{ name: "params", paramValues: "day=$bizdate tag=blue", command: 'echo "day=$day tag=${tag} cyc=$cyctime env=$NIGHTSHIFT_BIZDATE id=$NIGHTSHIFT_INSTANCE_ID"' }],
      });
      await h.scheduler.start();
      await until(async () => (await statusOf("params")) === "SUCCESS", "the task succeeded");
      const instance = await h.instanceOf("params");
      expect(await h.logText(instance.id)).toContain(`day=20260109 tag=blue cyc=20260110000000 env=20260109 id=${instance.id}`);
    });

    it("kills a task that outlives the node's timeout and fails it", async () => {
      const h = await open({ nodes: [{ name: "sleepy", command: "sleep 30", timeoutSeconds: 1 }] });
      await h.scheduler.start();
      await until(async () => (await statusOf("sleepy")) === "FAILURE", "the task timed out", 15_000);
      const instance = await h.instanceOf("sleepy");
      expect(instance.errorMessage).toBe("timed out after 1 s");
      expect(isTaskProcessAlive(instance.pid!, instance.processStart)).toBe(false);
      expect(await h.logText(instance.id)).toContain("timed out");
    });

    it("reruns a failed task automatically after the node's interval, then succeeds", async () => {
      const h = await open({
        nodes: [{ name: "flaky", autoRerunTimes: 3, autoRerunIntervalMs: 30_000, command: 'if [ "$NIGHTSHIFT_ATTEMPT" = 1 ]; then echo boom >&2; exit 4; fi; echo fine' }],
      });
      await h.scheduler.start();
      await until(() => h.log.some((entry) => entry.event === "instance:failed"), "the first attempt failed");
      const failed = h.log.find((entry) => entry.event === "instance:failed")!;
      expect(failed.payload).toMatchObject({ attempt: 1, exitCode: 4, willRetry: true });
      const waiting = await h.instanceOf("flaky");
      expect(waiting).toMatchObject({ status: "WAIT_TIME", rerunsLeft: 2, errorMessage: "boom", dueTime: BigInt(NOW + 30_000) });
      expect(await h.logText(waiting.id)).toContain("[nightshift] auto-rerun 1 of 3 in 30 s");

      await h.clock.advance(29_000);
      await h.scheduler.runOnce();
      expect(await statusOf("flaky")).toBe("WAIT_TIME");
      await h.clock.advance(1_000);
      await until(async () => (await statusOf("flaky")) === "SUCCESS", "the rerun succeeded");
      const done = await h.instanceOf("flaky");
      expect(done).toMatchObject({ attempt: 2, rerunsLeft: 2, exitCode: 0, errorMessage: "" });
      const attempts = await h.db.prisma.attempt.findMany({ where: { instanceId: done.id }, orderBy: { attempt: "asc" } });
      expect(attempts.map((attempt) => attempt.outcome)).toEqual(["FAILURE", "SUCCESS"]);
    });

    it("fails for good when no automatic rerun is left", async () => {
      const h = await open({ nodes: [{ name: "doomed", autoRerunTimes: 1, autoRerunIntervalMs: 0, command: "exit 2" }] });
      await h.scheduler.start();
      await until(async () => (await statusOf("doomed")) === "FAILURE", "the instance failed for good");
      const instance = await h.instanceOf("doomed");
      expect(instance).toMatchObject({ attempt: 2, rerunsLeft: 0, exitCode: 2 });
      const dag = await h.db.prisma.dag.findUniqueOrThrow({ where: { id: instance.dagId } });
      expect(dag.status).toBe("FAILURE");
    });

    it("kills the process at once when an operator asks to stop the instance", async () => {
      const h = await open({ nodes: [{ name: "long", command: "sleep 30", autoRerunTimes: 2 }] });
      await h.scheduler.start();
      await until(async () => (await h.instanceOf("long").catch(() => null))?.pid != null, "the task's pid was recorded");
      const running = await h.instanceOf("long");
      await h.db.prisma.instance.update({ where: { id: running.id }, data: { status: "FAILURE", finishTime: BigInt(NOW), claimOwner: null } });
      h.events.emit("instance:stopRequested", { instanceId: running.id, at: NOW });
      await until(async () => (await h.db.prisma.attempt.findFirstOrThrow({ where: { instanceId: running.id } })).finishedAt !== null, "the attempt was closed");
      expect(isTaskProcessAlive(running.pid!, running.processStart)).toBe(false);
      expect(await h.db.prisma.attempt.findFirstOrThrow({ where: { instanceId: running.id } })).toMatchObject({ outcome: "STOPPED" });
      expect(await h.instanceOf("long")).toMatchObject({ status: "FAILURE", rerunsLeft: 2, attempt: 1 });
    });

    it("kills its process when the heartbeat finds the instance no longer running for its attempt", async () => {
      const h = await open({ nodes: [{ name: "long", command: "sleep 30" }] });
      await h.scheduler.start();
      await until(async () => (await h.instanceOf("long").catch(() => null))?.pid != null, "the task's pid was recorded");
      const running = await h.instanceOf("long");
      await h.db.prisma.instance.update({ where: { id: running.id }, data: { status: "FAILURE", claimOwner: null } });
      await h.clock.advance(5_000);
      await h.scheduler.runOnce();
      await until(async () => (await h.db.prisma.attempt.findFirstOrThrow({ where: { instanceId: running.id } })).finishedAt !== null, "the attempt was closed");
      expect(isTaskProcessAlive(running.pid!, running.processStart)).toBe(false);
      expect((await h.instanceOf("long")).status).toBe("FAILURE");
    });

    it("on shutdown kills its tasks, fails their attempts with a log line and schedules their reruns", async () => {
      const h = await open({ nodes: [{ name: "long", command: "sleep 30", autoRerunTimes: 1, autoRerunIntervalMs: 0 }] });
      await h.scheduler.start();
      await until(async () => (await h.instanceOf("long").catch(() => null))?.pid != null, "the task's pid was recorded");
      const running = await h.instanceOf("long");
      await h.scheduler.stop();
      expect(isTaskProcessAlive(running.pid!, running.processStart)).toBe(false);
      const after = await h.instanceOf("long");
      expect(after).toMatchObject({ status: "WAIT_TIME", rerunsLeft: 0, claimOwner: null });
      expect(await h.logText(after.id)).toContain("[nightshift] engine stopped while this attempt was running; its process was killed");
      expect(h.scheduler.runningInstanceIds()).toEqual([]);
    });
  });
}

/** For facts no event announces (log rows): checks every 25 ms, fails after 10 s. */
async function untilCondition(predicate: () => Promise<boolean>, description: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
