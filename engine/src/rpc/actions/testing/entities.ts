import type { Dag, Instance, Node, Project, ResourceGroup } from "../../../model/entities";

/** Entities with plausible defaults, for the pure mapper tests; override what a test is about. */

export function aNode(overrides: Partial<Node> = {}): Node {
  return {
    id: 700_000_001n,
    projectId: 10_001n,
    name: "ods_orders",
    programType: "SHELL",
    fileType: 6,
    command: "echo hi",
    cronExpress: "00 00 00 * * ?",
    cycleType: "DAY",
    ownerId: "alice",
    priority: 1,
    resourceGroupId: 20_001n,
    schedulerType: "NORMAL",
    rerunMode: "ALL_ALLOWED",
    autoRerunTimes: 0,
    autoRerunIntervalMs: 60_000,
    timeoutSeconds: 3600,
    paramValues: "",
    description: "",
    businessName: "",
    baselineId: null,
    connection: "",
    sourceFile: "nodes/ods.yaml",
    sourceLine: 3,
    isDeleted: false,
    createdAt: 0,
    modifiedAt: 0,
    ...overrides,
  };
}

export function anInstance(overrides: Partial<Instance> = {}): Instance {
  return {
    id: 11_000_000_001n,
    projectId: 10_001n,
    nodeId: 700_000_001n,
    dagId: 300_000_001n,
    dagType: "DAILY",
    bizdate: 1_590_336_000_000,
    cycTime: 1_590_422_400_000,
    dueTime: 1_590_422_400_000,
    inGroupId: 1,
    status: "NOT_RUN",
    taskType: "NORMAL",
    priority: 1,
    resourceGroupId: 20_001n,
    paramValues: "",
    pendingParents: 0,
    isSuspended: false,
    rerunsLeft: null,
    attempt: 0,
    exitCode: null,
    errorMessage: "",
    createUser: "system",
    baselineId: null,
    createTime: 1_590_380_000_000,
    modifyTime: 1_590_380_000_000,
    beginWaitTimeTime: null,
    beginWaitResTime: null,
    beginRunningTime: null,
    finishTime: null,
    claimOwner: null,
    claimHeartbeat: null,
    pid: null,
    processStart: null,
    ...overrides,
  };
}

export function aDag(overrides: Partial<Dag> = {}): Dag {
  return {
    id: 300_100_001n,
    projectId: 10_001n,
    type: "SUPPLY_DATA",
    name: "refill",
    status: "RUNNING",
    bizdate: 1_590_336_000_000,
    opSeq: 300_100_001n,
    createUser: "alice",
    parallelism: true,
    afterDagId: null,
    createTime: 1,
    modifyTime: 2,
    startTime: null,
    finishTime: null,
    ...overrides,
  };
}

export function aProject(overrides: Partial<Project> = {}): Project {
  return {
    id: 10_001n,
    identifier: "shop_warehouse",
    name: "Shop warehouse",
    description: "",
    timezone: "Asia/Shanghai",
    ownerId: "1933790683",
    status: 0,
    retryTimes: 3,
    retryIntervalMs: 120_000,
    createdAt: Date.UTC(2019, 9, 10, 7, 42, 53),
    modifiedAt: Date.UTC(2019, 11, 3, 13, 12, 20),
    ...overrides,
  };
}

export function aResourceGroup(overrides: Partial<ResourceGroup> = {}): ResourceGroup {
  return {
    id: 20_001n,
    projectId: 10_001n,
    identifier: "default_group",
    name: "Default group",
    slots: 4,
    isDefault: true,
    mode: "ISOLATE",
    createdAt: Date.UTC(2018, 6, 9, 6, 43, 37),
    modifiedAt: Date.UTC(2018, 6, 9, 6, 43, 37),
    ...overrides,
  };
}
