import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConsoleDb } from "@/lib/server/db";
import { getDataWorksClient } from "@/lib/server/upstream/dataworks";
import { createTestConsoleDb, type TTestConsoleDb } from "@/lib/testing";
import { ensureEmbeddedDataService } from "./ensure-embedded-data-service";

let consoleDb: TTestConsoleDb;
let keyFile: string;

beforeAll(async () => {
  consoleDb = await createTestConsoleDb();
  keyFile = path.join(consoleDb.dir, "engine-access-key.json");
});

afterAll(async () => {
  await consoleDb?.close();
});

function writeKey(accessKeyId: string, accessKeySecret: string) {
  fs.writeFileSync(keyFile, JSON.stringify({ accessKeyId, accessKeySecret }));
}

describe("ensureEmbeddedDataService", () => {
  it("skips quietly while the engine has not written its key file", async () => {
    expect(await ensureEmbeddedDataService({ engineUrl: "http://127.0.0.1:3100", keyFile })).toMatchObject({ status: "skipped" });
    expect(await (await getConsoleDb()).dataService.count()).toBe(0);
  });

  it("registers the embedded engine once, with its secret sealed, and audits it", async () => {
    writeKey("LTAIembedded01", "first-secret-value");
    const first = await ensureEmbeddedDataService({ engineUrl: "http://127.0.0.1:3100/", keyFile });
    expect(first.status).toBe("created");
    const db = await getConsoleDb();
    const row = await db.dataService.findFirstOrThrow({ where: { isEmbedded: true } });
    expect(row).toMatchObject({ endpoint: "http://127.0.0.1:3100", accessKeyId: "LTAIembedded01", name: "Embedded engine" });
    expect(row.accessKeySecretCiphertext).not.toContain("first-secret-value");
    expect(await db.auditRecord.count({ where: { action: "data-services.register-embedded", actorName: "system" } })).toBe(1);

    expect(await ensureEmbeddedDataService({ engineUrl: "http://127.0.0.1:3100", keyFile })).toMatchObject({ status: "unchanged" });
    expect(await db.dataService.count()).toBe(1);
  });

  it("updates the stored key pair and endpoint when they change, and the cached client follows", async () => {
    const db = await getConsoleDb();
    const { id } = await db.dataService.findFirstOrThrow({ where: { isEmbedded: true } });
    expect((await getDataWorksClient(id)).accessKeyId).toBe("LTAIembedded01");

    writeKey("LTAIembedded02", "second-secret-value");
    const result = await ensureEmbeddedDataService({ engineUrl: "http://127.0.0.1:3200", keyFile });
    expect(result).toEqual({ status: "updated", serviceId: id });
    const client = await getDataWorksClient(id);
    expect(client.accessKeyId).toBe("LTAIembedded02");
    expect(client.endpoint).toBe("http://127.0.0.1:3200");
    const audit = await db.auditRecord.findFirstOrThrow({ where: { action: "data-services.update-embedded" } });
    expect(JSON.parse(audit.details)).toMatchObject({ changedFields: ["endpoint", "accessKeyId", "accessKeySecret"] });
    expect(audit.details).not.toContain("second-secret-value");
  });

  it("notices a changed secret alone", async () => {
    writeKey("LTAIembedded02", "third-secret-value");
    expect((await ensureEmbeddedDataService({ engineUrl: "http://127.0.0.1:3200", keyFile })).status).toBe("updated");
  });
});
