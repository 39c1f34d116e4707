import { afterEach, describe, expect, it } from "vitest";
import { decideAtDueTime } from "./promotion";
import { ensureCycleInstances } from "./generation";
import { storeDialects } from "./testing/dialects";
import { createHarness, zonedInstant, type Harness } from "./testing/harness";

const SHANGHAI = "Asia/Shanghai";
/** 2026-01-10 is a Saturday; this node runs on Mondays only. */
const MONDAYS = "00 00 00 ? * 2";

describe("decideAtDueTime", () => {
  it("fails frozen instances, succeeds dry runs and virtual nodes, queues the rest for a slot", () => {
    expect(decideAtDueTime({ taskType: "PAUSE", isVirtual: false })).toBe("fail");
    expect(decideAtDueTime({ taskType: "PAUSE", isVirtual: true })).toBe("fail");
    for (const taskType of ["SKIP", "SKIP_CYCLE", "SKIP_UNCHOOSE", "CONDITION_UNCHOOSE", "REALTIME_DEPRECATED"] as const) {
      expect(decideAtDueTime({ taskType, isVirtual: false })).toBe("succeed");
    }
    expect(decideAtDueTime({ taskType: "NORMAL", isVirtual: true })).toBe("succeed");
    expect(decideAtDueTime({ taskType: "NORMAL", isVirtual: false })).toBe("runInSlot");
    expect(decideAtDueTime({ taskType: "MANUAL", isVirtual: false })).toBe("runInSlot");
  });
});

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`scheduling start outcomes on ${dialect}`, () => {
    let harness: Harness | undefined;
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    it("sets frozen, dry-run, out-of-cycle and virtual instances without running them, and queues shell ones", async () => {
      const now = zonedInstant("2026-01-10T02:00:00", SHANGHAI);
      harness = await createHarness({
        dialect,
        now,
        workspace: {
          resourceGroups: [{ identifier: "closed", slots: 0 }],
          nodes: [
            { name: "frozen", schedulerType: "PAUSE", command: "exit 0" },
            { name: "behindFrozen", programType: "VIRTUAL", parents: ["frozen"] },
            { name: "dryRun", schedulerType: "SKIP", command: "exit 9" },
            { name: "weekly", cronExpress: MONDAYS, command: "exit 9" },
            { name: "virtual", programType: "VIRTUAL" },
            { name: "afterAll", programType: "VIRTUAL", parents: ["dryRun", "weekly", "virtual"] },
            { name: "shell", command: "exit 0", parents: ["afterAll"] },
          ],
        },
      });
      const summary = await harness.scheduler.runOnce();
      const frozen = await harness.instanceOf("frozen");
      expect(frozen).toMatchObject({ status: "FAILURE", taskType: "PAUSE", attempt: 0, errorMessage: "frozen node: set to failure without running" });
      expect(await harness.logText(frozen.id)).toContain("[nightshift] frozen node: set to failure without running");
      expect((await harness.instanceOf("behindFrozen")).status).toBe("NOT_RUN");
      const dryRun = await harness.instanceOf("dryRun");
      expect(dryRun).toMatchObject({ status: "SUCCESS", taskType: "SKIP", attempt: 0 });
      expect(await harness.logText(dryRun.id)).toContain("set to success without running");
      expect(await harness.instanceOf("weekly")).toMatchObject({ status: "SUCCESS", taskType: "SKIP_CYCLE", attempt: 0 });
      expect(await harness.instanceOf("virtual")).toMatchObject({ status: "SUCCESS", attempt: 0 });
      expect((await harness.instanceOf("afterAll")).status).toBe("SUCCESS");
      const shell = await harness.instanceOf("shell");
      expect(shell).toMatchObject({ status: "WAIT_RESOURCE", beginWaitResTime: BigInt(now) });
      expect(summary).toMatchObject({ succeededWithoutRunning: 4, failedWithoutRunning: 1, started: 0 });
      expect(await harness.db.prisma.attempt.count()).toBe(0);
      const failedEvents = harness.log.filter((entry) => entry.event === "instance:failed");
      expect(failedEvents).toEqual([{ event: "instance:failed", payload: { instanceId: frozen.id, attempt: 0, exitCode: null, willRetry: false, at: now } }]);
    });

    it("never starts a suspended instance, and runs it once the flag is cleared", async () => {
      const now = zonedInstant("2026-01-10T02:00:00", SHANGHAI);
      harness = await createHarness({
        dialect,
        now,
        workspace: { nodes: [{ name: "held", programType: "VIRTUAL" }, { name: "child", programType: "VIRTUAL", parents: ["held"] }] },
      });
      await ensureCycleInstances(harness.db, { projectId: harness.workspace.projectId, now });
      const held = await harness.instanceOf("held");
      await harness.db.prisma.instance.update({ where: { id: held.id }, data: { isSuspended: true } });
      await harness.scheduler.runOnce();
      await harness.clock.advance(60_000);
      await harness.scheduler.runOnce();
      expect((await harness.instanceOf("held")).status).toBe("WAIT_TIME");
      expect((await harness.instanceOf("child")).status).toBe("NOT_RUN");

      await harness.db.prisma.instance.update({ where: { id: held.id }, data: { isSuspended: false } });
      await harness.scheduler.runOnce();
      expect((await harness.instanceOf("held")).status).toBe("SUCCESS");
      expect((await harness.instanceOf("child")).status).toBe("SUCCESS");
    });

    it("keeps an instance whose cycle time has not come in WAIT_TIME", async () => {
      harness = await createHarness({
        dialect,
        now: zonedInstant("2026-01-10T05:59:59", SHANGHAI),
        workspace: { nodes: [{ name: "six", programType: "VIRTUAL", cronExpress: "00 00 06 * * ?" }] },
      });
      await harness.scheduler.runOnce();
      expect((await harness.instanceOf("six")).status).toBe("WAIT_TIME");
      await harness.clock.advance(1_000);
      await harness.scheduler.runOnce();
      expect((await harness.instanceOf("six")).status).toBe("SUCCESS");
    });
  });
}
