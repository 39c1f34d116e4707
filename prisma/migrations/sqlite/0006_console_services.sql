-- CreateTable
CREATE TABLE "console_check_service" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "cloudProjectId" TEXT NOT NULL DEFAULT '',
    "accessKeyId" TEXT NOT NULL,
    "accessKeySecretCiphertext" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "console_check_service_name_key" ON "console_check_service"("name");

