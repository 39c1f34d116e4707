-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "project" (
    "id" BIGINT NOT NULL,
    "identifier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "timezone" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" INTEGER NOT NULL DEFAULT 0,
    "retryTimes" INTEGER NOT NULL DEFAULT 3,
    "retryIntervalMs" INTEGER NOT NULL DEFAULT 120000,
    "sourceDir" TEXT NOT NULL DEFAULT '',
    "createdAt" BIGINT NOT NULL,
    "modifiedAt" BIGINT NOT NULL,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resource_group" (
    "id" BIGINT NOT NULL,
    "projectId" BIGINT NOT NULL,
    "identifier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slots" INTEGER NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "mode" TEXT NOT NULL DEFAULT 'ISOLATE',
    "createdAt" BIGINT NOT NULL,
    "modifiedAt" BIGINT NOT NULL,

    CONSTRAINT "resource_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "node" (
    "id" BIGINT NOT NULL,
    "projectId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "programType" TEXT NOT NULL,
    "fileType" INTEGER NOT NULL,
    "command" TEXT NOT NULL DEFAULT '',
    "cronExpress" TEXT NOT NULL,
    "cycleType" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 1,
    "resourceGroupId" BIGINT NOT NULL,
    "schedulerType" TEXT NOT NULL DEFAULT 'NORMAL',
    "rerunMode" TEXT NOT NULL DEFAULT 'ALL_ALLOWED',
    "autoRerunTimes" INTEGER NOT NULL DEFAULT 0,
    "autoRerunIntervalMs" INTEGER NOT NULL DEFAULT 60000,
    "timeoutSeconds" INTEGER NOT NULL DEFAULT 3600,
    "paramValues" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "businessName" TEXT NOT NULL DEFAULT '',
    "baselineId" BIGINT,
    "connection" TEXT NOT NULL DEFAULT '',
    "sourceFile" TEXT NOT NULL DEFAULT '',
    "sourceLine" INTEGER NOT NULL DEFAULT 0,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" BIGINT NOT NULL,
    "modifiedAt" BIGINT NOT NULL,

    CONSTRAINT "node_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "node_edge" (
    "parentId" BIGINT NOT NULL,
    "childId" BIGINT NOT NULL,

    CONSTRAINT "node_edge_pkey" PRIMARY KEY ("parentId","childId")
);

-- CreateTable
CREATE TABLE "node_output" (
    "id" BIGINT NOT NULL,
    "projectId" BIGINT NOT NULL,
    "nodeId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "tableName" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "node_output_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dag" (
    "id" BIGINT NOT NULL,
    "projectId" BIGINT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "bizdate" BIGINT NOT NULL,
    "opSeq" BIGINT,
    "createUser" TEXT NOT NULL,
    "parallelism" BOOLEAN NOT NULL DEFAULT true,
    "afterDagId" BIGINT,
    "createTime" BIGINT NOT NULL,
    "modifyTime" BIGINT NOT NULL,
    "startTime" BIGINT,
    "finishTime" BIGINT,

    CONSTRAINT "dag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instance" (
    "id" BIGINT NOT NULL,
    "projectId" BIGINT NOT NULL,
    "nodeId" BIGINT NOT NULL,
    "dagId" BIGINT NOT NULL,
    "dagType" TEXT NOT NULL,
    "bizdate" BIGINT NOT NULL,
    "cycTime" BIGINT NOT NULL,
    "dueTime" BIGINT NOT NULL,
    "inGroupId" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL,
    "taskType" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "resourceGroupId" BIGINT NOT NULL,
    "paramValues" TEXT NOT NULL DEFAULT '',
    "pendingParents" INTEGER NOT NULL DEFAULT 0,
    "isSuspended" BOOLEAN NOT NULL DEFAULT false,
    "rerunsLeft" INTEGER,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "exitCode" INTEGER,
    "errorMessage" TEXT NOT NULL DEFAULT '',
    "createUser" TEXT NOT NULL DEFAULT '',
    "baselineId" BIGINT,
    "createTime" BIGINT NOT NULL,
    "modifyTime" BIGINT NOT NULL,
    "beginWaitTimeTime" BIGINT,
    "beginWaitResTime" BIGINT,
    "beginRunningTime" BIGINT,
    "finishTime" BIGINT,
    "claimOwner" TEXT,
    "claimHeartbeat" BIGINT,
    "pid" INTEGER,
    "processStart" TEXT,

    CONSTRAINT "instance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instance_edge" (
    "parentId" BIGINT NOT NULL,
    "childId" BIGINT NOT NULL,

    CONSTRAINT "instance_edge_pkey" PRIMARY KEY ("parentId","childId")
);

-- CreateTable
CREATE TABLE "instance_log" (
    "id" SERIAL NOT NULL,
    "instanceId" BIGINT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "at" BIGINT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "instance_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attempt" (
    "id" SERIAL NOT NULL,
    "instanceId" BIGINT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "engineId" TEXT NOT NULL,
    "pid" INTEGER,
    "processStart" TEXT,
    "startedAt" BIGINT NOT NULL,
    "finishedAt" BIGINT,
    "exitCode" INTEGER,
    "outcome" TEXT,

    CONSTRAINT "attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "operation" (
    "id" SERIAL NOT NULL,
    "projectId" BIGINT,
    "action" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "targetType" TEXT NOT NULL,
    "targetId" BIGINT NOT NULL,
    "before" TEXT NOT NULL DEFAULT '',
    "after" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL,
    "errorCode" TEXT NOT NULL DEFAULT '',
    "requestId" TEXT NOT NULL DEFAULT '',
    "at" BIGINT NOT NULL,

    CONSTRAINT "operation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deployment" (
    "id" SERIAL NOT NULL,
    "projectId" BIGINT NOT NULL,
    "operator" TEXT NOT NULL,
    "digest" TEXT NOT NULL,
    "nodesAdded" INTEGER NOT NULL,
    "nodesChanged" INTEGER NOT NULL,
    "nodesRemoved" INTEGER NOT NULL,
    "at" BIGINT NOT NULL,

    CONSTRAINT "deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "id_sequence" (
    "name" TEXT NOT NULL,
    "next" BIGINT NOT NULL,

    CONSTRAINT "id_sequence_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "engine_meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "engine_meta_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "project_identifier_key" ON "project"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "resource_group_identifier_key" ON "resource_group"("identifier");

-- CreateIndex
CREATE INDEX "resource_group_projectId_idx" ON "resource_group"("projectId");

-- CreateIndex
CREATE INDEX "node_projectId_isDeleted_idx" ON "node"("projectId", "isDeleted");

-- CreateIndex
CREATE UNIQUE INDEX "node_projectId_name_key" ON "node"("projectId", "name");

-- CreateIndex
CREATE INDEX "node_edge_childId_idx" ON "node_edge"("childId");

-- CreateIndex
CREATE INDEX "node_output_nodeId_idx" ON "node_output"("nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "node_output_projectId_name_key" ON "node_output"("projectId", "name");

-- CreateIndex
CREATE INDEX "dag_projectId_type_bizdate_idx" ON "dag"("projectId", "type", "bizdate");

-- CreateIndex
CREATE INDEX "dag_opSeq_idx" ON "dag"("opSeq");

-- CreateIndex
CREATE INDEX "dag_afterDagId_idx" ON "dag"("afterDagId");

-- CreateIndex
CREATE INDEX "instance_projectId_bizdate_cycTime_id_idx" ON "instance"("projectId", "bizdate", "cycTime", "id");

-- CreateIndex
CREATE INDEX "instance_projectId_bizdate_status_cycTime_id_idx" ON "instance"("projectId", "bizdate", "status", "cycTime", "id");

-- CreateIndex
CREATE INDEX "instance_status_dueTime_idx" ON "instance"("status", "dueTime");

-- CreateIndex
CREATE INDEX "instance_dagId_status_idx" ON "instance"("dagId", "status");

-- CreateIndex
CREATE INDEX "instance_nodeId_bizdate_idx" ON "instance"("nodeId", "bizdate");

-- CreateIndex
CREATE UNIQUE INDEX "instance_dagId_nodeId_cycTime_key" ON "instance"("dagId", "nodeId", "cycTime");

-- CreateIndex
CREATE INDEX "instance_edge_childId_idx" ON "instance_edge"("childId");

-- CreateIndex
CREATE INDEX "instance_log_instanceId_id_idx" ON "instance_log"("instanceId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "attempt_instanceId_attempt_key" ON "attempt"("instanceId", "attempt");

-- CreateIndex
CREATE INDEX "operation_targetType_targetId_idx" ON "operation"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "operation_at_idx" ON "operation"("at");

-- CreateIndex
CREATE INDEX "deployment_projectId_at_idx" ON "deployment"("projectId", "at");

