-- CreateTable
CREATE TABLE "data_source" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "projectId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "dataSourceType" TEXT NOT NULL,
    "subType" TEXT NOT NULL DEFAULT '',
    "envType" INTEGER NOT NULL DEFAULT 1,
    "content" TEXT NOT NULL,
    "secretsCipher" TEXT NOT NULL DEFAULT '',
    "secretEnv" TEXT NOT NULL DEFAULT '{}',
    "status" INTEGER NOT NULL DEFAULT 1,
    "operator" TEXT NOT NULL DEFAULT '',
    "sourceFile" TEXT NOT NULL DEFAULT '',
    "lastConnectState" TEXT,
    "lastTestedAt" BIGINT,
    "createdAt" BIGINT NOT NULL,
    "modifiedAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "connectivity_test_run" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "batchId" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'datasource',
    "projectId" BIGINT NOT NULL,
    "dataSourceId" BIGINT NOT NULL,
    "resourceGroupId" BIGINT NOT NULL,
    "connectState" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "advice" TEXT NOT NULL DEFAULT '',
    "steps" TEXT NOT NULL DEFAULT '[]',
    "operator" TEXT NOT NULL DEFAULT '',
    "requestId" TEXT NOT NULL DEFAULT '',
    "startedAt" BIGINT NOT NULL,
    "finishedAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "data_source_binding" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dataSourceId" BIGINT NOT NULL,
    "resourceGroupId" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "progress" REAL NOT NULL DEFAULT 0,
    "message" TEXT NOT NULL DEFAULT '',
    "operator" TEXT NOT NULL DEFAULT '',
    "createdAt" BIGINT NOT NULL,
    "modifiedAt" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "resource_group_egress" (
    "resourceGroupId" BIGINT NOT NULL PRIMARY KEY,
    "allowCidrs" TEXT NOT NULL DEFAULT '[]',
    "denyCidrs" TEXT NOT NULL DEFAULT '[]',
    "allowLoopback" BOOLEAN NOT NULL DEFAULT true,
    "modifiedAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "data_source_projectId_idx" ON "data_source"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "data_source_projectId_envType_name_key" ON "data_source"("projectId", "envType", "name");

-- CreateIndex
CREATE INDEX "connectivity_test_run_dataSourceId_startedAt_idx" ON "connectivity_test_run"("dataSourceId", "startedAt");

-- CreateIndex
CREATE INDEX "connectivity_test_run_batchId_idx" ON "connectivity_test_run"("batchId");

-- CreateIndex
CREATE INDEX "connectivity_test_run_projectId_startedAt_idx" ON "connectivity_test_run"("projectId", "startedAt");

-- CreateIndex
CREATE INDEX "data_source_binding_resourceGroupId_idx" ON "data_source_binding"("resourceGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "data_source_binding_dataSourceId_resourceGroupId_key" ON "data_source_binding"("dataSourceId", "resourceGroupId");

