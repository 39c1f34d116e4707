import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSecretKey, openSecret, sealSecret } from "./secret-box";

const key = randomBytes(32);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("secret box", () => {
  it("opens what it sealed, and seals the same text differently each time", () => {
    const a = sealSecret("AccessKeySecret-测试", key);
    const b = sealSecret("AccessKeySecret-测试", key);
    expect(a).not.toBe(b);
    expect(a).not.toContain("AccessKeySecret");
    expect(openSecret(a, key)).toBe("AccessKeySecret-测试");
    expect(openSecret(b, key)).toBe("AccessKeySecret-测试");
  });

  it("refuses a tampered value", () => {
    const sealed = sealSecret("the secret", key);
    const parts = sealed.split(".");
    const ciphertext = Buffer.from(parts[3] as string, "base64url");
    ciphertext[0] = (ciphertext[0] as number) ^ 1;
    const tampered = [parts[0], parts[1], parts[2], ciphertext.toString("base64url")].join(".");
    expect(() => openSecret(tampered, key)).toThrow(/altered|another key/);
  });

  it("refuses a value sealed under another key", () => {
    const sealed = sealSecret("the secret", key);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow(/another key/);
  });

  it("refuses text that is not a sealed value", () => {
    expect(() => openSecret("plain", key)).toThrow(/not a sealed secret/);
  });

  it("creates a key file once with mode 0600 and reads the same key afterwards", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secret-box-"));
    dirs.push(dir);
    const keyFile = path.join(dir, "nested", "console-secret.key");
    const first = loadSecretKey({ keyFile, envKey: "" });
    const second = loadSecretKey({ keyFile, envKey: "" });
    expect(first.equals(second)).toBe(true);
    expect(first).toHaveLength(32);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it("takes the key from the environment and rejects one of the wrong size", () => {
    const envKey = randomBytes(32).toString("base64");
    expect(loadSecretKey({ envKey }).toString("base64")).toBe(envKey);
    expect(() => loadSecretKey({ envKey: randomBytes(16).toString("base64") })).toThrow(/32 bytes/);
  });
});
