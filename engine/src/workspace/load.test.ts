import { afterEach, describe, expect, it } from "vitest";
import { WorkspaceValidationError, type WorkspaceIssue } from "./errors";
import { loadWorkspace, tryLoadWorkspace } from "./load";
import { MINIMAL_WORKSPACE_YAML, removeWorkspaceFolder, writeWorkspaceFolder } from "./test-folders";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) removeWorkspaceFolder(folder);
});

function folderWith(files: Record<string, string>): string {
  const folder = writeWorkspaceFolder({ "workspace.yaml": MINIMAL_WORKSPACE_YAML, ...files });
  folders.push(folder);
  return folder;
}

async function issuesOf(files: Record<string, string>): Promise<WorkspaceIssue[]> {
  const result = await tryLoadWorkspace(folderWith(files));
  expect(result.ok).toBe(false);
  return result.issues;
}

const START_NODE = `  - name: start
    type: VIRTUAL
    cron: "00 00 00 * * ?"
`;

describe("loadWorkspace", () => {
  it("applies workspace defaults to nodes and keeps where each node was written", async () => {
    const folder = folderWith({
      "workspace.yaml": `${MINIMAL_WORKSPACE_YAML}defaults:
  owner: bob
  priority: 5
  autoRerunInterval: 30
  timeout: 600
`,
      "nodes/ods/orders.yaml": `business: orders
nodes:
${START_NODE}  - name: ods_orders
    type: SHELL
    command: echo "reading ds=\${bizdate}"
    cron: "00 10 00 * * ?"
    parents: [start]
    parameters:
      region: cn
      table: ods_orders
  - name: ads_report
    type: ODPS_SQL
    command: echo report
    cron: "00 00 06 * * ?"
    owner: carol
    priority: 8
    resourceGroup: rg_report
    business: reports
    rerunMode: ALL_DENIED
    autoRerunTimes: 0
    parents: [ods_orders]
    outputs:
      - name: shop_dw.ads_report
        table: ads_report_1d
`,
    });

    const definition = await loadWorkspace(folder);

    expect(definition).toMatchObject({ identifier: "shop_dw", timezone: "Asia/Shanghai", owner: "alice", description: "" });
    expect(definition.resourceGroups.map((group) => [group.identifier, group.name, group.slots, group.isDefault])).toEqual([
      ["rg_etl", "ETL", 4, true],
      ["rg_report", "rg_report", 2, false],
    ]);
    const [start, orders, report] = definition.nodes;
    expect(start).toMatchObject({ name: "start", programType: "VIRTUAL", fileType: 99, command: "", parents: [], file: "nodes/ods/orders.yaml", line: 3 });
    expect(orders).toMatchObject({
      name: "ods_orders",
      programType: "SHELL",
      fileType: 6,
      owner: "bob",
      priority: 5,
      resourceGroup: "rg_etl",
      schedulerType: "NORMAL",
      rerunMode: "ALL_ALLOWED",
      autoRerunTimes: 3,
      autoRerunIntervalMs: 30_000,
      timeoutSeconds: 600,
      paramValues: "region=cn table=ods_orders",
      parents: ["start"],
      outputs: [{ name: "shop_dw.ods_orders_out", table: "" }],
      business: "orders",
      line: 6,
    });
    expect(report).toMatchObject({
      fileType: 10,
      owner: "carol",
      priority: 8,
      resourceGroup: "rg_report",
      business: "reports",
      rerunMode: "ALL_DENIED",
      autoRerunTimes: 0,
      outputs: [{ name: "shop_dw.ads_report", table: "ads_report_1d" }],
      line: 14,
    });
  });

  it("gives a MANUAL node without a cron DataWorks' daily default", async () => {
    const definition = await loadWorkspace(
      folderWith({ "nodes/ops.yaml": `nodes:\n  - name: reprocess\n    type: SHELL\n    command: echo hi\n    schedulerType: MANUAL\n` }),
    );
    expect(definition.nodes[0]).toMatchObject({ schedulerType: "MANUAL", cron: "00 00 00 * * ?" });
  });

  it("throws an error whose message lists every issue as file:line field: message", async () => {
    const folder = folderWith({
      "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    command: echo\n    cron: "00 00 25 * * ?"\n    priority: 4\n`,
    });
    const error = await loadWorkspace(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkspaceValidationError);
    const issues = (error as WorkspaceValidationError).issues;
    expect(issues).toHaveLength(2);
    expect((error as Error).message).toContain("nodes/a.yaml:5 nodes[0].cron: invalid cron");
    expect((error as Error).message).toContain("nodes/a.yaml:6 nodes[0].priority: must be one of 1, 3, 5, 7, 8");
  });
});

describe("workspace validation", () => {
  it("reports malformed YAML at the parser's line", async () => {
    const issues = await issuesOf({ "nodes/broken.yaml": `nodes:\n  - name: a\n    type: SHELL\n    command: "unterminated\n` });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "nodes/broken.yaml", field: "" });
    expect(issues[0]?.message).toMatch(/^YAML syntax:/);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it("reports a key written twice in one mapping as a YAML error", async () => {
    const issues = await issuesOf({ "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    name: b\n` });
    expect(issues[0]).toMatchObject({ file: "nodes/a.yaml", line: 4 });
    expect(issues[0]?.message).toMatch(/unique/i);
  });

  it("reports unknown keys at their own line with a suggestion", async () => {
    const issues = await issuesOf({
      "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    comand: echo hi\n    cron: "00 00 00 * * ?"\n    colour: red\n`,
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { file: "nodes/a.yaml", line: 4, field: "nodes[0].comand", message: 'unknown key (did you mean "command"?)' },
        { file: "nodes/a.yaml", line: 6, field: "nodes[0].colour", message: "unknown key" },
      ]),
    );
  });

  it("reports wrong types and missing required fields in workspace.yaml", async () => {
    const issues = await issuesOf({
      "workspace.yaml": `identifier: Shop-DW\ntimezone: Asia/Shanghai\nowner: alice\nresourceGroups:\n  - identifier: rg_etl\n    slots: "four"\n    default: true\n  - identifier: rg_big\n    slots: 300\n`,
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "workspace.yaml", line: 1, field: "identifier" }),
        expect.objectContaining({ file: "workspace.yaml", line: 1, field: "name", message: "required" }),
        expect.objectContaining({ file: "workspace.yaml", line: 6, field: "resourceGroups[0].slots" }),
        expect.objectContaining({ file: "workspace.yaml", line: 9, field: "resourceGroups[1].slots", message: "must be 1–256" }),
      ]),
    );
  });

  it("reports a node missing its type and a SHELL node missing its command", async () => {
    const issues = await issuesOf({ "nodes/a.yaml": `nodes:\n  - name: a\n    cron: "00 00 00 * * ?"\n  - name: b\n    type: SHELL\n    cron: "00 00 00 * * ?"\n` });
    expect(issues).toEqual([
      { file: "nodes/a.yaml", line: 2, field: "nodes[0].type", message: "required" },
      { file: "nodes/a.yaml", line: 4, field: "nodes[1].command", message: "required for a SHELL node" },
    ]);
  });

  it("names the cron field that is wrong", async () => {
    const issues = await issuesOf({ "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    command: echo\n    cron: "00 61 00 * * ?"\n` });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 5, field: "nodes[0].cron" });
    expect(issues[0]?.message).toMatch(/minute/);
  });

  it("requires a cron on scheduled nodes", async () => {
    const issues = await issuesOf({ "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    command: echo\n` });
    expect(issues).toEqual([{ file: "nodes/a.yaml", line: 2, field: "nodes[0].cron", message: "required (only MANUAL nodes may leave it out)" }]);
  });

  it("rejects an unknown time zone", async () => {
    const issues = await issuesOf({ "workspace.yaml": MINIMAL_WORKSPACE_YAML.replace("Asia/Shanghai", "Asia/Atlantis") });
    expect(issues).toEqual([expect.objectContaining({ file: "workspace.yaml", line: 3, field: "timezone" })]);
    expect(issues[0]?.message).toContain("Asia/Atlantis");
  });

  it("rejects a resource group that the workspace does not declare", async () => {
    const issues = await issuesOf({
      "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    command: echo\n    cron: "00 00 00 * * ?"\n    resourceGroup: rg_gpu\n`,
    });
    expect(issues).toEqual([
      { file: "nodes/a.yaml", line: 6, field: "nodes[0].resourceGroup", message: 'unknown resource group "rg_gpu" (declared: rg_etl, rg_report)' },
    ]);
  });

  it("rejects a defaults resource group that is not declared", async () => {
    const issues = await issuesOf({ "workspace.yaml": `${MINIMAL_WORKSPACE_YAML}defaults:\n  resourceGroup: rg_none\n` });
    expect(issues).toEqual([expect.objectContaining({ line: 13, field: "defaults.resourceGroup" })]);
  });

  it("rejects priorities outside 1/3/5/7/8", async () => {
    const issues = await issuesOf({ "nodes/a.yaml": `nodes:\n  - name: a\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n    priority: 2\n` });
    expect(issues).toEqual([{ file: "nodes/a.yaml", line: 5, field: "nodes[0].priority", message: "must be one of 1, 3, 5, 7, 8" }]);
  });

  it("reports a duplicate node name at both of its locations", async () => {
    const issues = await issuesOf({
      "nodes/a.yaml": `nodes:\n${START_NODE}`,
      "nodes/b.yaml": `nodes:\n  - name: other\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n${START_NODE}`,
    });
    expect(issues).toEqual([
      { file: "nodes/a.yaml", line: 2, field: "nodes[0].name", message: 'duplicate node name "start" (also defined at nodes/b.yaml:5)' },
      { file: "nodes/b.yaml", line: 5, field: "nodes[1].name", message: 'duplicate node name "start" (also defined at nodes/a.yaml:2)' },
    ]);
  });

  it("reports unknown parents and a node that depends on itself", async () => {
    const issues = await issuesOf({
      "nodes/a.yaml": `nodes:\n${START_NODE}  - name: a\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n    parents:\n      - start\n      - missing_node\n      - a\n`,
    });
    expect(issues).toEqual([
      { file: "nodes/a.yaml", line: 10, field: "nodes[1].parents[1]", message: 'unknown parent node "missing_node"' },
      { file: "nodes/a.yaml", line: 11, field: "nodes[1].parents[2]", message: 'a node cannot depend on itself ("a")' },
    ]);
  });

  it("names the path of a dependency cycle", async () => {
    const node = (name: string, parent: string) => `  - name: ${name}\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n    parents: [${parent}]\n`;
    const issues = await issuesOf({ "nodes/a.yaml": `nodes:\n${node("c", "b")}${node("a", "c")}${node("b", "a")}` });
    expect(issues).toEqual([{ file: "nodes/a.yaml", line: 9, field: "nodes[1].parents", message: "dependency cycle: a → b → c → a" }]);
  });

  it("does not report a parent as unknown when that parent is itself invalid", async () => {
    const issues = await issuesOf({
      "nodes/a.yaml": `nodes:\n  - name: broken\n    type: NOPE\n    cron: "00 00 00 * * ?"\n  - name: child\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n    parents: [broken]\n`,
    });
    expect(issues.map((issue) => issue.field)).toEqual(["nodes[0].type"]);
  });

  it("refuses a command on a VIRTUAL node", async () => {
    const issues = await issuesOf({ "nodes/a.yaml": `nodes:\n  - name: a\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n    command: echo\n` });
    expect(issues).toEqual([
      { file: "nodes/a.yaml", line: 5, field: "nodes[0].command", message: "a VIRTUAL node runs nothing: remove the command or change the type" },
    ]);
  });

  it("refuses oversized commands and names", async () => {
    const longName = `n${"x".repeat(128)}`;
    const issues = await issuesOf({
      "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    cron: "00 00 00 * * ?"\n    command: "${"e".repeat(64 * 1024 + 1)}"\n  - name: ${longName}\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n`,
    });
    expect(issues).toEqual([
      { file: "nodes/a.yaml", line: 5, field: "nodes[0].command", message: "too large: 65537 bytes, at most 65536 (64 KiB)" },
      { file: "nodes/a.yaml", line: 6, field: "nodes[1].name", message: "at most 128 characters" },
    ]);
  });

  it("refuses a file larger than 5 MiB without parsing it", async () => {
    const issues = await issuesOf({ "nodes/huge.yaml": `nodes: []\n# ${"x".repeat(5 * 1024 * 1024)}\n` });
    expect(issues).toEqual([{ file: "nodes/huge.yaml", line: 1, field: "", message: expect.stringMatching(/^file too large: \d+ bytes, at most 5242880/) }]);
  });

  it("refuses more than 10,000 nodes", async () => {
    const entries = Array.from({ length: 10_001 }, (_, index) => `  - { name: n${index}, type: VIRTUAL, cron: "00 00 00 * * ?" }\n`);
    const issues = await issuesOf({ "nodes/many.yaml": `nodes:\n${entries.join("")}` });
    expect(issues).toEqual([
      { file: "nodes/many.yaml", line: 10_002, field: "nodes[10000]", message: "too many nodes: 10001, a workspace holds at most 10000" },
    ]);
  });

  it("requires exactly one default resource group", async () => {
    const none = await issuesOf({ "workspace.yaml": MINIMAL_WORKSPACE_YAML.replace("    default: true\n", "") });
    expect(none).toEqual([
      { file: "workspace.yaml", line: 5, field: "resourceGroups", message: "no default resource group: mark exactly one with `default: true`" },
    ]);
    const two = await issuesOf({ "workspace.yaml": `${MINIMAL_WORKSPACE_YAML}    default: true\n` });
    expect(two).toEqual([
      { file: "workspace.yaml", line: 12, field: "resourceGroups[1].default", message: "more than one default resource group: mark exactly one" },
    ]);
  });

  it("reports outputs that two nodes both claim", async () => {
    const issues = await issuesOf({
      "nodes/a.yaml": `nodes:\n${START_NODE}  - name: other\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n    outputs:\n      - name: shop_dw.start_out\n`,
    });
    expect(issues).toEqual([
      expect.objectContaining({ line: 9, field: "nodes[1].outputs[0].name", message: expect.stringContaining('already produced by node "start"') }),
    ]);
  });

  it("reports every issue of every file at once", async () => {
    const issues = await issuesOf({
      "workspace.yaml": MINIMAL_WORKSPACE_YAML.replace("Asia/Shanghai", "Mars/Olympus"),
      "nodes/a.yaml": `nodes:\n  - name: a\n    type: SHELL\n    cron: "bad"\n    priorty: 3\n`,
      "nodes/b.yaml": `nodes:\n  - name: b\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n    parents: [ghost]\n`,
      "nodes/c.yml": `nodes: []\n`,
    });
    expect(issues.map((issue) => `${issue.file}:${issue.line} ${issue.field}`)).toEqual([
      "nodes/a.yaml:2 nodes[0].command",
      "nodes/a.yaml:4 nodes[0].cron",
      "nodes/a.yaml:5 nodes[0].priorty",
      "nodes/b.yaml:5 nodes[0].parents[0]",
      "nodes/c.yml:1 ",
      "workspace.yaml:3 timezone",
    ]);
  });

  it("explains the expected shape of a node file that is empty or a bare list", async () => {
    const issues = await issuesOf({ "nodes/empty.yaml": "", "nodes/list.yaml": `- name: a\n  type: VIRTUAL\n` });
    const message = "a node file is a mapping with a `nodes:` list (and optionally `business:`)";
    expect(issues).toEqual([
      { file: "nodes/empty.yaml", line: 1, field: "", message },
      { file: "nodes/list.yaml", line: 1, field: "", message },
    ]);
  });

  it("reports a folder without workspace.yaml", async () => {
    const folder = writeWorkspaceFolder({ "nodes/a.yaml": `nodes: []\n` });
    folders.push(folder);
    const result = await tryLoadWorkspace(folder);
    expect(result.issues).toEqual([{ file: "workspace.yaml", line: 1, field: "", message: "file not found: a workspace folder needs one" }]);
  });
});
