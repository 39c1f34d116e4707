-- CreateTable
CREATE TABLE "console_user" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "disabledAt" DATETIME
);

-- CreateTable
CREATE TABLE "console_session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "userAgent" TEXT NOT NULL DEFAULT '',
    "ip" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "console_session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "console_user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "console_data_service" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'dataworks',
    "endpoint" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "accessKeyId" TEXT NOT NULL,
    "accessKeySecretCiphertext" TEXT NOT NULL,
    "isEmbedded" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastTestedAt" DATETIME,
    "lastTestStatus" TEXT,
    "lastTestMessage" TEXT
);

-- CreateTable
CREATE TABLE "console_audit_record" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetIds" TEXT NOT NULL DEFAULT '[]',
    "serviceId" INTEGER,
    "projectId" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "result" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT 'null',
    "requestId" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "console_user_username_key" ON "console_user"("username");

-- CreateIndex
CREATE INDEX "console_session_userId_idx" ON "console_session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "console_data_service_name_key" ON "console_data_service"("name");

-- CreateIndex
CREATE INDEX "console_audit_record_at_id_idx" ON "console_audit_record"("at", "id");

-- CreateIndex
CREATE INDEX "console_audit_record_actorName_at_idx" ON "console_audit_record"("actorName", "at");

-- CreateIndex
CREATE INDEX "console_audit_record_action_at_idx" ON "console_audit_record"("action", "at");

