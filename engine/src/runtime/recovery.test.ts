import { spawn } from "node:child_process";
import os from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { isTaskProcessAlive, readProcessStart } from "../runner";
import { ensureCycleInstances } from "./generation";
import { storeDialects } from "./testing/dialects";
import { createHarness, untilEvent, zonedInstant, type Harness } from "./testing/harness";
import { ATTEMPT_MARKER_VARIABLE, attemptMarker } from "./task-spec";

const SHANGHAI = "Asia/Shanghai";
const NOW = zonedInstant("2026-01-10T02:00:00", SHANGHAI);
const ENGINE = `${os.hostname()}:/engine-a`;

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`crash recovery on ${dialect}`, () => {
    let harness: Harness | undefined;
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    /** Puts the node's instance in RUNNING as a claim of `claimOwner`, as a dead engine would have left it. */
    async function leaveRunning(h: Harness, name: string, claim: { claimOwner: string; claimHeartbeat: number; pid: number | null; processStart: string | null }) {
      await ensureCycleInstances(h.db, { projectId: h.workspace.projectId, now: NOW });
      const instance = await h.instanceOf(name);
      await h.db.prisma.instance.update({ where: { id: instance.id }, data: { status: "RUNNING", attempt: 1, beginRunningTime: BigInt(NOW), ...claim, claimHeartbeat: BigInt(claim.claimHeartbeat) } });
      await h.db.prisma.attempt.create({ data: { instanceId: instance.id, attempt: 1, engineId: claim.claimOwner, pid: claim.pid, startedAt: BigInt(NOW) } });
      return instance.id;
    }

    it("recovers a running instance after a restart without running it twice", async () => {
      harness = await createHarness({
        dialect,
        now: NOW,
        engineId: ENGINE,
        workspace: { nodes: [{ name: "job", autoRerunTimes: 1, autoRerunIntervalMs: 0, command: 'if [ "$NIGHTSHIFT_ATTEMPT" = 1 ]; then sleep 30; fi; echo done' }] },
      });
      const h = harness;
      await h.scheduler.start();
      await untilEvent(h.events, async () => (await h.instanceOf("job").catch(() => null))?.pid != null, "the first attempt's pid was recorded");
      const first = await h.instanceOf("job");
      // The engine goes away without touching its task, as after a crash.
      await h.scheduler.stop({ killTasks: false });
      expect(isTaskProcessAlive(first.pid!, first.processStart)).toBe(true);

      const restarted = h.createScheduler({ engineId: ENGINE });
      const recovery = await restarted.recover();
      expect(recovery).toMatchObject({ recovered: 1, killed: 1, retried: 1, failed: 0, instanceIds: [first.id] });
      expect(isTaskProcessAlive(first.pid!, first.processStart)).toBe(false);
      expect(await h.db.prisma.attempt.findFirstOrThrow({ where: { instanceId: first.id, attempt: 1 } })).toMatchObject({ outcome: "LOST" });
      expect(await h.logText(first.id)).toContain("[nightshift] engine restarted while this attempt was running; its process was killed");
      expect(await h.instanceOf("job")).toMatchObject({ status: "WAIT_TIME", rerunsLeft: 0, claimOwner: null });

      await restarted.start();
      await untilEvent(h.events, async () => (await h.statusOf("job")) === "SUCCESS", "the rerun succeeded");
      const attempts = await h.db.prisma.attempt.findMany({ where: { instanceId: first.id }, orderBy: { attempt: "asc" } });
      expect(attempts.map((attempt) => attempt.outcome)).toEqual(["LOST", "SUCCESS"]);
      await restarted.stop();
    });

    it("fails an attempt whose process was already gone and leaves it FAILURE when no rerun is left", async () => {
      harness = await createHarness({ dialect, now: NOW, engineId: ENGINE, workspace: { nodes: [{ name: "job", command: "exit 0" }] } });
      const finished = spawn("true");
      const pid = finished.pid!;
      await new Promise((resolve) => finished.once("exit", resolve));
      const instanceId = await leaveRunning(harness, "job", { claimOwner: ENGINE, claimHeartbeat: NOW, pid, processStart: "1" });
      const recovery = await harness.scheduler.recover();
      expect(recovery).toMatchObject({ recovered: 1, killed: 0, retried: 0, failed: 1 });
      expect(await harness.instanceOf("job")).toMatchObject({ status: "FAILURE", errorMessage: "engine restarted while this attempt was running; its process was already gone" });
      expect(await harness.logText(instanceId)).toContain("[nightshift] engine restarted while this attempt was running; its process was already gone");
    });

    it("finds and kills the process of an attempt whose pid was never recorded", async () => {
      harness = await createHarness({ dialect, now: NOW, engineId: ENGINE, workspace: { nodes: [{ name: "job", command: "exit 0", autoRerunTimes: 1 }] } });
      await ensureCycleInstances(harness.db, { projectId: harness.workspace.projectId, now: NOW });
      const instance = await harness.instanceOf("job");
      const orphan = spawn("bash", ["-c", "sleep 30"], { detached: true, stdio: "ignore", env: { ...process.env, [ATTEMPT_MARKER_VARIABLE]: attemptMarker(instance.id, 1) } });
      orphan.unref();
      const orphanStart = readProcessStart(orphan.pid!);
      await leaveRunning(harness, "job", { claimOwner: ENGINE, claimHeartbeat: NOW, pid: null, processStart: null });
      const recovery = await harness.scheduler.recover();
      expect(recovery).toMatchObject({ recovered: 1, killed: 1, retried: 1 });
      expect(isTaskProcessAlive(orphan.pid!, orphanStart)).toBe(false);
    });

    it("takes over the stale claims of a dead engine on another machine, and leaves fresh claims alone", async () => {
      harness = await createHarness({
        dialect,
        now: NOW,
        engineId: ENGINE,
        config: { staleClaimMs: 30_000, generationIntervalMs: 3_600_000 },
        workspace: {
          resourceGroups: [{ identifier: "closed", slots: 0 }],
          nodes: [{ name: "stale", command: "exit 0", autoRerunTimes: 2 }, { name: "fresh", command: "exit 0" }],
        },
      });
      const staleId = await leaveRunning(harness, "stale", { claimOwner: "far-away:/engine", claimHeartbeat: NOW - 31_000, pid: 4242, processStart: "9" });
      const freshId = await leaveRunning(harness, "fresh", { claimOwner: "far-away:/engine-b", claimHeartbeat: NOW - 1_000, pid: 4343, processStart: "9" });
      const summary = await harness.scheduler.runOnce();
      expect(summary.recovered).toBe(1);
      const stale = await harness.db.prisma.instance.findUniqueOrThrow({ where: { id: staleId } });
      expect(stale).toMatchObject({ status: "WAIT_TIME", rerunsLeft: 1 });
      expect(await harness.logText(staleId)).toContain(
        "[nightshift] engine far-away:/engine stopped sending heartbeats while this attempt was running; its process runs on another machine and could not be checked",
      );
      expect((await harness.db.prisma.instance.findUniqueOrThrow({ where: { id: freshId } })).status).toBe("RUNNING");
    });
  });
}
