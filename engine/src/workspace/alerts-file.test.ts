import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { reportRefusedDeploy } from "./alerts-deploy";
import { deployWorkspace } from "./deploy";
import { tryLoadWorkspace } from "./load";
import { MINIMAL_WORKSPACE_YAML, removeWorkspaceFolder, writeWorkspaceFolder } from "./test-folders";

const NODES_YAML = `business: trade
nodes:
  - name: shop_start
    type: VIRTUAL
    cron: "00 00 00 * * ?"
  - name: ods_orders
    type: SHELL
    cron: "00 10 00 * * ?"
    command: echo orders
    parents: [shop_start]
  - name: stray_export
    type: SHELL
    cron: "00 20 00 * * ?"
    command: echo stray
`;

const ALERTS_YAML = `channels:
  - name: ops-slack
    url: http://127.0.0.1:9/slack
    format: slack
    secretEnv: OPS_SLACK_SECRET
    everyAlert: true
  - name: ops-mail
    email: ops@example.com
contacts:
  - user: alice
    email: alice@example.com
    webhook: ops-slack
reminds:
  - name: orders failed
    type: ERROR
    unit: NODE
    nodes: [ods_orders]
  - name: orders late
    type: UNFINISHED
    unit: BIZPROCESS
    business: [trade]
    deadline: "26:30"
    receivers: [alice, bob]
    methods: [MAIL, WEBHOOK]
    webhooks: [ops-mail]
    dndStart: "23:00"
    dndEnd: "07:00"
    maxPerDay: 2
`;

const NOW = Date.UTC(2024, 4, 27, 2, 30);

describe("alerts.yaml", () => {
  const folders: string[] = [];
  let database: TestDatabase;
  const folder = (files: Record<string, string>) => {
    const directory = writeWorkspaceFolder({ "workspace.yaml": MINIMAL_WORKSPACE_YAML, "nodes/trade.yaml": NODES_YAML, ...files });
    folders.push(directory);
    return directory;
  };

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
  });
  afterAll(async () => {
    folders.forEach(removeWorkspaceFolder);
    await database?.drop();
  });

  it("loads the demo workspace's alerts", async () => {
    const result = await tryLoadWorkspace(path.resolve(import.meta.dirname, "../../workspaces/demo"));
    expect(result.issues).toEqual([]);
    expect(result.definition?.alerts?.reminds.map((remind) => remind.type).sort()).toEqual(["ERROR", "ERROR", "FINISHED", "TIMEOUT", "UNFINISHED"]);
  });

  it("reports each mistake with its file, line and field", async () => {
    const result = await tryLoadWorkspace(
      folder({
        "alerts.yaml": `channels:
  - name: hook
    url: ftp://127.0.0.1/x
reminds:
  - name: r1
    type: UNFINISHED
    unit: NODE
    nodes: [ods_orders, no_such_node]
  - name: r2
    type: TIMEOUT
    unit: PROJECT
    maxRunSeconds: 10
    webhooks: [missing]
  - name: r3
    type: ERORR
    unit: NODE
`,
      }),
    );
    expect(result.ok).toBe(false);
    const found = result.issues.map((issue) => `${issue.file}:${issue.line} ${issue.field}: ${issue.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^alerts\.yaml:3 channels\[0\]\.url: must be an http/),
        expect.stringMatching(/^alerts\.yaml:\d+ reminds\[2\]\.type: must be one of FINISHED/),
      ]),
    );
  });

  it("checks names against the workspace", async () => {
    const result = await tryLoadWorkspace(
      folder({
        "alerts.yaml": `reminds:
  - name: r1
    type: UNFINISHED
    unit: NODE
    nodes: [ods_orders, no_such_node]
  - name: r2
    type: TIMEOUT
    unit: PROJECT
    maxRunSeconds: 600
    webhooks: [missing]
  - name: r3
    type: ERROR
    unit: BIZPROCESS
    business: [nope]
`,
      }),
    );
    const found = result.issues.map((issue) => `${issue.file}:${issue.line} ${issue.field}: ${issue.message}`);
    expect(found).toEqual([
      "alerts.yaml:2 reminds[0].deadline: required for type UNFINISHED",
      'alerts.yaml:5 reminds[0].nodes[1]: unknown node "no_such_node"',
      'alerts.yaml:10 reminds[1].webhooks[0]: unknown channel "missing"',
      'alerts.yaml:14 reminds[2].business[0]: no node has business "nope"',
    ]);
  });

  it("deploys channels, contacts and reminds; redeploys keep unchanged rules; raises an isolated-node alert", async () => {
    const directory = folder({ "alerts.yaml": ALERTS_YAML });
    const loaded = await tryLoadWorkspace(directory);
    expect(loaded.issues).toEqual([]);
    const { projectId } = await deployWorkspace(database, loaded.definition!, { operator: "test", now: NOW });
    const reminds = await database.prisma.remind.findMany({ where: { projectId }, orderBy: { name: "asc" } });
    expect(reminds.map((remind) => [remind.name, remind.remindType, remind.remindUnit, remind.detail, remind.alertUnit, remind.origin])).toEqual([
      ["orders failed", "ERROR", "NODE", "", "OWNER", "WORKSPACE"],
      ["orders late", "UNFINISHED", "BIZPROCESS", '{"hour":26,"minu":30}', "OTHER", "WORKSPACE"],
    ]);
    expect(reminds[1]).toMatchObject({ alertTargets: '["alice","bob"]', alertMethods: '["MAIL","WEBHOOK"]', webhooks: '["ops-mail"]', dndStart: "23:00", dndEnd: "07:00", maxAlertTimes: 2 });
    expect(await database.prisma.alertChannel.count({ where: { projectId } })).toBe(2);
    expect(await database.prisma.alertContact.findMany({ where: { projectId }, select: { userId: true, email: true, webhook: true } })).toEqual([{ userId: "alice", email: "alice@example.com", webhook: "ops-slack" }]);
    const lonely = await database.prisma.alertMessage.findMany({ where: { projectId, source: "NODE_LONELY_ALERT" } });
    expect(lonely).toHaveLength(1);
    expect(lonely[0]!.content).toContain("stray_export");

    await deployWorkspace(database, loaded.definition!, { operator: "test", now: NOW + 60_000 });
    const again = await database.prisma.remind.findMany({ where: { projectId }, orderBy: { name: "asc" } });
    expect(again.map((remind) => remind.modifiedAt)).toEqual(reminds.map((remind) => remind.modifiedAt));
    expect(await database.prisma.alertMessage.count({ where: { projectId, source: "NODE_LONELY_ALERT" } })).toBe(1);

    const without = await tryLoadWorkspace(folder({}));
    await deployWorkspace(database, without.definition!, { operator: "test", now: NOW + 120_000 });
    expect(await database.prisma.remind.count({ where: { projectId } })).toBe(0);
    expect(await database.prisma.alertChannel.count({ where: { projectId } })).toBe(0);
  });

  it("files a NODE_CYCLE_ALERT when a deploy is refused for a cycle", async () => {
    const cyclic = NODES_YAML.replace("  - name: shop_start\n    type: VIRTUAL\n", "  - name: shop_start\n    type: VIRTUAL\n    parents: [ods_orders]\n");
    const directory = folder({ "nodes/trade.yaml": cyclic });
    const result = await tryLoadWorkspace(directory);
    expect(result.ok).toBe(false);
    await reportRefusedDeploy(database.url, directory, result.issues, NOW + 180_000);
    const alerts = await database.prisma.alertMessage.findMany({ where: { source: "NODE_CYCLE_ALERT" } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.content).toMatch(/ods_orders → shop_start → ods_orders|shop_start → ods_orders → shop_start/);
    expect(JSON.parse(alerts[0]!.details).nodes.map((node: { nodeName: string }) => node.nodeName).sort()).toEqual(["ods_orders", "shop_start"]);
  });
});
