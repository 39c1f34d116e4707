import { sealSecret } from "@/lib/server/crypto/secret-box";
import { getConsoleDb } from "@/lib/server/db";
import type { TTestEngine } from "./test-engine";

/** Registers a test engine as a data service in the installed test database; answers its id. */
export async function createTestDataService(engine: Pick<TTestEngine, "url" | "accessKeyId" | "accessKeySecret">, options: { name?: string } = {}): Promise<number> {
  const db = await getConsoleDb();
  const row = await db.dataService.create({
    data: {
      name: options.name ?? `test-engine-${engine.url}`,
      kind: "dataworks",
      endpoint: engine.url,
      region: "cn-local",
      accessKeyId: engine.accessKeyId,
      accessKeySecretCiphertext: sealSecret(engine.accessKeySecret),
      isEmbedded: true,
    },
  });
  return row.id;
}
