import path from "node:path";
import { describe, expect, it } from "vitest";
import { cycleTypeOf, parseCron } from "../schedule/cron";
import { createTestDatabase } from "../testing/databases";
import type { NodeDefinition } from "./definition";
import { deployWorkspace } from "./deploy";
import { loadWorkspace } from "./load";

const DEMO_DIR = path.resolve(import.meta.dirname, "../../workspaces/demo");

const cycleOf = (node: NodeDefinition) => cycleTypeOf(parseCron(node.cron));
const sleepSecondsOf = (node: NodeDefinition) => [...node.command.matchAll(/\bsleep (\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);

describe("the demo workspace", async () => {
  const demo = await loadWorkspace(DEMO_DIR);
  const byName = new Map(demo.nodes.map((node) => [node.name, node]));

  it("is a valid Asia/Shanghai workspace of about 150 nodes with a VIRTUAL root", () => {
    expect(demo).toMatchObject({ identifier: "demo_shop", timezone: "Asia/Shanghai" });
    expect(demo.nodes.length).toBeGreaterThanOrEqual(140);
    expect(byName.get("demo_start")).toMatchObject({ programType: "VIRTUAL", parents: [] });
  });

  it("has resource groups small enough that instances queue for them", () => {
    expect(demo.resourceGroups.length).toBeGreaterThanOrEqual(2);
    expect(demo.resourceGroups.find((group) => group.isDefault)).toMatchObject({ identifier: "rg_etl", slots: 4 });
    expect(demo.resourceGroups.find((group) => group.identifier === "rg_report")?.slots).toBe(2);
    for (const group of demo.resourceGroups) {
      expect(demo.nodes.filter((node) => node.resourceGroup === group.identifier).length).toBeGreaterThan(group.slots * 4);
    }
  });

  it("mixes hourly, daily, weekly and monthly nodes, with only a handful hourly", () => {
    const counts = new Map<string, number>();
    for (const node of demo.nodes.filter((entry) => entry.schedulerType !== "MANUAL")) counts.set(cycleOf(node), (counts.get(cycleOf(node)) ?? 0) + 1);
    expect(counts.get("HOUR")).toBeGreaterThanOrEqual(3);
    expect(counts.get("HOUR")).toBeLessThanOrEqual(8);
    expect(counts.get("DAY")).toBeGreaterThanOrEqual(100);
    expect(counts.get("WEEK")).toBeGreaterThanOrEqual(1);
    expect(counts.get("MONTH")).toBeGreaterThanOrEqual(1);
    expect(counts.has("MINUTE")).toBe(false);
  });

  it("spreads the daily nodes over the early morning", () => {
    const hours = demo.nodes.filter((node) => cycleOf(node) === "DAY").map((node) => parseCron(node.cron).hours[0] ?? -1);
    expect(Math.min(...hours)).toBe(0);
    expect(Math.max(...hours)).toBeLessThanOrEqual(6);
    expect(new Set(hours).size).toBeGreaterThanOrEqual(6);
  });

  it("has a frozen, a dry-run and a manual node", () => {
    expect(demo.nodes.filter((node) => node.schedulerType === "PAUSE")).toHaveLength(1);
    expect(demo.nodes.filter((node) => node.schedulerType === "SKIP")).toHaveLength(1);
    expect(byName.get("ops_manual_reprocess")?.schedulerType).toBe("MANUAL");
  });

  it("has one node that may never be rerun and one that may be rerun only after a failure", () => {
    expect(demo.nodes.filter((node) => node.rerunMode === "ALL_DENIED")).toHaveLength(1);
    expect(demo.nodes.filter((node) => node.rerunMode === "FAILURE_ALLOWED")).toHaveLength(1);
  });

  it("has two or three flaky nodes that fail about one run in three and rerun three times", () => {
    const flaky = demo.nodes.filter((node) => node.command.includes("RANDOM % 3 == 0"));
    expect(flaky.length).toBeGreaterThanOrEqual(2);
    expect(flaky.length).toBeLessThanOrEqual(3);
    for (const node of flaky) {
      expect(node).toMatchObject({ autoRerunTimes: 3, autoRerunIntervalMs: 30_000 });
      expect(node.command).toMatch(/exit 1/);
    }
  });

  it("has ods_legacy_crm_sync, whose scheduled run and automatic rerun fail with a clear message on stderr, and nodes waiting on it", () => {
    const legacy = byName.get("ods_legacy_crm_sync");
    expect(legacy).toMatchObject({ programType: "SHELL", autoRerunTimes: 1 });
    expect(legacy?.command).toMatch(/ERROR .*>&2/);
    // Attempts 1 and 2 fail; the third (an operator's rerun) succeeds: the baselines journey depends on it.
    expect(legacy?.command).toMatch(/NIGHTSHIFT_ATTEMPT:-1\}" -le 2 \]; then[\s\S]*exit 1\s+fi/);
    expect(legacy?.command).not.toMatch(/RANDOM/);
    expect(demo.nodes.some((node) => node.parents.includes("ods_legacy_crm_sync"))).toBe(true);
  });

  it("runs light commands: builtins and coreutils only, 2 s to 2 min each, with scheduling parameters", () => {
    const allowed = new Set(["echo", "sleep", "printf", "date", "rows", "if", "fi", "then", "exit", "for", "do", "done", "#"]);
    for (const node of demo.nodes.filter((entry) => entry.programType !== "VIRTUAL")) {
      const seconds = sleepSecondsOf(node);
      expect(seconds, node.name).toBeGreaterThanOrEqual(2);
      expect(seconds, node.name).toBeLessThanOrEqual(120);
      expect(node.timeoutSeconds, node.name).toBeGreaterThan(seconds * 3);
      expect(node.command, node.name).toMatch(/\$\{bizdate\}|\$\{cyctime\}/);
      for (const line of node.command.split("\n").map((text) => text.trim()).filter(Boolean)) {
        const word = line.split(/[\s=(]/)[0] ?? "";
        expect(allowed.has(word), `${node.name}: ${line}`).toBe(true);
      }
    }
  });

  it("uses every owner and several business flows and priorities", () => {
    expect(new Set(demo.nodes.map((node) => node.owner))).toEqual(new Set(["alice", "bob", "carol", "dave", "erin"]));
    expect(new Set(demo.nodes.map((node) => node.business)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(demo.nodes.map((node) => node.priority))).toEqual(new Set([1, 3, 5, 7, 8]));
  });

  it("has baselines that show every status soon after a start: HOURLY ones over the live chain, DAILY ones over a failing and a late delivery", () => {
    const baselines = new Map((demo.baselines ?? []).map((baseline) => [baseline.name, baseline]));
    expect(baselines.get("live_gmv_hourly")).toMatchObject({ type: "HOURLY", nodes: ["dws_shop_gmv_1h"], alertMarginMinutes: 10 });
    expect(baselines.get("live_gmv_hourly")?.slaDetail["1"]).toBe("00:50");
    // Sessions land at about :20; a :25 commitment with a 10-minute margin is DANGROUS every hour.
    expect(baselines.get("live_traffic_hourly")).toMatchObject({ type: "HOURLY", nodes: ["dwd_traffic_session_hourly"], alertMarginMinutes: 10 });
    expect(baselines.get("live_traffic_hourly")?.slaDetail["1"]).toBe("00:25");
    // ods_legacy_crm_sync fails (until an operator reruns it) upstream of dws_member_ltv_1d: ERROR, then OVER.
    expect(baselines.get("crm_member_daily")).toMatchObject({ type: "DAILY", nodes: ["dws_member_ltv_1d"] });
    expect(baselines.get("finance_daily")).toMatchObject({ type: "DAILY", nodes: ["ads_finance_daily_report"], isDefault: true });
    for (const baseline of baselines.values()) for (const node of baseline.nodes) expect(byName.has(node), node).toBe(true);
  });

  it("deploys, and deploys again without changes", async () => {
    const db = await createTestDatabase("sqlite");
    try {
      const first = await deployWorkspace(db, demo, { operator: "nightshift", now: 1_000 });
      expect(first).toMatchObject({ nodesAdded: demo.nodes.length, resourceGroupsChanged: demo.resourceGroups.length });
      const edgeCount = demo.nodes.reduce((sum, node) => sum + node.parents.length, 0);
      expect(await db.prisma.nodeEdge.count()).toBe(edgeCount);

      const second = await deployWorkspace(db, demo, { operator: "nightshift", now: 2_000 });
      expect(second).toMatchObject({ nodesAdded: 0, nodesChanged: 0, nodesRemoved: 0, nodesUnchanged: demo.nodes.length, digest: first.digest });
      expect(await db.prisma.baseline.count({ where: { isDeleted: false } })).toBe(demo.baselines?.length);
      expect(await db.prisma.node.count({ where: { baselineId: { not: null } } })).toBe(demo.baselines?.reduce((sum, baseline) => sum + baseline.nodes.length, 0));
    } finally {
      await db.drop();
    }
  });
});
