import type { Node } from "../../../model/entities";
import { toWireTaskType } from "../../../model/status";
import type { InstanceListRow } from "../../../store/queries/instances/list-instances";
import { isRepeatable } from "../nodes/node-wire";

/** What an instance's wire shape needs from its node (missing only if the node row is gone). */
export type InstanceNodeFacts = Pick<Node, "name" | "connection" | "rerunMode" | "autoRerunIntervalMs">;

const UNKNOWN_NODE: InstanceNodeFacts = { name: "", connection: "", rerunMode: "ALL_ALLOWED", autoRerunIntervalMs: 0 };

/** The instance columns the wire shapes show (an Instance entity has them all). */
export type InstanceWireSource = Omit<InstanceListRow, "node">;

export type InstanceWire = ReturnType<typeof toInstanceWire>;

/**
 * GetInstance's `Data` and ListInstances' `Instances[]`. Times are epoch ms, `null` until they
 * happen; `Bizdate` is the local midnight of the business date in the workspace's zone;
 * `RepeatInterval` is in ms; `TaskRerunTime` is null when the node sets no automatic reruns.
 * `IsSuspended` and `ProjectId` are Nightshift extensions (suspension is not a DataWorks status).
 */
export function toInstanceWire(instance: InstanceWireSource, node: InstanceNodeFacts | null | undefined) {
  const facts = node ?? UNKNOWN_NODE;
  return {
    Status: instance.status,
    CycTime: instance.cycTime,
    BeginRunningTime: instance.beginRunningTime,
    FinishTime: instance.finishTime,
    ErrorMessage: instance.errorMessage,
    CreateTime: instance.createTime,
    DagId: instance.dagId,
    Priority: instance.priority,
    TaskType: toWireTaskType(instance.taskType),
    ParamValues: instance.paramValues,
    Connection: facts.connection,
    BaselineId: instance.baselineId,
    DqcType: 1,
    DagType: instance.dagType,
    BusinessId: null,
    TaskRerunTime: instance.rerunsLeft,
    ModifyTime: instance.modifyTime,
    Repeatability: isRepeatable(facts.rerunMode),
    RepeatInterval: facts.autoRerunIntervalMs,
    InstanceId: instance.id,
    BeginWaitResTime: instance.beginWaitResTime,
    RelatedFlowId: null,
    Bizdate: instance.bizdate,
    NodeName: facts.name,
    BeginWaitTimeTime: instance.beginWaitTimeTime,
    DqcDescription: null,
    NodeId: instance.nodeId,
    CreateUser: instance.createUser,
    IsSuspended: instance.isSuspended,
    ProjectId: instance.projectId,
  };
}

export type ManualDagInstanceWire = ReturnType<typeof toManualDagInstanceWire>;

/**
 * ListManualDagInstances' `Instances[]`: the spec's subset, with `BizDate` (capital D). `TaskType`
 * is written `NAME(code)` like everywhere else and `DagType` as the DAG type's name (spec §5.4, §5.5).
 */
export function toManualDagInstanceWire(instance: InstanceWireSource, node: Pick<Node, "name"> | undefined) {
  return {
    Status: instance.status,
    BeginRunningTime: instance.beginRunningTime,
    BizDate: instance.bizdate,
    CycTime: instance.cycTime,
    FinishTime: instance.finishTime,
    CreateTime: instance.createTime,
    DagId: instance.dagId,
    InstanceId: instance.id,
    BeginWaitResTime: instance.beginWaitResTime,
    TaskType: toWireTaskType(instance.taskType),
    ParamValues: instance.paramValues,
    DagType: instance.dagType,
    NodeName: node?.name ?? "",
    BeginWaitTimeTime: instance.beginWaitTimeTime,
    NodeId: instance.nodeId,
    ModifyTime: instance.modifyTime,
    CreateUser: instance.createUser,
    IsSuspended: instance.isSuspended,
  };
}
