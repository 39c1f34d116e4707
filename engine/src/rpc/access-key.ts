import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { EngineConfig } from "../config";

export type EngineAccessKey = {
  accessKeyId: string;
  accessKeySecret: string;
  /** env: from ENGINE_ACCESS_KEY_ID/SECRET; file: read from `path`; generated: just written to `path`. */
  source: "env" | "file" | "generated";
  path?: string;
};

export const ACCESS_KEY_FILE_NAME = "engine-access-key.json";

const ZAccessKeyFile = z.object({
  accessKeyId: z.string().trim().min(8),
  accessKeySecret: z.string().trim().min(16),
});

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Crypto-random base62 text; bytes ≥ 248 are skipped so every character is equally likely. */
export function randomBase62(length: number): string {
  let text = "";
  while (text.length < length) {
    for (const byte of crypto.randomBytes(length * 2)) {
      if (byte < 248 && text.length < length) text += BASE62[byte % 62];
    }
  }
  return text;
}

/** A new pair shaped like Alibaba Cloud's: `LTAI` + 20 base62 characters, and a 30-character secret. */
export function generateAccessKey(): { accessKeyId: string; accessKeySecret: string } {
  return { accessKeyId: `LTAI${randomBase62(20)}`, accessKeySecret: randomBase62(30) };
}

/**
 * The engine's AccessKey: from the environment if both variables are set, else from
 * `<dataDir>/engine-access-key.json`, else a new one written there (mode 0600). Callers print the
 * path for a generated key, never the secret.
 */
export function loadOrCreateAccessKey(
  config: Pick<EngineConfig, "dataDir" | "ENGINE_ACCESS_KEY_ID" | "ENGINE_ACCESS_KEY_SECRET">,
): EngineAccessKey {
  if (config.ENGINE_ACCESS_KEY_ID && config.ENGINE_ACCESS_KEY_SECRET) {
    return { accessKeyId: config.ENGINE_ACCESS_KEY_ID, accessKeySecret: config.ENGINE_ACCESS_KEY_SECRET, source: "env" };
  }
  if (config.ENGINE_ACCESS_KEY_ID || config.ENGINE_ACCESS_KEY_SECRET) {
    throw new Error("Set both ENGINE_ACCESS_KEY_ID and ENGINE_ACCESS_KEY_SECRET, or neither (the engine then uses its key file)");
  }
  const filePath = path.join(config.dataDir, ACCESS_KEY_FILE_NAME);
  const existing = readAccessKeyFile(filePath);
  if (existing) return { ...existing, source: "file", path: filePath };
  const generated = generateAccessKey();
  if (writeAccessKeyFile(filePath, generated)) return { ...generated, source: "generated", path: filePath };
  const written = readAccessKeyFile(filePath);
  if (!written) throw new Error(`${filePath} vanished while the engine was creating it`);
  return { ...written, source: "file", path: filePath };
}

function readAccessKeyFile(filePath: string): z.infer<typeof ZAccessKeyFile> | null {
  let text: string;
  try {
    text = fs.readFileSync(filePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${filePath} is not valid JSON; fix it or delete it to generate a new key`);
  }
  const parsed = ZAccessKeyFile.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join(".")).join(", ");
    throw new Error(`${filePath} lacks a valid ${fields}; fix it or delete it to generate a new key`);
  }
  return parsed.data;
}

/** False when another process created the file first; its key then wins and is not overwritten. */
function writeAccessKeyFile(filePath: string, key: z.infer<typeof ZAccessKeyFile>): boolean {
  const directory = path.dirname(filePath);
  if (!fs.existsSync(directory)) fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(filePath, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  // The mode given to open() is filtered by the umask; set it explicitly.
  fs.chmodSync(filePath, 0o600);
  return true;
}
