-- CreateTable
CREATE TABLE "console_user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "console_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "console_session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "userAgent" TEXT NOT NULL DEFAULT '',
    "ip" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "console_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "console_data_service" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'dataworks',
    "endpoint" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "accessKeyId" TEXT NOT NULL,
    "accessKeySecretCiphertext" TEXT NOT NULL,
    "isEmbedded" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastTestedAt" TIMESTAMP(3),
    "lastTestStatus" TEXT,
    "lastTestMessage" TEXT,

    CONSTRAINT "console_data_service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "console_audit_record" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
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
    "requestId" TEXT NOT NULL,

    CONSTRAINT "console_audit_record_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "console_session" ADD CONSTRAINT "console_session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "console_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

