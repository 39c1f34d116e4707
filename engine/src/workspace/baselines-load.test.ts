import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/databases";
import { deployWorkspace } from "./deploy";
import type { WorkspaceIssue } from "./errors";
import { loadWorkspace, tryLoadWorkspace } from "./load";
import { MINIMAL_WORKSPACE_YAML, removeWorkspaceFolder, writeWorkspaceFolder } from "./test-folders";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) removeWorkspaceFolder(folder);
});

const NODES = `nodes:
  - name: start
    type: VIRTUAL
    cron: "00 00 00 * * ?"
  - name: report
    type: SHELL
    command: echo report
    cron: "00 00 05 * * ?"
    parents: [start]
  - name: hourly_sum
    type: SHELL
    command: echo sum
    cron: "00 30 00-23/1 * * ?"
    parents: [start]
    baseline: live_hourly
`;

function folderWith(baselines: string, nodes = NODES): string {
  const folder = writeWorkspaceFolder({ "workspace.yaml": MINIMAL_WORKSPACE_YAML, "nodes/all.yaml": nodes, "baselines.yaml": baselines });
  folders.push(folder);
  return folder;
}

async function issuesOf(baselines: string, nodes?: string): Promise<Pick<WorkspaceIssue, "file" | "line" | "field" | "message">[]> {
  const result = await tryLoadWorkspace(folderWith(baselines, nodes));
  expect(result.ok).toBe(false);
  return result.issues;
}

const VALID = `baselines:
  - name: morning_report
    owner: [alice, carol]
    priority: 8
    type: DAILY
    commitTime: "06:30"
    alertMargin: 30
    nodes: [report]
  - name: live_hourly
    type: HOURLY
    commitTime: "00:50"
    alertMargin: 10
`;

describe("baselines.yaml", () => {
  it("resolves owners, commitments per cycle and nodes, including a node's own baseline key", async () => {
    const definition = await loadWorkspace(folderWith(VALID));
    expect(definition.baselines).toEqual([
      expect.objectContaining({ name: "morning_report", owners: ["alice", "carol"], priority: 8, type: "DAILY", slaDetail: { "1": "06:30" }, alertMarginMinutes: 30, nodes: ["report"], file: "baselines.yaml", line: 2 }),
      expect.objectContaining({ name: "live_hourly", owners: ["alice"], priority: 1, type: "HOURLY", nodes: ["hourly_sum"], line: 9 }),
    ]);
    const hourly = definition.baselines?.[1]?.slaDetail ?? {};
    expect(Object.keys(hourly)).toHaveLength(24);
    expect([hourly["1"], hourly["24"]]).toEqual(["00:50", "23:50"]);
  });

  it("names file, line and field for shape errors, with a hint on a misspelt key", async () => {
    const issues = await issuesOf(`baselines:
  - name: morning_report
    type: WEEKLY
    commitTime: "6.30"
    alertMargin: -5
    priority: 2
    nodez: [report]
`);
    expect(issues).toEqual([
      { file: "baselines.yaml", line: 2, field: "baselines[0]", message: 'unknown key' },
      { file: "baselines.yaml", line: 3, field: "baselines[0].type", message: "must be DAILY or HOURLY" },
      { file: "baselines.yaml", line: 4, field: "baselines[0].commitTime", message: 'must be "hh:mm" with hh 0–47 and mm 00–59' },
      { file: "baselines.yaml", line: 5, field: "baselines[0].alertMargin", message: "must be 0–1440 minutes" },
      { file: "baselines.yaml", line: 6, field: "baselines[0].priority", message: "must be one of 1, 3, 5, 7, 8" },
    ].map((issue, index) => (index === 0 ? { ...issue, line: 7, field: "baselines[0].nodez", message: 'unknown key (did you mean "nodes"?)' } : issue)).sort((a, b) => a.line - b.line));
  });

  it("checks commitments per type, unknown and shared nodes, duplicate names and the nodes' baseline key", async () => {
    const issues = await issuesOf(
      `baselines:
  - name: a_daily
    type: DAILY
    alertMargin: 10
    nodes: [report, missing_node]
  - name: a_daily
    type: HOURLY
    commitTime: "00:10"
    commitTimes: { "1": "00:10" }
    alertMargin: 10
    nodes: [report]
`,
      NODES.replace("baseline: live_hourly", "baseline: nowhere"),
    );
    expect(issues.map((issue) => `${issue.file}:${issue.line} ${issue.field}: ${issue.message}`)).toEqual([
      "baselines.yaml:2 baselines[0].commitTime: required for a DAILY baseline",
      'baselines.yaml:5 baselines[0].nodes[1]: unknown node "missing_node"',
      'baselines.yaml:6 baselines[1].name: duplicate baseline name "a_daily" (first declared at line 2)',
      "baselines.yaml:8 baselines[1].commitTime: an HOURLY baseline needs exactly one of commitTime (first cycle, then hourly) or commitTimes (per cycle)",
      'baselines.yaml:11 baselines[1].nodes[0]: node "report" is already in baseline "a_daily": a node belongs to at most one baseline',
      'nodes/all.yaml:10 baseline: unknown baseline "nowhere" (declare it in baselines.yaml)',
    ]);
  });

  it("deploys baselines and links their nodes in the deploy's transaction; a second deploy changes nothing", async () => {
    const db = await createTestDatabase("sqlite");
    try {
      const definition = await loadWorkspace(folderWith(VALID));
      await deployWorkspace(db, definition, { operator: "test", now: 1_000 });
      const rows = await db.prisma.baseline.findMany({ orderBy: { id: "asc" } });
      expect(rows.map((row) => [row.name, row.owner, row.baselineType, row.alertMarginMinutes, Number(row.modifiedAt)])).toEqual([
        ["morning_report", "alice,carol", "DAILY", 30, 1_000],
        ["live_hourly", "alice", "HOURLY", 10, 1_000],
      ]);
      const linked = await db.prisma.node.findMany({ where: { baselineId: { not: null } }, orderBy: { name: "asc" } });
      expect(linked.map((node) => [node.name, node.baselineId])).toEqual([
        ["hourly_sum", rows[1]?.id],
        ["report", rows[0]?.id],
      ]);
      await deployWorkspace(db, definition, { operator: "test", now: 2_000 });
      expect((await db.prisma.baseline.findMany()).map((row) => Number(row.modifiedAt))).toEqual([1_000, 1_000]);
      // Dropping a baseline soft-deletes it and unlinks its nodes.
      const smaller = await loadWorkspace(folderWith(VALID.split("  - name: live_hourly")[0] ?? "", NODES.replace("    baseline: live_hourly\n", "")));
      await deployWorkspace(db, smaller, { operator: "test", now: 3_000 });
      expect((await db.prisma.baseline.findMany({ where: { isDeleted: true } })).map((row) => row.name)).toEqual(["live_hourly"]);
      expect(await db.prisma.node.count({ where: { baselineId: { not: null } } })).toBe(1);
    } finally {
      await db.drop();
    }
  });
});
