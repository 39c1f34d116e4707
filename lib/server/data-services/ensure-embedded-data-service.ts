import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { getConsoleEnv } from "@/lib/env";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { openSecret, sealSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import { invalidateServiceProjects } from "@/lib/server/projects/list-service-projects";
import { invalidateDataWorksClient } from "@/lib/server/upstream/dataworks";

const ACCESS_KEY_FILE_NAME = "engine-access-key.json";
const EMBEDDED_NAME = "Embedded engine";
/** The engine ignores RegionId; this names it honestly in the settings table. */
const EMBEDDED_REGION = "cn-local";

const ZEngineAccessKeyFile = z.object({ accessKeyId: z.string().trim().min(1), accessKeySecret: z.string().min(1) });

export type EnsureEmbeddedResult =
  | { status: "created" | "updated" | "unchanged"; serviceId: number }
  | { status: "skipped"; reason: string };

type EnsureOptions = { engineUrl?: string; keyFile?: string };

/**
 * Registers the embedded engine as a data service on first start, and keeps its endpoint
 * (ENGINE_URL) and AccessKey pair (`<ENGINE_DATA_DIR or .data>/engine-access-key.json`) current.
 * Skipped (not an error) when the key file does not exist yet: the engine writes it on its first start.
 */
export async function ensureEmbeddedDataService(options: EnsureOptions = {}): Promise<EnsureEmbeddedResult> {
  const env = getConsoleEnv();
  const endpoint = (options.engineUrl ?? env.ENGINE_URL).replace(/\/+$/, "");
  const keyFile = options.keyFile ?? path.join(path.resolve(env.ENGINE_DATA_DIR ?? ".data"), ACCESS_KEY_FILE_NAME);
  if (!fs.existsSync(keyFile)) return { status: "skipped", reason: `${keyFile} does not exist yet (the engine creates it on its first start)` };
  let key: z.infer<typeof ZEngineAccessKeyFile>;
  try {
    key = ZEngineAccessKeyFile.parse(JSON.parse(fs.readFileSync(keyFile, "utf8")));
  } catch {
    return { status: "skipped", reason: `${keyFile} is not a { accessKeyId, accessKeySecret } JSON file` };
  }

  const db = await getConsoleDb();
  const audit = { actor: null, targetType: "data-service", requestId: randomUUID() };
  const existing = await db.dataService.findFirst({ where: { isEmbedded: true }, orderBy: { id: "asc" } });
  if (!existing) {
    const created = await db.dataService.create({
      data: {
        name: await freeName(EMBEDDED_NAME),
        kind: "dataworks",
        endpoint,
        region: EMBEDDED_REGION,
        accessKeyId: key.accessKeyId,
        accessKeySecretCiphertext: sealSecret(key.accessKeySecret),
        isEmbedded: true,
      },
      select: { id: true, name: true },
    });
    await recordAudit({ ...audit, action: "data-services.register-embedded", targetIds: [String(created.id)], result: "ok", details: { name: created.name, endpoint, accessKeyId: key.accessKeyId }, serviceId: created.id });
    return { status: "created", serviceId: created.id };
  }

  const storedSecret = safeOpen(existing.accessKeySecretCiphertext);
  const changedFields = [
    ...(existing.endpoint !== endpoint ? ["endpoint"] : []),
    ...(existing.accessKeyId !== key.accessKeyId ? ["accessKeyId"] : []),
    ...(storedSecret !== key.accessKeySecret ? ["accessKeySecret"] : []),
  ];
  if (changedFields.length === 0) return { status: "unchanged", serviceId: existing.id };
  await db.dataService.update({
    where: { id: existing.id },
    data: { endpoint, accessKeyId: key.accessKeyId, accessKeySecretCiphertext: sealSecret(key.accessKeySecret) },
  });
  invalidateDataWorksClient(existing.id);
  invalidateServiceProjects(existing.id);
  await recordAudit({ ...audit, action: "data-services.update-embedded", targetIds: [String(existing.id)], result: "ok", details: { changedFields, endpoint }, serviceId: existing.id });
  return { status: "updated", serviceId: existing.id };
}

/** A stored secret sealed under an older key cannot be compared; treat it as changed. */
function safeOpen(sealed: string): string | null {
  try {
    return openSecret(sealed);
  } catch {
    return null;
  }
}

async function freeName(base: string): Promise<string> {
  const db = await getConsoleDb();
  for (let suffix = 1; ; suffix += 1) {
    const name = suffix === 1 ? base : `${base} ${suffix}`;
    if (!(await db.dataService.findUnique({ where: { name }, select: { id: true } }))) return name;
  }
}
