import { EventBus } from "../../../model/events";
import type { InstanceStatus } from "../../../model/status";
import type { Database } from "../../../store/database";

/**
 * A small workspace for monitor tests, in UTC so that times read plainly. The current bizdate is
 * 2024-05-26 (run date 2024-05-27, T0 = its midnight); the day before holds three finished runs'
 * worth of history per node (each node's usual run time is known):
 *
 *   start (VIRTUAL, T0) → extract (T0+1h, 10 min) → transform (T0+1h, 20 min) → report (T0+75min, 5 min)
 *   start → side (T0, 1 min) → report
 *
 * `report` belongs to baseline 900 ("daily_report", DAILY, commitment 04:00, margin 60 min).
 */
export const MONITOR_PROJECT_ID = 40_001n;
export const MONITOR_TIMEZONE = "UTC";
export const BIZDATE = "2024-05-26";
export const T0 = Date.UTC(2024, 4, 27);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const BASELINE_ID = 900n;

export const NODES = {
  start: { id: 710_000_001n, name: "start", type: "VIRTUAL", offset: 0, usual: 0, parents: [] as string[] },
  extract: { id: 710_000_002n, name: "extract", type: "SHELL", offset: HOUR, usual: 10 * MINUTE, parents: ["start"] },
  transform: { id: 710_000_003n, name: "transform", type: "SHELL", offset: HOUR, usual: 20 * MINUTE, parents: ["extract"] },
  side: { id: 710_000_004n, name: "side", type: "SHELL", offset: 0, usual: MINUTE, parents: ["start"] },
  report: { id: 710_000_005n, name: "report", type: "SHELL", offset: 75 * MINUTE, usual: 5 * MINUTE, parents: ["transform", "side"] },
} as const;
export type NodeKey = keyof typeof NODES;

/** Instance IDs of the current bizdate, per node. */
export const CURRENT = {
  start: 12_000_000_001n,
  extract: 12_000_000_002n,
  transform: 12_000_000_003n,
  side: 12_000_000_004n,
  report: 12_000_000_005n,
} as const satisfies Record<NodeKey, bigint>;

const DAY = 24 * HOUR;
const GROUP_ID = 20_900n;

export async function seedMonitorFixture(db: Database, options: { slaDetail?: Record<string, string>; alertMarginMinutes?: number } = {}): Promise<void> {
  const { prisma } = db;
  await prisma.project.create({ data: { id: MONITOR_PROJECT_ID, identifier: "monitor_space", name: "Monitor", timezone: MONITOR_TIMEZONE, ownerId: "alice", createdAt: 0n, modifiedAt: 0n } });
  await prisma.resourceGroup.create({ data: { id: GROUP_ID, projectId: MONITOR_PROJECT_ID, identifier: "rg_monitor", name: "rg", slots: 4, isDefault: true, createdAt: 0n, modifiedAt: 0n } });
  const keys = Object.keys(NODES) as NodeKey[];
  await prisma.node.createMany({
    data: keys.map((key) => {
      const node = NODES[key];
      return {
        id: node.id,
        projectId: MONITOR_PROJECT_ID,
        name: node.name,
        programType: node.type,
        fileType: node.type === "VIRTUAL" ? 99 : 6,
        cronExpress: "00 00 00 * * ?",
        cycleType: "DAY",
        ownerId: key === "extract" ? "bob" : "alice",
        resourceGroupId: GROUP_ID,
        baselineId: key === "report" ? BASELINE_ID : null,
        createdAt: 0n,
        modifiedAt: 0n,
      };
    }),
  });
  await prisma.baseline.create({
    data: {
      id: BASELINE_ID,
      projectId: MONITOR_PROJECT_ID,
      name: "daily_report",
      owner: "alice,carol",
      priority: 8,
      baselineType: "DAILY",
      slaDetail: JSON.stringify(options.slaDetail ?? { "1": "04:00" }),
      alertMarginMinutes: options.alertMarginMinutes ?? 60,
      createdAt: 0n,
      modifiedAt: 0n,
    },
  });

  // History: three earlier bizdates, each node running exactly its usual time.
  let nextId = 12_100_000_001n;
  for (let back = 3; back >= 1; back -= 1) {
    const dagId = 310_000_000n + BigInt(back);
    const runMidnight = T0 - back * DAY;
    await prisma.dag.create({ data: { id: dagId, projectId: MONITOR_PROJECT_ID, type: "DAILY", name: `d${back}`, status: "SUCCESS", bizdate: BigInt(runMidnight - DAY), createUser: "system", createTime: 0n, modifyTime: 0n } });
    for (const key of keys) {
      const node = NODES[key];
      const begin = runMidnight + node.offset;
      await prisma.instance.create({
        data: instanceData(nextId, node.id, dagId, runMidnight - DAY, begin, "SUCCESS", { beginRunningTime: BigInt(begin), finishTime: BigInt(begin + node.usual) }),
      });
      nextId += 1n;
    }
  }

  const dagId = 310_000_000n;
  await prisma.dag.create({ data: { id: dagId, projectId: MONITOR_PROJECT_ID, type: "DAILY", name: "today", status: "RUNNING", bizdate: BigInt(T0 - DAY), createUser: "system", createTime: 0n, modifyTime: 0n } });
  for (const key of keys) {
    const node = NODES[key];
    const isStart = key === "start";
    await prisma.instance.create({
      data: instanceData(CURRENT[key], node.id, dagId, T0 - DAY, T0 + node.offset, isStart ? "SUCCESS" : "NOT_RUN", isStart ? { beginRunningTime: BigInt(T0), finishTime: BigInt(T0) } : {}),
    });
  }
  const edges: { parentId: bigint; childId: bigint }[] = [];
  for (const key of keys) for (const parent of NODES[key].parents) edges.push({ parentId: CURRENT[parent as NodeKey], childId: CURRENT[key] });
  await prisma.instanceEdge.createMany({ data: edges });
}

function instanceData(id: bigint, nodeId: bigint, dagId: bigint, bizdate: number, cycTime: number, status: InstanceStatus, extra: Record<string, bigint>) {
  return {
    id,
    projectId: MONITOR_PROJECT_ID,
    nodeId,
    dagId,
    dagType: "DAILY",
    bizdate: BigInt(bizdate),
    cycTime: BigInt(cycTime),
    dueTime: BigInt(cycTime),
    status,
    taskType: "NORMAL",
    priority: 1,
    resourceGroupId: GROUP_ID,
    createTime: 0n,
    modifyTime: 0n,
    ...extra,
  };
}

/** Sets an instance's status and times as the scheduler would, and announces it on the bus. */
export async function moveInstance(
  db: Database,
  events: EventBus,
  instanceId: bigint,
  change: { status: InstanceStatus; at: number; beginRunningTime?: number | null; finishTime?: number | null; attempt?: number },
): Promise<void> {
  const before = await db.prisma.instance.findUniqueOrThrow({ where: { id: instanceId } });
  await db.prisma.instance.update({
    where: { id: instanceId },
    data: {
      status: change.status,
      ...(change.beginRunningTime !== undefined ? { beginRunningTime: change.beginRunningTime === null ? null : BigInt(change.beginRunningTime) } : {}),
      ...(change.finishTime !== undefined ? { finishTime: change.finishTime === null ? null : BigInt(change.finishTime) } : {}),
      ...(change.attempt !== undefined ? { attempt: change.attempt } : {}),
    },
  });
  events.emit("instance:statusChanged", { instanceId, from: before.status as InstanceStatus, to: change.status, at: change.at });
}

export { EventBus };
