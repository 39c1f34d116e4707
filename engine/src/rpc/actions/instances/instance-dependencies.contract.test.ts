import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BIG_INSTANCE_ID, CURRENT_BIZDATE, NODE } from "../../../store/queries/testing/operations-fixture";
import { testDialects } from "../../../store/queries/testing/dialects";
import { startContractEngine, type ContractEngine } from "../testing/contract-engine";
import { exactDigits, expectWireShape, standardEnvelope, zInstanceWire, zWireInt, zWireLong } from "../testing/wire-schemas";

const zDependenciesAnswer = standardEnvelope(
  z.strictObject({
    Instances: z.array(zInstanceWire),
    Edges: z.array(z.strictObject({ ParentInstanceId: zWireLong, ChildInstanceId: zWireLong })),
    Truncated: z.boolean(),
  }),
);

const zCountWire = { Downstream: zWireInt, WaitingDownstream: zWireInt, Capped: z.boolean() };
const zDownstreamAnswer = standardEnvelope(
  z.strictObject({
    Counts: z.array(z.strictObject({ InstanceId: zWireLong, ...zCountWire })),
    Union: z.strictObject(zCountWire),
  }),
);

describe.each(await testDialects())("instance dependency Actions through pop-core on %s", (dialect) => {
  let engine: ContractEngine;
  let ids: { start: string; ods: string; dwd: string; dws: string };

  beforeAll(async () => {
    engine = await startContractEngine(dialect);
    const of = (nodeId: bigint) => engine.fixture.instanceOf(nodeId, CURRENT_BIZDATE).id;
    // The current day's chain start → ods → dwd (2^60 + 7, RUNNING) → dws (NOT_RUN).
    await engine.database.prisma.instanceEdge.createMany({
      data: [
        { parentId: of(NODE.start), childId: of(NODE.ods) },
        { parentId: of(NODE.ods), childId: of(NODE.dwd) },
        { parentId: of(NODE.dwd), childId: of(NODE.dws) },
      ],
    });
    ids = { start: String(of(NODE.start)), ods: String(of(NODE.ods)), dwd: String(of(NODE.dwd)), dws: String(of(NODE.dws)) };
  });

  afterAll(async () => {
    await engine?.close();
  });

  describe("ListInstanceDependencies", () => {
    it("answers the instances around one instance in ListInstances' shape, with exact 64-bit IDs and the edges", async () => {
      const answer = expectWireShape(zDependenciesAnswer, await engine.call("ListInstanceDependencies", { InstanceId: String(BIG_INSTANCE_ID) }));
      expect(answer.Data.Instances.map((instance) => exactDigits(instance.InstanceId))).toEqual([String(BIG_INSTANCE_ID), ids.ods, ids.start, ids.dws]);
      expect(answer.Data.Instances[0]?.NodeName).toBe("dwd_orders");
      const edges = answer.Data.Edges.map((edge) => `${exactDigits(edge.ParentInstanceId)}>${exactDigits(edge.ChildInstanceId)}`);
      expect(new Set(edges)).toEqual(new Set([`${ids.start}>${ids.ods}`, `${ids.ods}>${ids.dwd}`, `${ids.dwd}>${ids.dws}`]));
      expect(answer.Data.Truncated).toBe(false);
    });

    it("honours Direction, Depth and MaxInstances", async () => {
      const down = expectWireShape(zDependenciesAnswer, await engine.call("ListInstanceDependencies", { InstanceId: ids.start, Direction: "DOWNSTREAM", Depth: "1" }));
      expect(down.Data.Instances.map((instance) => exactDigits(instance.InstanceId))).toEqual([ids.start, ids.ods]);
      const capped = expectWireShape(zDependenciesAnswer, await engine.call("ListInstanceDependencies", { InstanceId: ids.start, Direction: "DOWNSTREAM", Depth: "20", MaxInstances: "2" }));
      expect(capped.Data.Instances).toHaveLength(2);
      expect(capped.Data.Truncated).toBe(true);
    });

    it.each([
      ["Direction", "SIDEWAYS"],
      ["Depth", "0"],
      ["Depth", "21"],
      ["MaxInstances", "5001"],
      ["InstanceId", "abc"],
    ])("answers %s=%s with InvalidParameter", async (name, value) => {
      const error = await engine.fail("ListInstanceDependencies", { InstanceId: ids.start, [name]: value });
      expect(error.code).toBe("InvalidParameter");
      expect(error.message).toContain(name);
    });

    it("answers an unknown instance with Invalid.Instance.NotExists and a missing InstanceId with MissingParameter", async () => {
      expect((await engine.fail("ListInstanceDependencies", { InstanceId: "42" })).code).toBe("Invalid.Instance.NotExists");
      expect((await engine.fail("ListInstanceDependencies", {})).code).toBe("MissingParameter");
    });
  });

  describe("CountInstanceDownstream", () => {
    it("counts transitive and unfinished downstream instances per instance and for the union", async () => {
      const answer = expectWireShape(zDownstreamAnswer, await engine.call("CountInstanceDownstream", { InstanceIds: `${ids.ods},${BIG_INSTANCE_ID}` }));
      expect(answer.Data.Counts.map((count) => ({ ...count, InstanceId: exactDigits(count.InstanceId) }))).toEqual([
        { InstanceId: ids.ods, Downstream: 2, WaitingDownstream: 2, Capped: false },
        { InstanceId: String(BIG_INSTANCE_ID), Downstream: 1, WaitingDownstream: 1, Capped: false },
      ]);
      expect(answer.Data.Union).toEqual({ Downstream: 1, WaitingDownstream: 1, Capped: false });
      const fromStart = expectWireShape(zDownstreamAnswer, await engine.call("CountInstanceDownstream", { InstanceIds: ids.start }));
      // ods has finished; dwd runs and dws waits.
      expect(fromStart.Data.Union).toEqual({ Downstream: 3, WaitingDownstream: 2, Capped: false });
    });

    it("refuses more than 1,000 IDs, and unknown instances", async () => {
      const tooMany = Array.from({ length: 1_001 }, (_, index) => String(11_000_000_001 + index)).join(",");
      const error = await engine.fail("CountInstanceDownstream", { InstanceIds: tooMany });
      expect(error.code).toBe("InvalidParameter");
      expect(error.message).toContain("InstanceIds");
      expect((await engine.fail("CountInstanceDownstream", { InstanceIds: `${ids.ods},42` })).code).toBe("Invalid.Instance.NotExists");
    });
  });
});
