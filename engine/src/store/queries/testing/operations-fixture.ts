import type { InstanceStatus, TaskType } from "../../../model/status";
import { addDays, bizdateEpoch, localTimeToEpoch } from "../../../schedule/calendar";
import type { Database } from "../../database";

/**
 * A small, fully known Operation Center for query and contract tests: two workspaces, a daily DAG
 * per business date with a chain of nodes and an hourly node, a backfill, a smoke test, a manual
 * run, logs, and IDs beyond 2^53 where exactness matters. The clock stands at FIXTURE_NOW.
 */
export const FIXTURE_TIMEZONE = "Asia/Shanghai";
/** 2024-05-27 10:30 in Shanghai: the current business date is 2024-05-26. */
export const FIXTURE_NOW = Date.UTC(2024, 4, 27, 2, 30);
export const CURRENT_BIZDATE = "2024-05-26";
export const FIRST_BIZDATE = "2024-05-17";
export const BIZDATES = Array.from({ length: 10 }, (_, index) => addDays(FIRST_BIZDATE, index));

export const PROJECT_ID = 10_001n;
export const PROJECT_IDENTIFIER = "shop_warehouse";
export const OTHER_PROJECT_ID = 10_002n;
export const OTHER_PROJECT_IDENTIFIER = "other_space";

export const GROUP_DEFAULT_ID = 20_001n;
export const GROUP_SHARED_ID = 20_002n;
export const GROUP_OTHER_ID = 20_003n;

export const NODE = {
  start: 700_000_001n,
  ods: 700_000_002n,
  /** 2^53 + 1: a double cannot hold it. */
  dwd: 9_007_199_254_740_993n,
  dws: 700_000_004n,
  hourly: 700_000_005n,
  manual: 700_000_006n,
  frozen: 700_000_007n,
  deleted: 700_000_008n,
  other: 700_000_009n,
} as const;

export const BASELINE_ID = 555n;
/** 2^60 + 7: the current business date's dwd_orders instance. */
export const BIG_INSTANCE_ID = 1_152_921_504_606_846_983n;
export const BACKFILL_OP_SEQ = 300_100_001n;
export const BACKFILL_DAG_IDS = [300_100_001n, 300_100_002n] as const;
export const SMOKE_DAG_ID = 300_200_001n;
export const MANUAL_DAG_ID = 300_300_001n;
export const OTHER_DAILY_DAG_ID = 300_400_001n;
/** The dwd_orders instance of 2024-05-25, which has a log. */
export const LOGGED_INSTANCE_BIZDATE = "2024-05-25";
export const LOG_CHUNKS = ["start dwd_orders\n", "wrote 1200 rows\n"] as const;

const CREATED_AT = Date.UTC(2024, 0, 2, 3, 4, 5);

type NodeSeed = {
  id: bigint;
  projectId: bigint;
  name: string;
  programType: string;
  fileType: number;
  cronExpress: string;
  cycleType: string;
  ownerId: string;
  priority?: number;
  resourceGroupId: bigint;
  schedulerType?: string;
  rerunMode?: string;
  autoRerunTimes?: number;
  autoRerunIntervalMs?: number;
  paramValues?: string;
  description?: string;
  businessName?: string;
  baselineId?: bigint | null;
  connection?: string;
  command?: string;
  isDeleted?: boolean;
};

const DAILY = "00 00 00 * * ?";

export const NODES: readonly NodeSeed[] = [
  { id: NODE.start, projectId: PROJECT_ID, name: "start_node", programType: "VIRTUAL", fileType: 99, cronExpress: DAILY, cycleType: "DAY", ownerId: "alice", resourceGroupId: GROUP_DEFAULT_ID },
  {
    id: NODE.ods,
    projectId: PROJECT_ID,
    name: "ods_orders",
    programType: "SHELL",
    fileType: 6,
    cronExpress: DAILY,
    cycleType: "DAY",
    ownerId: "alice",
    priority: 5,
    resourceGroupId: GROUP_DEFAULT_ID,
    autoRerunTimes: 2,
    autoRerunIntervalMs: 120_000,
    businessName: "orders",
    command: "echo ods ${bizdate}",
    description: "Orders from the shop database",
  },
  {
    id: NODE.dwd,
    projectId: PROJECT_ID,
    name: "dwd_orders",
    programType: "SHELL",
    fileType: 6,
    cronExpress: DAILY,
    cycleType: "DAY",
    ownerId: "bob",
    priority: 8,
    resourceGroupId: GROUP_SHARED_ID,
    businessName: "orders",
    baselineId: BASELINE_ID,
    connection: "odps_first",
    paramValues: "bizdate=$bizdate",
    command: "echo dwd",
  },
  {
    id: NODE.dws,
    projectId: PROJECT_ID,
    name: "dws_sales",
    programType: "ODPS_SQL",
    fileType: 10,
    cronExpress: DAILY,
    cycleType: "DAY",
    ownerId: "bob",
    resourceGroupId: GROUP_DEFAULT_ID,
    rerunMode: "ALL_DENIED",
    command: "select 1;",
  },
  { id: NODE.hourly, projectId: PROJECT_ID, name: "hourly_clicks", programType: "SHELL", fileType: 6, cronExpress: "00 00 * * * ?", cycleType: "HOUR", ownerId: "carol", resourceGroupId: GROUP_DEFAULT_ID },
  { id: NODE.manual, projectId: PROJECT_ID, name: "manual_fix", programType: "SHELL", fileType: 6, cronExpress: DAILY, cycleType: "DAY", ownerId: "alice", resourceGroupId: GROUP_DEFAULT_ID, schedulerType: "MANUAL", businessName: "repair_flow" },
  { id: NODE.frozen, projectId: PROJECT_ID, name: "frozen_report", programType: "SHELL", fileType: 6, cronExpress: DAILY, cycleType: "DAY", ownerId: "carol", resourceGroupId: GROUP_DEFAULT_ID, schedulerType: "PAUSE" },
  { id: NODE.deleted, projectId: PROJECT_ID, name: "old_job", programType: "SHELL", fileType: 6, cronExpress: DAILY, cycleType: "DAY", ownerId: "alice", resourceGroupId: GROUP_DEFAULT_ID, isDeleted: true },
  { id: NODE.other, projectId: OTHER_PROJECT_ID, name: "other_job", programType: "SHELL", fileType: 6, cronExpress: DAILY, cycleType: "DAY", ownerId: "dave", resourceGroupId: GROUP_OTHER_ID },
];

export const EDGES: readonly [bigint, bigint][] = [
  [NODE.start, NODE.ods],
  [NODE.ods, NODE.dwd],
  [NODE.dwd, NODE.dws],
  [NODE.start, NODE.hourly],
];

export const ODS_TABLE_OUTPUT = "shop_warehouse.ods_orders_table";

type InstanceSeed = {
  id: bigint;
  projectId: bigint;
  nodeId: bigint;
  dagId: bigint;
  dagType: string;
  bizdate: number;
  cycTime: number;
  status: InstanceStatus;
  taskType: TaskType;
  priority: number;
  resourceGroupId: bigint;
  isSuspended: boolean;
  rerunsLeft: number | null;
  createUser: string;
  baselineId: bigint | null;
  beginWaitTimeTime: number | null;
  beginWaitResTime: number | null;
  beginRunningTime: number | null;
  finishTime: number | null;
  paramValues: string;
  errorMessage: string;
  inGroupId?: number;
};

export type OperationsFixture = {
  instances: readonly InstanceSeed[];
  /** The instance ID of a node on a business date (first cycle), for tests. */
  instanceOf(nodeId: bigint, bizdate: string, dagType?: string, hour?: number): InstanceSeed;
  dailyDagIdOf(bizdate: string): bigint;
};

const HOUR = 3_600_000;
const SECOND = 1_000;

export function epochOf(bizdate: string): number {
  return bizdateEpoch(bizdate, FIXTURE_TIMEZONE);
}

/** The run date's local time: hours after the run date's midnight. */
function runTime(bizdate: string, hours: number, timezone = FIXTURE_TIMEZONE): number {
  return localTimeToEpoch(addDays(bizdate, 1), 0, timezone) + hours * HOUR;
}

/** Past days: how long each daily node ran, and which failed (dws_sales fails on three days, ods_orders on one). */
function pastOutcome(nodeId: bigint, dayIndex: number): { status: InstanceStatus; startHour: number; seconds: number } {
  switch (nodeId) {
    case NODE.start:
      return { status: "SUCCESS", startHour: 0, seconds: 1 };
    case NODE.ods:
      return { status: dayIndex === 4 ? "FAILURE" : "SUCCESS", startHour: 1, seconds: 600 + dayIndex * 10 };
    case NODE.dwd:
      return { status: "SUCCESS", startHour: 2, seconds: 1_800 };
    case NODE.dws:
      return { status: [1, 5, 8].includes(dayIndex) ? "FAILURE" : "SUCCESS", startHour: 3, seconds: 3_000 + dayIndex };
    case NODE.frozen:
      return { status: "FAILURE", startHour: 0, seconds: 0 };
    default:
      return { status: "SUCCESS", startHour: 0, seconds: 60 };
  }
}

function nodeSeed(nodeId: bigint): NodeSeed {
  const node = NODES.find((candidate) => candidate.id === nodeId);
  if (!node) throw new Error(`fixture: no node ${nodeId}`);
  return node;
}

export async function seedOperationsFixture(db: Database): Promise<OperationsFixture> {
  const { prisma } = db;
  await prisma.project.createMany({
    data: [
      {
        id: PROJECT_ID,
        identifier: PROJECT_IDENTIFIER,
        name: "Shop warehouse",
        description: "Orders and clicks",
        timezone: FIXTURE_TIMEZONE,
        ownerId: "1933790683",
        createdAt: BigInt(CREATED_AT),
        modifiedAt: BigInt(CREATED_AT + HOUR),
      },
      { id: OTHER_PROJECT_ID, identifier: OTHER_PROJECT_IDENTIFIER, name: "Other", timezone: "UTC", ownerId: "dave", createdAt: BigInt(CREATED_AT + HOUR), modifiedAt: BigInt(CREATED_AT + HOUR) },
    ],
  });
  await prisma.resourceGroup.createMany({
    data: [
      { id: GROUP_DEFAULT_ID, projectId: PROJECT_ID, identifier: "default_group", name: "Default group", slots: 4, isDefault: true, mode: "ISOLATE", createdAt: BigInt(CREATED_AT), modifiedAt: BigInt(CREATED_AT) },
      { id: GROUP_SHARED_ID, projectId: PROJECT_ID, identifier: "shared_group", name: "Shared group", slots: 2, mode: "SHARE", createdAt: BigInt(CREATED_AT + SECOND), modifiedAt: BigInt(CREATED_AT + SECOND) },
      { id: GROUP_OTHER_ID, projectId: OTHER_PROJECT_ID, identifier: "other_group", name: "Other group", slots: 1, isDefault: true, createdAt: BigInt(CREATED_AT + 2 * SECOND), modifiedAt: BigInt(CREATED_AT + 2 * SECOND) },
    ],
  });
  await prisma.node.createMany({
    data: NODES.map((node) => ({
      ...node,
      baselineId: node.baselineId ?? null,
      createdAt: BigInt(CREATED_AT),
      modifiedAt: BigInt(CREATED_AT),
    })),
  });
  await prisma.nodeEdge.createMany({ data: EDGES.map(([parentId, childId]) => ({ parentId, childId })) });
  const projectIdentifierOf = (projectId: bigint) => (projectId === PROJECT_ID ? PROJECT_IDENTIFIER : OTHER_PROJECT_IDENTIFIER);
  await prisma.nodeOutput.createMany({
    data: [
      ...NODES.map((node, index) => ({
        id: 800_000_001n + BigInt(index),
        projectId: node.projectId,
        nodeId: node.id,
        name: `${projectIdentifierOf(node.projectId)}.${node.name}_out`,
        tableName: "",
      })),
      { id: 800_000_100n, projectId: PROJECT_ID, nodeId: NODE.ods, name: ODS_TABLE_OUTPUT, tableName: "ods.orders" },
    ],
  });

  const instances: InstanceSeed[] = [];
  let nextInstanceId = 11_000_000_001n;
  const dags: {
    id: bigint;
    projectId: bigint;
    type: string;
    name: string;
    status: string;
    bizdate: bigint;
    opSeq: bigint | null;
    createUser: string;
    createTime: bigint;
    modifyTime: bigint;
    startTime: bigint | null;
    finishTime: bigint | null;
  }[] = [];

  function addInstance(seed: Partial<InstanceSeed> & Pick<InstanceSeed, "nodeId" | "dagId" | "dagType" | "bizdate" | "cycTime" | "status">): InstanceSeed {
    const node = nodeSeed(seed.nodeId);
    const isFinished = seed.status === "SUCCESS" || seed.status === "FAILURE";
    const instance: InstanceSeed = {
      id: seed.id ?? nextInstanceId,
      projectId: node.projectId,
      taskType: node.schedulerType === "PAUSE" ? "PAUSE" : node.schedulerType === "MANUAL" ? "MANUAL" : "NORMAL",
      priority: node.priority ?? 1,
      resourceGroupId: node.resourceGroupId,
      isSuspended: false,
      rerunsLeft: node.autoRerunTimes ? node.autoRerunTimes : null,
      createUser: "system",
      baselineId: node.baselineId ?? null,
      beginWaitTimeTime: seed.cycTime - HOUR,
      beginWaitResTime: isFinished || seed.status === "RUNNING" ? seed.cycTime : null,
      beginRunningTime: null,
      finishTime: null,
      paramValues: node.paramValues ?? "",
      errorMessage: seed.status === "FAILURE" ? "exit code 1" : "",
      ...seed,
    };
    if (seed.id === undefined) nextInstanceId += 1n;
    instances.push(instance);
    return instance;
  }

  function runFor(start: number, seconds: number, status: InstanceStatus) {
    return { status, beginRunningTime: start, finishTime: status === "SUCCESS" || status === "FAILURE" ? start + seconds * SECOND : null };
  }

  // Daily DAGs of the main workspace.
  BIZDATES.forEach((bizdate, dayIndex) => {
    const dagId = 300_000_001n + BigInt(dayIndex);
    const epoch = epochOf(bizdate);
    const isCurrent = bizdate === CURRENT_BIZDATE;
    dags.push({
      id: dagId,
      projectId: PROJECT_ID,
      type: "DAILY",
      name: `daily_${bizdate.replaceAll("-", "")}`,
      status: isCurrent ? "RUNNING" : "FAILURE",
      bizdate: BigInt(epoch),
      opSeq: null,
      createUser: "system",
      createTime: BigInt(epoch),
      modifyTime: BigInt(runTime(bizdate, 4)),
      startTime: BigInt(runTime(bizdate, 0)),
      finishTime: isCurrent ? null : BigInt(runTime(bizdate, 4)),
    });
    const cycTime = runTime(bizdate, 0);
    for (const nodeId of [NODE.start, NODE.ods, NODE.dwd, NODE.dws, NODE.frozen]) {
      if (isCurrent) {
        const current: Record<string, Partial<InstanceSeed> & { status: InstanceStatus }> = {
          [String(NODE.start)]: runFor(cycTime, 1, "SUCCESS"),
          [String(NODE.ods)]: runFor(runTime(bizdate, 1), 600, "SUCCESS"),
          [String(NODE.dwd)]: { id: BIG_INSTANCE_ID, ...runFor(runTime(bizdate, 9), 0, "RUNNING") },
          [String(NODE.dws)]: { status: "NOT_RUN", beginWaitTimeTime: null },
          [String(NODE.frozen)]: runFor(cycTime, 0, "FAILURE"),
        };
        const seed = current[String(nodeId)] ?? { status: "NOT_RUN" };
        addInstance({ nodeId, dagId, dagType: "DAILY", bizdate: epoch, cycTime, ...seed });
        continue;
      }
      const outcome = pastOutcome(nodeId, dayIndex);
      addInstance({ nodeId, dagId, dagType: "DAILY", bizdate: epoch, cycTime, ...runFor(runTime(bizdate, outcome.startHour), outcome.seconds, outcome.status) });
    }
    for (let hour = 0; hour < 24; hour += 1) {
      const hourCycTime = cycTime + hour * HOUR;
      if (!isCurrent || hour < 10) {
        addInstance({ nodeId: NODE.hourly, dagId, dagType: "DAILY", bizdate: epoch, cycTime: hourCycTime, inGroupId: hour + 1, ...runFor(hourCycTime + 5 * 60 * SECOND, 30, "SUCCESS") });
      } else if (hour === 10) {
        addInstance({ nodeId: NODE.hourly, dagId, dagType: "DAILY", bizdate: epoch, cycTime: hourCycTime, ...runFor(hourCycTime + 60 * SECOND, 0, "RUNNING") });
      } else {
        addInstance({ nodeId: NODE.hourly, dagId, dagType: "DAILY", bizdate: epoch, cycTime: hourCycTime, status: "WAIT_TIME", isSuspended: hour === 12 });
      }
    }
  });

  // A backfill of ods → dwd for two business dates, sharing one OpSeq.
  ["2024-05-20", "2024-05-21"].forEach((bizdate, index) => {
    const dagId = BACKFILL_DAG_IDS[index] ?? 0n;
    const epoch = epochOf(bizdate);
    dags.push({
      id: dagId,
      projectId: PROJECT_ID,
      type: "SUPPLY_DATA",
      name: "refill_orders",
      status: "SUCCESS",
      bizdate: BigInt(epoch),
      opSeq: BACKFILL_OP_SEQ,
      createUser: "backfiller",
      createTime: BigInt(FIXTURE_NOW - 2 * HOUR),
      modifyTime: BigInt(FIXTURE_NOW - HOUR),
      startTime: BigInt(FIXTURE_NOW - 2 * HOUR),
      finishTime: BigInt(FIXTURE_NOW - HOUR),
    });
    for (const nodeId of [NODE.ods, NODE.dwd]) {
      addInstance({ nodeId, dagId, dagType: "SUPPLY_DATA", bizdate: epoch, cycTime: runTime(bizdate, 0), createUser: "backfiller", ...runFor(FIXTURE_NOW - 2 * HOUR, 60, "SUCCESS") });
    }
  });

  // A failed smoke test of dws_sales, and a manual run of the repair flow.
  const smokeBizdate = epochOf("2024-05-25");
  dags.push({
    id: SMOKE_DAG_ID,
    projectId: PROJECT_ID,
    type: "SMOKE_TEST",
    name: "try_dws",
    status: "FAILURE",
    bizdate: BigInt(smokeBizdate),
    opSeq: null,
    createUser: "alice",
    createTime: BigInt(FIXTURE_NOW - 3 * HOUR),
    modifyTime: BigInt(FIXTURE_NOW - 3 * HOUR),
    startTime: null,
    finishTime: null,
  });
  addInstance({ nodeId: NODE.dws, dagId: SMOKE_DAG_ID, dagType: "SMOKE_TEST", bizdate: smokeBizdate, cycTime: runTime("2024-05-25", 0), createUser: "alice", ...runFor(FIXTURE_NOW - 3 * HOUR, 5, "FAILURE") });
  dags.push({
    id: MANUAL_DAG_ID,
    projectId: PROJECT_ID,
    type: "MANUAL",
    name: "repair_flow",
    status: "SUCCESS",
    bizdate: BigInt(smokeBizdate),
    opSeq: null,
    createUser: "alice",
    createTime: BigInt(FIXTURE_NOW - 4 * HOUR),
    modifyTime: BigInt(FIXTURE_NOW - 4 * HOUR),
    startTime: BigInt(FIXTURE_NOW - 4 * HOUR),
    finishTime: BigInt(FIXTURE_NOW - 4 * HOUR + 10 * SECOND),
  });
  addInstance({ nodeId: NODE.manual, dagId: MANUAL_DAG_ID, dagType: "MANUAL", bizdate: smokeBizdate, cycTime: runTime("2024-05-25", 0), createUser: "alice", ...runFor(FIXTURE_NOW - 4 * HOUR, 10, "SUCCESS") });

  // The other workspace: one daily DAG in UTC.
  const otherEpoch = bizdateEpoch(CURRENT_BIZDATE, "UTC");
  dags.push({
    id: OTHER_DAILY_DAG_ID,
    projectId: OTHER_PROJECT_ID,
    type: "DAILY",
    name: "daily_20240526",
    status: "SUCCESS",
    bizdate: BigInt(otherEpoch),
    opSeq: null,
    createUser: "system",
    createTime: BigInt(otherEpoch),
    modifyTime: BigInt(otherEpoch),
    startTime: null,
    finishTime: null,
  });
  addInstance({ nodeId: NODE.other, dagId: OTHER_DAILY_DAG_ID, dagType: "DAILY", bizdate: otherEpoch, cycTime: runTime(CURRENT_BIZDATE, 0, "UTC"), ...runFor(runTime(CURRENT_BIZDATE, 1, "UTC"), 20, "SUCCESS") });

  await prisma.dag.createMany({ data: dags });
  for (let start = 0; start < instances.length; start += 200) {
    await prisma.instance.createMany({
      data: instances.slice(start, start + 200).map((instance) => ({
        ...instance,
        dueTime: BigInt(instance.cycTime),
        bizdate: BigInt(instance.bizdate),
        cycTime: BigInt(instance.cycTime),
        createTime: BigInt(instance.cycTime - 12 * HOUR),
        modifyTime: BigInt(instance.finishTime ?? instance.cycTime - 12 * HOUR),
        beginWaitTimeTime: toNullableBigInt(instance.beginWaitTimeTime),
        beginWaitResTime: toNullableBigInt(instance.beginWaitResTime),
        beginRunningTime: toNullableBigInt(instance.beginRunningTime),
        finishTime: toNullableBigInt(instance.finishTime),
      })),
    });
  }

  const fixture: OperationsFixture = {
    instances,
    instanceOf(nodeId, bizdate, dagType = "DAILY", hour = 0) {
      const epoch = nodeId === NODE.other ? bizdateEpoch(bizdate, "UTC") : epochOf(bizdate);
      const found = instances.find(
        (instance) => instance.nodeId === nodeId && instance.bizdate === epoch && instance.dagType === dagType && instance.cycTime === runTime(bizdate, hour, nodeId === NODE.other ? "UTC" : FIXTURE_TIMEZONE),
      );
      if (!found) throw new Error(`fixture: no ${dagType} instance of node ${nodeId} on ${bizdate} at hour ${hour}`);
      return found;
    },
    dailyDagIdOf(bizdate) {
      return 300_000_001n + BigInt(BIZDATES.indexOf(bizdate));
    },
  };
  // IDs the engine allocates from here on (operations creating DAGs and instances) start past the fixture's.
  await prisma.idSequence.createMany({
    data: [
      { name: "dag", next: 400_000_000n },
      { name: "instance", next: 12_000_000_000n },
      { name: "node", next: 710_000_000n },
      { name: "nodeOutput", next: 810_000_000n },
      { name: "project", next: 11_000n },
      { name: "resourceGroup", next: 21_000n },
    ],
  });
  const logged = fixture.instanceOf(NODE.dwd, LOGGED_INSTANCE_BIZDATE);
  await prisma.instanceLog.createMany({
    data: LOG_CHUNKS.map((text, index) => ({ instanceId: logged.id, attempt: 1, at: BigInt(FIXTURE_NOW + index), text })),
  });
  return fixture;
}

function toNullableBigInt(value: number | null): bigint | null {
  return value === null ? null : BigInt(value);
}
