import type { Node } from "../../../model/entities";
import type { RerunMode } from "../../../model/status";

/**
 * Node wire shapes. Fields for things the engine does not have (business flow IDs, data-quality
 * rules) are present with `null`, never omitted; `DqcType` is 1 (not associated with DQC).
 */

/** Whether the node may be rerun: every rerun mode but ALL_DENIED allows a rerun after a failure. */
export function isRepeatable(rerunMode: RerunMode): boolean {
  return rerunMode !== "ALL_DENIED";
}

/** Node-level `RepeatInterval` is in seconds (the spec's example 60 pairs with the instance's 60000 ms). */
export function nodeRepeatIntervalSeconds(node: Pick<Node, "autoRerunIntervalMs">): number {
  return Math.round(node.autoRerunIntervalMs / 1000);
}

export type NodeWire = ReturnType<typeof toNodeWire>;

/** GetNode's `Data` and ListNodes' `Nodes[]`. */
export function toNodeWire(node: Node, resourceGroupName: string | null) {
  return {
    SchedulerType: node.schedulerType,
    RepeatInterval: nodeRepeatIntervalSeconds(node),
    Repeatability: isRepeatable(node.rerunMode),
    ProjectId: node.projectId,
    ProgramType: node.programType,
    Priority: node.priority,
    OwnerId: node.ownerId,
    Connection: node.connection,
    ParamValues: node.paramValues,
    RelatedFlowId: null,
    DqcType: 1,
    BaselineId: node.baselineId,
    Description: node.description,
    NodeName: node.name,
    ResGroupName: resourceGroupName,
    BusinessId: null,
    DqcDescription: null,
    CronExpress: node.cronExpress,
    NodeId: node.id,
  };
}

export type NodeSummaryWire = ReturnType<typeof toNodeSummaryWire>;

/** GetNodeParents / GetNodeChildren `Nodes[]`: the reduced shape. */
export function toNodeSummaryWire(node: Node) {
  return {
    SchedulerType: node.schedulerType,
    BaselineId: node.baselineId,
    Repeatability: isRepeatable(node.rerunMode),
    NodeName: node.name,
    ProjectId: node.projectId,
    ProgramType: node.programType,
    Priority: node.priority,
    OwnerId: node.ownerId,
    CronExpress: node.cronExpress,
    NodeId: node.id,
  };
}

export type OutputNodeWire = ReturnType<typeof toOutputNodeWire>;

/** ListNodesByOutput `NodeList[]`: `FileType` (the type name) and the deprecated `ProgramType`, no BusinessId. */
export function toOutputNodeWire(node: Node, resourceGroupName: string | null) {
  return {
    BaselineId: node.baselineId,
    Connection: node.connection,
    CronExpress: node.cronExpress,
    Description: node.description,
    DqcDescription: null,
    DqcType: 1,
    FileType: node.programType,
    NodeId: node.id,
    NodeName: node.name,
    OwnerId: node.ownerId,
    ParamValues: node.paramValues,
    Priority: node.priority,
    ProgramType: node.programType,
    ProjectId: node.projectId,
    RelatedFlowId: null,
    RepeatInterval: nodeRepeatIntervalSeconds(node),
    Repeatability: isRepeatable(node.rerunMode),
    ResGroupName: resourceGroupName,
    SchedulerType: node.schedulerType,
  };
}
