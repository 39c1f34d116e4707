-- CreateTable
CREATE TABLE "remind" (
    "id" SERIAL NOT NULL,
    "projectId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "founder" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'API',
    "remindUnit" TEXT NOT NULL,
    "objectIds" TEXT NOT NULL DEFAULT '[]',
    "remindType" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "alertUnit" TEXT NOT NULL,
    "alertTargets" TEXT NOT NULL DEFAULT '[]',
    "alertMethods" TEXT NOT NULL DEFAULT '[]',
    "robotUrls" TEXT NOT NULL DEFAULT '[]',
    "webhooks" TEXT NOT NULL DEFAULT '[]',
    "dndStart" TEXT NOT NULL DEFAULT '00:00',
    "dndEnd" TEXT NOT NULL DEFAULT '',
    "maxAlertTimes" INTEGER NOT NULL DEFAULT 3,
    "alertIntervalSeconds" INTEGER NOT NULL DEFAULT 1800,
    "useFlag" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" BIGINT NOT NULL,
    "modifiedAt" BIGINT NOT NULL,

    CONSTRAINT "remind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_message" (
    "id" SERIAL NOT NULL,
    "projectId" BIGINT NOT NULL,
    "source" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "limitKey" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "alertTime" BIGINT NOT NULL,
    "remindId" INTEGER,
    "remindName" TEXT NOT NULL DEFAULT '',
    "baselineId" BIGINT,
    "topicId" BIGINT,
    "instanceId" BIGINT,
    "nodeId" BIGINT,
    "details" TEXT NOT NULL DEFAULT '{}',
    "users" TEXT NOT NULL DEFAULT '[]',
    "methods" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL,

    CONSTRAINT "alert_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_dedupe" (
    "projectId" BIGINT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "lastAt" BIGINT NOT NULL,
    "alertId" INTEGER NOT NULL,

    CONSTRAINT "alert_dedupe_pkey" PRIMARY KEY ("projectId","dedupeKey")
);

-- CreateTable
CREATE TABLE "alert_delivery" (
    "id" SERIAL NOT NULL,
    "alertId" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "receiver" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'json',
    "secretEnv" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" BIGINT NOT NULL,
    "nextAttemptAt" BIGINT NOT NULL,
    "giveUpAt" BIGINT NOT NULL,
    "sentAt" BIGINT,
    "lastError" TEXT NOT NULL DEFAULT '',
    "claimOwner" TEXT,
    "claimUntil" BIGINT,

    CONSTRAINT "alert_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_channel" (
    "id" SERIAL NOT NULL,
    "projectId" BIGINT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "format" TEXT NOT NULL DEFAULT 'json',
    "secretEnv" TEXT NOT NULL DEFAULT '',
    "everyAlert" BOOLEAN NOT NULL DEFAULT false,
    "origin" TEXT NOT NULL DEFAULT 'WORKSPACE',

    CONSTRAINT "alert_channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_contact" (
    "id" SERIAL NOT NULL,
    "projectId" BIGINT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "webhook" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "alert_contact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "remind_projectId_name_idx" ON "remind"("projectId", "name");

-- CreateIndex
CREATE INDEX "remind_useFlag_idx" ON "remind"("useFlag");

-- CreateIndex
CREATE INDEX "alert_message_projectId_alertTime_idx" ON "alert_message"("projectId", "alertTime");

-- CreateIndex
CREATE INDEX "alert_message_alertTime_idx" ON "alert_message"("alertTime");

-- CreateIndex
CREATE INDEX "alert_message_limitKey_alertTime_idx" ON "alert_message"("limitKey", "alertTime");

-- CreateIndex
CREATE INDEX "alert_message_remindId_instanceId_idx" ON "alert_message"("remindId", "instanceId");

-- CreateIndex
CREATE INDEX "alert_delivery_status_nextAttemptAt_idx" ON "alert_delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "alert_delivery_alertId_idx" ON "alert_delivery"("alertId");

-- CreateIndex
CREATE UNIQUE INDEX "alert_channel_projectId_name_key" ON "alert_channel"("projectId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "alert_contact_projectId_userId_key" ON "alert_contact"("projectId", "userId");

