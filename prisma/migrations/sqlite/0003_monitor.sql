-- CreateTable
CREATE TABLE "baseline" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "projectId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "baselineType" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "useFlag" BOOLEAN NOT NULL DEFAULT true,
    "slaDetail" TEXT NOT NULL,
    "alertMarginMinutes" INTEGER NOT NULL,
    "sourceFile" TEXT NOT NULL DEFAULT '',
    "sourceLine" INTEGER NOT NULL DEFAULT 0,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" BIGINT NOT NULL,
    "modifiedAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "baseline_instance" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "baselineId" BIGINT NOT NULL,
    "projectId" BIGINT NOT NULL,
    "bizdate" BIGINT NOT NULL,
    "inGroupId" INTEGER NOT NULL,
    "slaTime" BIGINT NOT NULL,
    "expTime" BIGINT NOT NULL,
    "endCast" BIGINT,
    "buffer" INTEGER,
    "status" TEXT NOT NULL,
    "finishStatus" TEXT NOT NULL,
    "finishTime" BIGINT,
    "lastInstanceId" BIGINT,
    "blockInstanceId" BIGINT,
    "keyPath" TEXT NOT NULL DEFAULT '',
    "evaluatedAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" BIGINT NOT NULL,
    "instanceId" BIGINT NOT NULL,
    "nodeId" BIGINT NOT NULL,
    "nodeName" TEXT NOT NULL,
    "nodeOwner" TEXT NOT NULL,
    "topicType" TEXT NOT NULL,
    "topicStatus" TEXT NOT NULL,
    "topicName" TEXT NOT NULL,
    "happenTime" BIGINT NOT NULL,
    "addTime" BIGINT NOT NULL,
    "fixTime" BIGINT,
    "assigner" TEXT NOT NULL DEFAULT '',
    "dealUser" TEXT NOT NULL DEFAULT '',
    "dealTime" BIGINT,
    "dealNote" TEXT NOT NULL DEFAULT '',
    "alertTime" BIGINT,
    "nextAlertTime" BIGINT,
    "baselineId" BIGINT,
    "baselineInGroupId" INTEGER,
    "baselineBizdate" BIGINT,
    "baselineBuffer" INTEGER,
    "baselineStatus" TEXT,
    "attempt" INTEGER NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT true
);

-- CreateTable
CREATE TABLE "topic_influence" (
    "topicId" INTEGER NOT NULL,
    "baselineInstanceId" INTEGER NOT NULL,

    PRIMARY KEY ("topicId", "baselineInstanceId")
);

-- CreateTable
CREATE TABLE "topic_action" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "topicId" INTEGER NOT NULL,
    "fromStatus" TEXT NOT NULL,
    "toStatus" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "baseline_projectId_isDeleted_idx" ON "baseline"("projectId", "isDeleted");

-- CreateIndex
CREATE UNIQUE INDEX "baseline_projectId_name_key" ON "baseline"("projectId", "name");

-- CreateIndex
CREATE INDEX "baseline_instance_bizdate_status_idx" ON "baseline_instance"("bizdate", "status");

-- CreateIndex
CREATE UNIQUE INDEX "baseline_instance_baselineId_bizdate_inGroupId_key" ON "baseline_instance"("baselineId", "bizdate", "inGroupId");

-- CreateIndex
CREATE INDEX "topic_addTime_idx" ON "topic"("addTime");

-- CreateIndex
CREATE INDEX "topic_instanceId_isOpen_idx" ON "topic"("instanceId", "isOpen");

-- CreateIndex
CREATE UNIQUE INDEX "topic_instanceId_topicType_attempt_key" ON "topic"("instanceId", "topicType", "attempt");

-- CreateIndex
CREATE INDEX "topic_influence_baselineInstanceId_idx" ON "topic_influence"("baselineInstanceId");

-- CreateIndex
CREATE INDEX "topic_action_topicId_id_idx" ON "topic_action"("topicId", "id");

