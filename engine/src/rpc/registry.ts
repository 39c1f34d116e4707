import type { ActionDefinition } from "./action";
import { createDataSourceBindingAction, deleteDataSourceBindingAction, listDataSourceBindingsAction } from "./actions/connectivity/bindings";
import { updateResourceGroupEgressPolicyAction } from "./actions/connectivity/egress-policy";
import { listConnectivityTestRunsAction } from "./actions/connectivity/list-connectivity-test-runs";
import { testConnectivityBatchAction } from "./actions/connectivity/test-connectivity-batch";
import { testConnectivityPairAction } from "./actions/connectivity/test-connectivity-pair";
import { testDataSourceConnectivityAction } from "./actions/connectivity/test-data-source-connectivity";
import { testNetworkConnectionAction } from "./actions/connectivity/test-network-connection";
import { listAlertMessagesAction } from "./actions/alerts/list-alert-messages";
import { sendTestAlertAction } from "./actions/alerts/send-test-alert";
import { getBaselineConfigAction } from "./actions/baselines/get-baseline-config";
import { getBaselineKeyPathAction } from "./actions/baselines/get-baseline-key-path";
import { getBaselineStatusAction } from "./actions/baselines/get-baseline-status";
import { listBaselineConfigsAction } from "./actions/baselines/list-baseline-configs";
import { listBaselineStatusesAction } from "./actions/baselines/list-baseline-statuses";
import { listNodesByBaselineAction } from "./actions/baselines/list-nodes-by-baseline";
import { getDagAction } from "./actions/dags/get-dag";
import { createDataSourceAction } from "./actions/datasources/create-data-source";
import { deleteDataSourceAction } from "./actions/datasources/delete-data-source";
import { listDataSourcesAction } from "./actions/datasources/list-data-sources";
import { updateDataSourceAction } from "./actions/datasources/update-data-source";
import { listDagsAction } from "./actions/dags/list-dags";
import { listManualDagInstancesAction } from "./actions/dags/list-manual-dag-instances";
import { countInstanceDownstreamAction } from "./actions/instances/count-instance-downstream";
import { getInstanceAction } from "./actions/instances/get-instance";
import { getInstanceLogAction } from "./actions/instances/get-instance-log";
import { listInstanceDependenciesAction } from "./actions/instances/list-instance-dependencies";
import { listInstancesAction } from "./actions/instances/list-instances";
import { getNodeAction } from "./actions/nodes/get-node";
import { getNodeChildrenAction } from "./actions/nodes/get-node-children";
import { getNodeCodeAction } from "./actions/nodes/get-node-code";
import { getNodeParentsAction } from "./actions/nodes/get-node-parents";
import { listFileTypeAction } from "./actions/nodes/list-file-type";
import { listNodeInputOrOutputAction } from "./actions/nodes/list-node-input-or-output";
import { listNodesAction } from "./actions/nodes/list-nodes";
import { listNodesByOutputAction } from "./actions/nodes/list-nodes-by-output";
import { listInstanceOperationsAction } from "./actions/operations/list-instance-operations";
import { restartInstanceAction } from "./actions/operations/restart-instance";
import { resumeInstanceAction } from "./actions/operations/resume-instance";
import { runCycleDagNodesAction } from "./actions/operations/run-cycle-dag-nodes";
import { runManualDagNodesAction } from "./actions/operations/run-manual-dag-nodes";
import { runSmokeTestAction } from "./actions/operations/run-smoke-test";
import { setSuccessInstanceAction } from "./actions/operations/set-success-instance";
import { stopInstanceAction } from "./actions/operations/stop-instance";
import { suspendInstanceAction } from "./actions/operations/suspend-instance";
import { updateNodeOwnerAction } from "./actions/operations/update-node-owner";
import { updateNodeRunModeAction } from "./actions/operations/update-node-run-mode";
import { getProjectAction } from "./actions/projects/get-project";
import { listProjectsAction } from "./actions/projects/list-projects";
import { listResourceGroupsAction } from "./actions/projects/list-resource-groups";
import { createRemindAction } from "./actions/reminds/create-remind";
import { deleteRemindAction } from "./actions/reminds/delete-remind";
import { getRemindAction } from "./actions/reminds/get-remind";
import { listRemindsAction } from "./actions/reminds/list-reminds";
import { updateRemindAction } from "./actions/reminds/update-remind";
import { getFileTypeStatisticAction } from "./actions/stats/get-file-type-statistic";
import { getInstanceStatusStatisticAction } from "./actions/stats/get-instance-status-statistic";
import { listInstanceAmountAction } from "./actions/stats/list-instance-amount";
import { listSuccessInstanceAmountAction } from "./actions/stats/list-success-instance-amount";
import { topTenElapsedTimeInstanceAction } from "./actions/stats/top-ten-elapsed-time-instance";
import { topTenErrorTimesInstanceAction } from "./actions/stats/top-ten-error-times-instance";
import { getTopicAction } from "./actions/topics/get-topic";
import { getTopicInfluenceAction } from "./actions/topics/get-topic-influence";
import { listTopicsAction } from "./actions/topics/list-topics";
import { updateTopicAction } from "./actions/topics/update-topic";

/**
 * Every DataWorks Action the embedded engine answers (docs/engine-api.md lists them with their
 * levels and envelopes), plus the Nightshift extension ListInstanceOperations.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each action has its own params schema
export const ALL_ACTIONS: readonly ActionDefinition<any>[] = [
  // Workspaces and resource groups
  listProjectsAction,
  getProjectAction,
  listResourceGroupsAction,
  // Nodes
  listNodesAction,
  getNodeAction,
  getNodeCodeAction,
  getNodeParentsAction,
  getNodeChildrenAction,
  listNodeInputOrOutputAction,
  listNodesByOutputAction,
  listFileTypeAction,
  // Instances
  listInstancesAction,
  getInstanceAction,
  getInstanceLogAction,
  listInstanceDependenciesAction,
  countInstanceDownstreamAction,
  // Operations
  stopInstanceAction,
  restartInstanceAction,
  setSuccessInstanceAction,
  suspendInstanceAction,
  resumeInstanceAction,
  runCycleDagNodesAction,
  runSmokeTestAction,
  runManualDagNodesAction,
  updateNodeRunModeAction,
  updateNodeOwnerAction,
  listInstanceOperationsAction,
  // DAGs
  getDagAction,
  listDagsAction,
  listManualDagInstancesAction,
  // Statistics
  listSuccessInstanceAmountAction,
  listInstanceAmountAction,
  topTenElapsedTimeInstanceAction,
  topTenErrorTimesInstanceAction,
  getInstanceStatusStatisticAction,
  getFileTypeStatisticAction,
  // Baselines (monitoring)
  listBaselineConfigsAction,
  getBaselineConfigAction,
  listNodesByBaselineAction,
  listBaselineStatusesAction,
  getBaselineStatusAction,
  getBaselineKeyPathAction,
  // Events (topics); UpdateTopic is a Nightshift extension
  listTopicsAction,
  getTopicAction,
  getTopicInfluenceAction,
  updateTopicAction,
  // Custom rules (reminds) and alert messages (extension: SendTestAlert)
  createRemindAction,
  updateRemindAction,
  deleteRemindAction,
  getRemindAction,
  listRemindsAction,
  listAlertMessagesAction,
  sendTestAlertAction,
  // Data sources and connectivity tests (extensions: batch, pair, history, bindings, egress policy)
  createDataSourceAction,
  listDataSourcesAction,
  updateDataSourceAction,
  deleteDataSourceAction,
  testDataSourceConnectivityAction,
  testNetworkConnectionAction,
  testConnectivityBatchAction,
  testConnectivityPairAction,
  listConnectivityTestRunsAction,
  createDataSourceBindingAction,
  listDataSourceBindingsAction,
  deleteDataSourceBindingAction,
  updateResourceGroupEgressPolicyAction,
];
