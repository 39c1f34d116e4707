import { describe, expect, it } from "vitest";
import { CronSyntaxError } from "./cron";
import { matchCycles, planCycleInstances, planSubsetInstances, type InstancePlan, type PlanNode } from "./plan";

const at = (iso: string) => Date.parse(iso);
const SHANGHAI = "Asia/Shanghai";
const DAILY = "00 30 00 * * ?";
const HOURLY = "00 00 00-23/1 * * ?";
const EVEN_HOURS_8_TO_20 = "00 00 08-20/2 * * ?";
const MONDAY = "00 00 03 ? * 2";

function node(id: number, cronExpress: string, parentIds: number[] = [], schedulerType: PlanNode["schedulerType"] = "NORMAL"): PlanNode {
  return { id: BigInt(id), cronExpress, schedulerType, parentIds: parentIds.map(BigInt) };
}

/** Edges as readable "parentNode#inGroupId -> childNode#inGroupId" strings. */
function edgeLabels(plan: InstancePlan): string[] {
  const label = (index: number) => {
    const instance = plan.instances[index]!;
    return `${instance.nodeId}#${instance.inGroupId}`;
  };
  return plan.edges.map((edge) => `${label(edge.parentIndex)} -> ${label(edge.childIndex)}`);
}

const ofNode = (plan: InstancePlan, id: number) => plan.instances.filter((instance) => instance.nodeId === BigInt(id));

describe("planCycleInstances", () => {
  it("plans a daily node on the run date, the day after the bizdate", () => {
    const plan = planCycleInstances({ nodes: [node(1, DAILY)], bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(plan).toEqual({
      instances: [{ nodeId: 1n, cycTime: at("2026-05-26T00:30:00+08:00"), inGroupId: 1, taskType: "NORMAL" }],
      edges: [],
    });
  });

  it("numbers an hourly node's 24 cycles 1 to 24 in time order", () => {
    const instances = planCycleInstances({ nodes: [node(1, HOURLY)], bizdate: "2026-05-25", timezone: SHANGHAI }).instances;
    expect(instances.map((instance) => instance.inGroupId)).toEqual(Array.from({ length: 24 }, (_, index) => index + 1));
    expect(instances[0]!.cycTime).toBe(at("2026-05-26T00:00:00+08:00"));
    expect(instances[23]!.cycTime).toBe(at("2026-05-26T23:00:00+08:00"));
  });

  it("orders output by node order, then cycle time", () => {
    const plan = planCycleInstances({ nodes: [node(2, DAILY), node(1, "00 00 01,02 * * ?")], bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(plan.instances.map((instance) => `${instance.nodeId}#${instance.inGroupId}`)).toEqual(["2#1", "1#1", "1#2"]);
  });

  it("gives frozen nodes PAUSE instances and dry-run nodes SKIP instances", () => {
    const plan = planCycleInstances({
      nodes: [node(1, DAILY, [], "PAUSE"), node(2, DAILY, [], "SKIP"), node(3, DAILY, [], "NORMAL")],
      bizdate: "2026-05-25",
      timezone: SHANGHAI,
    });
    expect(plan.instances.map((instance) => instance.taskType)).toEqual(["PAUSE", "SKIP", "NORMAL"]);
  });

  it("gives MANUAL nodes no cycle instances and lets their children run without them", () => {
    const plan = planCycleInstances({
      nodes: [node(1, DAILY, [], "MANUAL"), node(2, DAILY, [1])],
      bizdate: "2026-05-25",
      timezone: SHANGHAI,
    });
    expect(plan.instances.map((instance) => instance.nodeId)).toEqual([2n]);
    expect(plan.edges).toEqual([]);
  });

  it("runs a weekly node on its weekday and gives it one SKIP_CYCLE instance on other days", () => {
    // Run date 2026-05-25 is a Monday; 2026-05-26 a Tuesday.
    const monday = planCycleInstances({ nodes: [node(1, MONDAY)], bizdate: "2026-05-24", timezone: SHANGHAI });
    expect(monday.instances).toEqual([{ nodeId: 1n, cycTime: at("2026-05-25T03:00:00+08:00"), inGroupId: 1, taskType: "NORMAL" }]);
    const tuesday = planCycleInstances({ nodes: [node(1, MONDAY)], bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(tuesday.instances).toEqual([{ nodeId: 1n, cycTime: at("2026-05-26T03:00:00+08:00"), inGroupId: 1, taskType: "SKIP_CYCLE" }]);
  });

  it("gives a frozen weekly node SKIP_CYCLE rather than PAUSE outside its cycle", () => {
    const tuesday = planCycleInstances({ nodes: [node(1, MONDAY, [], "PAUSE")], bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(tuesday.instances.map((instance) => instance.taskType)).toEqual(["SKIP_CYCLE"]);
  });

  it("gives an hourly weekday node one SKIP_CYCLE instance at its first hour on a weekend", () => {
    // Run date 2026-05-23 is a Saturday.
    const saturday = planCycleInstances({ nodes: [node(1, "00 00 08-20/2 ? * MON-FRI")], bizdate: "2026-05-22", timezone: SHANGHAI });
    expect(saturday.instances).toEqual([{ nodeId: 1n, cycTime: at("2026-05-23T08:00:00+08:00"), inGroupId: 1, taskType: "SKIP_CYCLE" }]);
  });

  it("keeps a daily child of a weekly node attached to the SKIP_CYCLE instance", () => {
    const plan = planCycleInstances({ nodes: [node(1, MONDAY), node(2, DAILY, [1])], bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(edgeLabels(plan)).toEqual(["1#1 -> 2#1"]);
  });

  it("gives a monthly node a SKIP_CYCLE instance except on its day", () => {
    const firstOfMonth = "00 00 03 1 * ?";
    const onTheFirst = planCycleInstances({ nodes: [node(1, firstOfMonth)], bizdate: "2026-05-31", timezone: SHANGHAI });
    const onTheSecond = planCycleInstances({ nodes: [node(1, firstOfMonth)], bizdate: "2026-06-01", timezone: SHANGHAI });
    expect(onTheFirst.instances[0]!.taskType).toBe("NORMAL");
    expect(onTheSecond.instances[0]!.taskType).toBe("SKIP_CYCLE");
  });

  describe("matches cycles of parent and child", () => {
    const plan = (nodes: PlanNode[]) => planCycleInstances({ nodes, bizdate: "2026-05-25", timezone: SHANGHAI });

    it("makes every hourly cycle wait for a daily parent's one instance", () => {
      const labels = edgeLabels(plan([node(1, DAILY), node(2, HOURLY, [1])]));
      expect(labels).toHaveLength(24);
      expect(labels[0]).toBe("1#1 -> 2#1");
      expect(labels[23]).toBe("1#1 -> 2#24");
    });

    it("makes a daily child wait for all 24 cycles of an hourly parent", () => {
      const labels = edgeLabels(plan([node(1, HOURLY), node(2, DAILY, [1])]));
      expect(labels).toEqual(Array.from({ length: 24 }, (_, index) => `1#${index + 1} -> 2#1`));
    });

    it("pairs hourly with hourly by cycle number", () => {
      const labels = edgeLabels(plan([node(1, HOURLY), node(2, HOURLY, [1])]));
      expect(labels).toEqual(Array.from({ length: 24 }, (_, index) => `1#${index + 1} -> 2#${index + 1}`));
    });

    it("pairs unequal cycle counts with the latest parent cycle not after the child's, or the first", () => {
      const labels = edgeLabels(plan([node(1, EVEN_HOURS_8_TO_20), node(2, HOURLY, [1])]));
      // Parent cycles: #1 08:00, #2 10:00 … #7 20:00. Child cycle #n runs at (n-1):00.
      expect(labels.slice(0, 9)).toEqual([
        "1#1 -> 2#1", "1#1 -> 2#2", "1#1 -> 2#3", "1#1 -> 2#4", "1#1 -> 2#5",
        "1#1 -> 2#6", "1#1 -> 2#7", "1#1 -> 2#8", "1#1 -> 2#9",
      ]);
      expect(labels.slice(9, 12)).toEqual(["1#1 -> 2#10", "1#2 -> 2#11", "1#2 -> 2#12"]);
      expect(labels.at(-1)).toBe("1#7 -> 2#24");
      expect(labels).toHaveLength(24);
    });

    it("ignores parents it does not know and a node naming itself as parent", () => {
      expect(plan([node(1, DAILY, [99, 1])]).edges).toEqual([]);
    });

    it("links a parent listed twice only once", () => {
      expect(edgeLabels(plan([node(1, DAILY), node(2, DAILY, [1, 1])]))).toEqual(["1#1 -> 2#1"]);
    });

    it("links a child that appears before its parent in the input", () => {
      expect(edgeLabels(plan([node(2, DAILY, [1]), node(1, DAILY)]))).toEqual(["1#1 -> 2#1"]);
    });
  });

  it("plans the DST-shortened New York day with 23 hourly cycles", () => {
    const plan = planCycleInstances({ nodes: [node(1, HOURLY)], bizdate: "2026-03-07", timezone: "America/New_York" });
    expect(plan.instances).toHaveLength(23);
    expect(plan.instances.at(-1)!.inGroupId).toBe(23);
  });

  it("rejects an invalid cron expression with the parser's error", () => {
    expect(() => planCycleInstances({ nodes: [node(1, "00 00 25 * * ?")], bizdate: "2026-05-25", timezone: SHANGHAI })).toThrow(CronSyntaxError);
  });

  it("rejects the same node given twice", () => {
    expect(() => planCycleInstances({ nodes: [node(1, DAILY), node(1, DAILY)], bizdate: "2026-05-25", timezone: SHANGHAI })).toThrow(RangeError);
  });

  it("plans 100,000 instances for 4,000 hourly and 4,000 daily nodes", () => {
    const count = 4000;
    const nodes: PlanNode[] = [];
    for (let index = 0; index < count; index++) nodes.push(node(index + 1, HOURLY, index === 0 ? [] : [index]));
    for (let index = 0; index < count; index++) {
      const tree = index === 0 ? [] : [count + 1 + Math.floor((index - 1) / 2)];
      nodes.push(node(count + 1 + index, DAILY, [index + 1, ...tree]));
    }
    const plan = planCycleInstances({ nodes, bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(plan.instances).toHaveLength(count * 24 + count);
    // Hourly chain pairs cycles, each daily node waits for its hourly node's 24 cycles and its tree parent.
    expect(plan.edges).toHaveLength((count - 1) * 24 + count * 24 + (count - 1));
  });
});

describe("planSubsetInstances", () => {
  const nodes = [node(1, DAILY), node(2, DAILY, [1]), node(3, DAILY, [2]), node(4, DAILY, [3])];

  it("plans only the included nodes, with edges among them only", () => {
    const plan = planSubsetInstances({ nodes, includeIds: [2n, 3n], excludeIds: [], bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(plan.instances.map((instance) => instance.nodeId)).toEqual([2n, 3n]);
    expect(edgeLabels(plan)).toEqual(["2#1 -> 3#1"]);
  });

  it("turns excluded nodes into dry runs that still keep the order", () => {
    const plan = planSubsetInstances({ nodes, includeIds: [2n, 3n, 4n], excludeIds: [3n], bizdate: "2026-05-25", timezone: SHANGHAI });
    expect(plan.instances.map((instance) => `${instance.nodeId}:${instance.taskType}`)).toEqual(["2:NORMAL", "3:SKIP", "4:NORMAL"]);
    expect(edgeLabels(plan)).toEqual(["2#1 -> 3#1", "3#1 -> 4#1"]);
  });

  it("runs a MANUAL node that is asked for, as a MANUAL instance", () => {
    const plan = planSubsetInstances({
      nodes: [node(1, DAILY, [], "MANUAL"), node(2, DAILY, [1])],
      includeIds: [1n, 2n],
      excludeIds: [],
      bizdate: "2026-05-25",
      timezone: SHANGHAI,
    });
    expect(plan.instances.map((instance) => instance.taskType)).toEqual(["MANUAL", "NORMAL"]);
    expect(edgeLabels(plan)).toEqual(["1#1 -> 2#1"]);
  });

  it("keeps only the hourly cycles inside the window, with their full-day numbers", () => {
    const plan = planSubsetInstances({
      nodes: [node(1, HOURLY), node(2, HOURLY, [1]), node(3, DAILY, [2])],
      includeIds: [1n, 2n, 3n],
      excludeIds: [],
      bizdate: "2026-05-25",
      timezone: SHANGHAI,
      window: { begin: "01:00:00", end: "03:00:00" },
    });
    expect(ofNode(plan, 1).map((instance) => instance.inGroupId)).toEqual([2, 3, 4]);
    expect(ofNode(plan, 2).map((instance) => instance.inGroupId)).toEqual([2, 3, 4]);
    expect(ofNode(plan, 3)).toHaveLength(1);
    expect(edgeLabels(plan)).toEqual(["1#2 -> 2#2", "1#3 -> 2#3", "1#4 -> 2#4", "2#2 -> 3#1", "2#3 -> 3#1", "2#4 -> 3#1"]);
  });

  it("treats both window ends as inclusive, to the second", () => {
    const plan = (end: string) =>
      planSubsetInstances({ nodes: [node(1, HOURLY)], includeIds: [1n], excludeIds: [], bizdate: "2026-05-25", timezone: SHANGHAI, window: { begin: "00:00:00", end } });
    expect(plan("01:59:59").instances).toHaveLength(2);
    expect(plan("02:00:00").instances).toHaveLength(3);
  });

  it("does not apply the window to a daily node", () => {
    const plan = planSubsetInstances({
      nodes: [node(1, DAILY)], includeIds: [1n], excludeIds: [], bizdate: "2026-05-25", timezone: SHANGHAI,
      window: { begin: "05:00:00", end: "06:00:00" },
    });
    expect(plan.instances).toHaveLength(1);
  });

  it("refuses a malformed or reversed window", () => {
    const plan = (window: { begin: string; end: string }) => () =>
      planSubsetInstances({ nodes: [node(1, HOURLY)], includeIds: [1n], excludeIds: [], bizdate: "2026-05-25", timezone: SHANGHAI, window });
    expect(plan({ begin: "24:00:00", end: "24:00:00" })).toThrow(RangeError);
    expect(plan({ begin: "1:00", end: "02:00:00" })).toThrow('Expected a time "HH:mm:ss"');
    expect(plan({ begin: "05:00:00", end: "04:00:00" })).toThrow("after it ends");
  });
});

describe("matchCycles", () => {
  const pairs = (parents: number[], children: number[]) => {
    const found: [number, number][] = [];
    matchCycles(parents, children, (parent, child) => found.push([parent, child]));
    return found;
  };

  it("matches nothing when either side has no cycle", () => {
    expect(pairs([], [1, 2])).toEqual([]);
    expect(pairs([1], [])).toEqual([]);
  });

  it("falls back to the first parent cycle for children earlier than every parent", () => {
    expect(pairs([10, 20, 30], [5, 25])).toEqual([[0, 0], [1, 1]]);
    expect(pairs([10, 20, 30], [5, 20, 25, 40])).toEqual([[0, 0], [1, 1], [1, 2], [2, 3]]);
  });
});
