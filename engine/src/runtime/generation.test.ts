import { afterEach, describe, expect, it } from "vitest";
import { bizdateEpoch } from "../schedule/calendar";
import { ensureCycleInstances } from "./generation";
import { storeDialects } from "./testing/dialects";
import { createHarness, zonedInstant, type Harness } from "./testing/harness";

const SHANGHAI = "Asia/Shanghai";
const HOURLY = "00 00 00-23/1 * * ?";

for (const { dialect, isAvailable } of await storeDialects()) {
  describe.skipIf(!isAvailable)(`cycle instance generation on ${dialect}`, () => {
    let harness: Harness | undefined;
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    it("creates today's instances once, and tomorrow's only from two hours before midnight", async () => {
      harness = await createHarness({
        dialect,
        now: zonedInstant("2026-01-10T21:59:59", SHANGHAI),
        config: { generationIntervalMs: 1_000 },
        workspace: { nodes: [{ name: "a", programType: "VIRTUAL" }, { name: "b", programType: "VIRTUAL", parents: ["a"] }] },
      });
      const first = await harness.scheduler.runOnce();
      expect(first.generated).toBe(2);
      const dags = () => harness!.db.prisma.dag.findMany({ where: { projectId: harness!.workspace.projectId, type: "DAILY" }, orderBy: { bizdate: "asc" } });
      expect((await dags()).map((dag) => dag.bizdate)).toEqual([BigInt(bizdateEpoch("2026-01-09", SHANGHAI))]);

      await harness.clock.advance(1_000);
      const atTen = await harness.scheduler.runOnce();
      expect(atTen.generated).toBe(2);
      expect((await dags()).map((dag) => dag.bizdate)).toEqual([BigInt(bizdateEpoch("2026-01-09", SHANGHAI)), BigInt(bizdateEpoch("2026-01-10", SHANGHAI))]);
      const tomorrow = await harness.db.prisma.instance.findMany({ where: { bizdate: BigInt(bizdateEpoch("2026-01-10", SHANGHAI)) } });
      expect(tomorrow.map((instance) => instance.cycTime)).toEqual([BigInt(zonedInstant("2026-01-11T00:00:00", SHANGHAI)), BigInt(zonedInstant("2026-01-11T00:00:00", SHANGHAI))]);
      expect(tomorrow.every((instance) => instance.status === "WAIT_TIME" || instance.status === "NOT_RUN")).toBe(true);

      await harness.clock.advance(1_000);
      expect((await harness.scheduler.runOnce()).generated).toBe(0);
      expect(await harness.db.prisma.instance.count()).toBe(4);
    });

    it("adds only the missing instances of a node deployed later, wired to today's parents", async () => {
      const now = zonedInstant("2026-01-10T02:00:00", SHANGHAI);
      harness = await createHarness({ dialect, now, workspace: { nodes: [{ name: "a", programType: "VIRTUAL" }, { name: "b", programType: "VIRTUAL" }] } });
      await harness.scheduler.runOnce();
      expect((await harness.instanceOf("a")).status).toBe("SUCCESS");

      const { projectId, resourceGroupIds } = harness.workspace;
      const lateId = 700_999_001n;
      await harness.db.prisma.node.create({
        data: {
          id: lateId, projectId, name: "late", programType: "VIRTUAL", fileType: 99, cronExpress: "00 00 00 * * ?", cycleType: "DAY",
          ownerId: "tester", resourceGroupId: [...resourceGroupIds.values()][0]!, createdAt: BigInt(now), modifiedAt: BigInt(now + 1),
        },
      });
      await harness.db.prisma.nodeEdge.createMany({ data: [{ parentId: harness.workspace.nodeIds.get("a")!, childId: lateId }, { parentId: harness.workspace.nodeIds.get("b")!, childId: lateId }] });
      const results = await ensureCycleInstances(harness.db, { projectId, now: now + 10 });
      expect(results).toEqual([{ bizdate: "2026-01-09", created: 1 }]);
      expect(await ensureCycleInstances(harness.db, { projectId, now: now + 20 })).toEqual([{ bizdate: "2026-01-09", created: 0 }]);
      const late = await harness.db.prisma.instance.findFirstOrThrow({ where: { nodeId: lateId } });
      expect(late).toMatchObject({ status: "WAIT_TIME", pendingParents: 0 });
      expect(await harness.db.prisma.instanceEdge.count({ where: { childId: late.id } })).toBe(2);
      expect(await harness.db.prisma.instance.count()).toBe(3);
    });

    it("gives an hourly node one instance per cycle with InGroupId, and runs only the cycles that are due", async () => {
      harness = await createHarness({
        dialect,
        now: zonedInstant("2026-01-10T02:30:00", SHANGHAI),
        workspace: { nodes: [{ name: "hourly", programType: "VIRTUAL", cronExpress: HOURLY }] },
      });
      await harness.scheduler.runOnce();
      const instances = await harness.instancesOf("hourly");
      expect(instances).toHaveLength(24);
      expect(instances.map((instance) => instance.inGroupId)).toEqual(Array.from({ length: 24 }, (_, index) => index + 1));
      expect(instances[5]!.cycTime).toBe(BigInt(zonedInstant("2026-01-10T05:00:00", SHANGHAI)));
      expect(instances.filter((instance) => instance.status === "SUCCESS").map((instance) => instance.inGroupId)).toEqual([1, 2, 3]);
      expect(instances.slice(3).every((instance) => instance.status === "WAIT_TIME")).toBe(true);

      await harness.clock.advanceTo(zonedInstant("2026-01-10T03:00:00", SHANGHAI));
      await harness.scheduler.runOnce();
      expect((await harness.instancesOf("hourly")).filter((instance) => instance.status === "SUCCESS")).toHaveLength(4);
    });

    it("runs an hourly node once per real hour across a daylight-saving change", async () => {
      const newYork = "America/New_York";
      harness = await createHarness({
        dialect,
        now: zonedInstant("2026-03-08T04:30:00", newYork),
        workspace: { timezone: newYork, nodes: [{ name: "hourly", programType: "VIRTUAL", cronExpress: HOURLY }] },
      });
      await harness.scheduler.runOnce();
      const instances = await harness.instancesOf("hourly");
      expect(instances).toHaveLength(23);
      expect(new Set(instances.map((instance) => instance.cycTime)).size).toBe(23);
      expect(instances.every((instance) => instance.bizdate === BigInt(bizdateEpoch("2026-03-07", newYork)))).toBe(true);
      const succeeded = instances.filter((instance) => instance.status === "SUCCESS").map((instance) => Number(instance.cycTime));
      expect(succeeded).toEqual([
        zonedInstant("2026-03-08T00:00:00", newYork),
        zonedInstant("2026-03-08T01:00:00", newYork),
        zonedInstant("2026-03-08T03:00:00", newYork),
        zonedInstant("2026-03-08T04:00:00", newYork),
      ]);
      expect(succeeded[2]! - succeeded[1]!).toBe(3_600_000);
    });
  });
}
