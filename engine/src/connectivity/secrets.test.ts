import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSecretBox, loadOrCreateSecretKey, SECRET_KEY_FILE_NAME, SecretKeyError } from "./secrets";

describe("secret box", () => {
  const box = createSecretBox(Buffer.alloc(32, 7));

  it("opens what it sealed, and the sealed text holds no plaintext", () => {
    const sealed = box.seal('{"password":"hunter2-canary"}', "ds.1");
    expect(sealed).not.toContain("hunter2");
    expect(Buffer.from(sealed.split(".")[2] ?? "", "base64").toString("latin1")).not.toContain("hunter2");
    expect(box.open(sealed, "ds.1")).toBe('{"password":"hunter2-canary"}');
  });

  it("seals the same text differently each time", () => {
    expect(box.seal("same", "ds.1")).not.toBe(box.seal("same", "ds.1"));
  });

  it("refuses a value moved to another data source, an altered value and another key", () => {
    const sealed = box.seal("secret", "ds.1");
    expect(() => box.open(sealed, "ds.2")).toThrow(SecretKeyError);
    const body = Buffer.from(sealed.split(".")[2] ?? "", "base64");
    body[body.length - 1] = (body[body.length - 1] ?? 0) ^ 1;
    expect(() => box.open(`v1.${box.keyId}.${body.toString("base64")}`, "ds.1")).toThrow(/integrity/);
    expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed, "ds.1")).toThrow(/sealed under key/);
  });
});

describe("secret key", () => {
  it("is generated once under the data folder with mode 0600, then read back", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-key-"));
    try {
      const first = loadOrCreateSecretKey({ dataDir });
      expect(first.source).toBe("generated");
      const filePath = path.join(dataDir, SECRET_KEY_FILE_NAME);
      expect(fs.statSync(filePath).mode & 0o777).toBe(0o600);
      const second = loadOrCreateSecretKey({ dataDir });
      expect(second.source).toBe("file");
      expect(second.key.equals(first.key)).toBe(true);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("comes from configuration when given, and must be 32 bytes", () => {
    const key = Buffer.alloc(32, 3).toString("base64");
    expect(loadOrCreateSecretKey({ dataDir: "/nonexistent", configuredKey: key }).source).toBe("config");
    expect(() => loadOrCreateSecretKey({ dataDir: "/nonexistent", configuredKey: "c2hvcnQ=" })).toThrow(/32 random bytes/);
  });
});
