import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getConsoleEnv } from "@/lib/env";
import { getConsoleDataDir } from "./data-dir";

/**
 * Secrets at rest (AccessKey secrets of data services): AES-256-GCM, a random 12-byte IV per
 * value, sealed as `v1.<iv>.<tag>.<ciphertext>` (base64url). The tag makes any tampering, or a
 * different key, fail loudly instead of decrypting to garbage.
 */
const VERSION = "v1";
const KEY_FILE_NAME = "console-secret.key";

function parseKey(base64: string, source: string): Buffer {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== 32) throw new Error(`${source} must be 32 bytes in base64 (got ${key.length} bytes); create one with: openssl rand -base64 32`);
  return key;
}

/** NIGHTSHIFT_SECRET_KEY, or the key file in the data folder, created once (mode 0600) when missing. */
export function loadSecretKey(options: { envKey?: string; keyFile?: string } = {}): Buffer {
  const envKey = options.envKey ?? getConsoleEnv().NIGHTSHIFT_SECRET_KEY;
  if (envKey) return parseKey(envKey, "NIGHTSHIFT_SECRET_KEY");
  const keyFile = options.keyFile ?? path.join(getConsoleDataDir(), KEY_FILE_NAME);
  if (!fs.existsSync(/*turbopackIgnore: true*/ keyFile)) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    try {
      // "wx": if another process created it first, we read theirs below instead of overwriting it.
      fs.writeFileSync(keyFile, randomBytes(32).toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return parseKey(fs.readFileSync(/*turbopackIgnore: true*/ keyFile, "utf8"), keyFile);
}

let cachedKey: Buffer | undefined;
function processKey(): Buffer {
  cachedKey ??= loadSecretKey();
  return cachedKey;
}

export function sealSecret(text: string, key: Buffer = processKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/** Throws when the value was tampered with, sealed under another key, or is not a sealed value. */
export function openSecret(sealed: string, key: Buffer = processKey()): string {
  const parts = sealed.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) throw new Error("not a sealed secret");
  const [, iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, "base64url")) as [Buffer, Buffer, Buffer, Buffer];
  if (iv.length !== 12 || tag.length !== 16) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("the secret could not be opened: it was altered, or sealed with another key (check NIGHTSHIFT_SECRET_KEY)");
  }
}

/** Tests only: seal and open with this key instead of the environment's (null forgets it). */
export function setSecretKeyForTesting(key: Buffer | null): void {
  cachedKey = key ?? undefined;
}
