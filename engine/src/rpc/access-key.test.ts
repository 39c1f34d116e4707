import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ACCESS_KEY_FILE_NAME, generateAccessKey, loadOrCreateAccessKey, randomBase62 } from "./access-key";

const directories: string[] = [];

function tempDataDir(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-access-key-"));
  directories.push(directory);
  return path.join(directory, "data");
}

afterEach(() => {
  for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

describe("loadOrCreateAccessKey", () => {
  it("uses the environment's key when both variables are set, writing nothing", () => {
    const dataDir = tempDataDir();
    const key = loadOrCreateAccessKey({ dataDir, ENGINE_ACCESS_KEY_ID: "LTAIfromenv", ENGINE_ACCESS_KEY_SECRET: "a-secret-of-sixteen+" });
    expect(key).toEqual({ accessKeyId: "LTAIfromenv", accessKeySecret: "a-secret-of-sixteen+", source: "env" });
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("refuses only one of the two variables", () => {
    expect(() => loadOrCreateAccessKey({ dataDir: tempDataDir(), ENGINE_ACCESS_KEY_ID: "LTAIfromenv", ENGINE_ACCESS_KEY_SECRET: undefined })).toThrow(
      /both ENGINE_ACCESS_KEY_ID and ENGINE_ACCESS_KEY_SECRET/,
    );
  });

  it("generates a key into a 0600 file in a new 0700 directory, and reuses it on the next call", () => {
    const dataDir = tempDataDir();
    const config = { dataDir, ENGINE_ACCESS_KEY_ID: undefined, ENGINE_ACCESS_KEY_SECRET: undefined };
    const generated = loadOrCreateAccessKey(config);
    const filePath = path.join(dataDir, ACCESS_KEY_FILE_NAME);
    expect(generated.source).toBe("generated");
    expect(generated.path).toBe(filePath);
    expect(fs.statSync(filePath).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);

    const reused = loadOrCreateAccessKey(config);
    expect(reused).toEqual({ accessKeyId: generated.accessKeyId, accessKeySecret: generated.accessKeySecret, source: "file", path: filePath });
  });

  it("names the file when it is not valid JSON, and never overwrites it", () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir);
    const filePath = path.join(dataDir, ACCESS_KEY_FILE_NAME);
    fs.writeFileSync(filePath, "{ not json");
    expect(() => loadOrCreateAccessKey({ dataDir, ENGINE_ACCESS_KEY_ID: undefined, ENGINE_ACCESS_KEY_SECRET: undefined })).toThrow(filePath);
    expect(fs.readFileSync(filePath, "utf8")).toBe("{ not json");
  });

  it("names the missing field of a key file", () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, ACCESS_KEY_FILE_NAME), JSON.stringify({ accessKeyId: "LTAIsomething" }));
    expect(() => loadOrCreateAccessKey({ dataDir, ENGINE_ACCESS_KEY_ID: undefined, ENGINE_ACCESS_KEY_SECRET: undefined })).toThrow(/accessKeySecret/);
  });
});

describe("generateAccessKey", () => {
  it("makes an LTAI id of 24 characters and a 30-character base62 secret, different every time", () => {
    const first = generateAccessKey();
    const second = generateAccessKey();
    expect(first.accessKeyId).toMatch(/^LTAI[0-9A-Za-z]{20}$/);
    expect(first.accessKeySecret).toMatch(/^[0-9A-Za-z]{30}$/);
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
    expect(second.accessKeySecret).not.toBe(first.accessKeySecret);
  });

  it("draws base62 characters from the whole alphabet", () => {
    expect(new Set(randomBase62(5000)).size).toBe(62);
  });
});
