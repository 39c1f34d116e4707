import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Data source secrets at rest: AES-256-GCM with a random 96-bit nonce per seal, the data source
 * bound in as associated data (a sealed value copied to another row does not open), and the key's
 * id in the text so a wrong key fails plainly. Format: `v1.<keyId>.<base64(nonce | tag | ciphertext)>`.
 */

export const SECRET_KEY_FILE_NAME = "connectivity-secret.key";

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretKeyError";
  }
}

export type SecretBox = {
  keyId: string;
  seal(plaintext: string, associatedData: string): string;
  /** Throws SecretKeyError if the text was sealed under another key, altered, or bound to other data. */
  open(sealed: string, associatedData: string): string;
};

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError(`the connectivity secret key must be 32 bytes, got ${key.length}`);
  const keyId = crypto.createHash("sha256").update(key).digest("hex").slice(0, 8);
  return {
    keyId,
    seal(plaintext, associatedData) {
      const nonce = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv("aes-256-gcm", key, nonce);
      cipher.setAAD(Buffer.from(associatedData, "utf8"));
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `v1.${keyId}.${Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]).toString("base64")}`;
    },
    open(sealed, associatedData) {
      const [version, sealedKeyId, body] = sealed.split(".");
      if (version !== "v1" || body === undefined) throw new SecretKeyError("stored secret is not in a known format");
      if (sealedKeyId !== keyId) throw new SecretKeyError(`stored secret was sealed under key ${sealedKeyId}, but the engine has key ${keyId}`);
      const bytes = Buffer.from(body, "base64");
      if (bytes.length < 28) throw new SecretKeyError("stored secret is truncated");
      const decipher = crypto.createDecipheriv("aes-256-gcm", key, bytes.subarray(0, 12));
      decipher.setAAD(Buffer.from(associatedData, "utf8"));
      decipher.setAuthTag(bytes.subarray(12, 28));
      try {
        return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
      } catch {
        throw new SecretKeyError("stored secret failed its integrity check (altered, or sealed for another data source)");
      }
    },
  };
}

/**
 * The key: from configuration (base64 of 32 bytes) when given, else `<dataDir>/connectivity-secret.key`,
 * created on first use with mode 0600. Never printed.
 */
export function loadOrCreateSecretKey(options: { configuredKey?: string; dataDir: string }): { key: Buffer; source: "config" | "file" | "generated"; path?: string } {
  if (options.configuredKey) {
    const key = Buffer.from(options.configuredKey, "base64");
    if (key.length !== 32) throw new SecretKeyError("ENGINE_SECRET_KEY must be the base64 text of 32 random bytes (openssl rand -base64 32)");
    return { key, source: "config" };
  }
  const filePath = path.join(options.dataDir, SECRET_KEY_FILE_NAME);
  const existing = readKeyFile(filePath);
  if (existing) return { key: existing, source: "file", path: filePath };
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  try {
    fs.writeFileSync(filePath, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    fs.chmodSync(filePath, 0o600);
    return { key, source: "generated", path: filePath };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const written = readKeyFile(filePath);
    if (!written) throw new SecretKeyError(`${filePath} vanished while the engine was creating it`);
    return { key: written, source: "file", path: filePath };
  }
}

function readKeyFile(filePath: string): Buffer | null {
  let text: string;
  try {
    text = fs.readFileSync(filePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== 32) throw new SecretKeyError(`${filePath} does not hold a base64 32-byte key; restore it (stored secrets need it)`);
  return key;
}
