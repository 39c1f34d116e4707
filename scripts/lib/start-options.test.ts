import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseStartOptions, reachableHost } from "./start-options";

const ROOT = path.resolve("/srv/nightshift");

describe("parseStartOptions", () => {
  it("starts on loopback with the documented defaults", () => {
    const options = parseStartOptions({}, ROOT);
    expect(options).toMatchObject({
      consoleUrl: "http://127.0.0.1:3000",
      engineUrl: "http://127.0.0.1:3100",
      consoleEngineUrl: "http://127.0.0.1:3100",
      dataDir: path.join(ROOT, ".data"),
      databaseUrl: `file:${path.join(ROOT, ".data", "nightshift.db")}`,
      accessKeyFile: path.join(ROOT, ".data", "engine-access-key.json"),
      engineWaitMs: 60_000,
    });
    expect(options.childEnv).toMatchObject({
      NEXT_TELEMETRY_DISABLED: "1",
      ENGINE_DATA_DIR: path.join(ROOT, ".data"),
      ENGINE_URL: "http://127.0.0.1:3100",
      HOSTNAME: "127.0.0.1",
      NIGHTSHIFT_DEMO: "1",
    });
  });

  it("moves the database with the data folder unless DATABASE_URL is given", () => {
    const moved = parseStartOptions({ NIGHTSHIFT_DATA_DIR: ".data/e2e" }, ROOT);
    expect(moved.databaseUrl).toBe(`file:${path.join(ROOT, ".data", "e2e", "nightshift.db")}`);
    const pinned = parseStartOptions({ NIGHTSHIFT_DATA_DIR: ".data/e2e", DATABASE_URL: "postgresql://127.0.0.1/test" }, ROOT);
    expect(pinned.databaseUrl).toBe("postgresql://127.0.0.1/test");
    expect(pinned.childEnv.DATABASE_URL).toBe("postgresql://127.0.0.1/test");
  });

  it("honours the engine's ENGINE_DATA_DIR when NIGHTSHIFT_DATA_DIR is not set", () => {
    expect(parseStartOptions({ ENGINE_DATA_DIR: "/var/lib/nightshift" }, ROOT).dataDir).toBe(path.resolve("/var/lib/nightshift"));
    expect(parseStartOptions({ ENGINE_DATA_DIR: "/var/lib/x", NIGHTSHIFT_DATA_DIR: "here" }, ROOT).dataDir).toBe(path.join(ROOT, "here"));
  });

  it("treats empty values as unset and rejects bad ports with the variable's name", () => {
    expect(parseStartOptions({ PORT: "", ENGINE_PORT: " " }, ROOT).consolePort).toBe(3000);
    expect(() => parseStartOptions({ ENGINE_PORT: "70000" }, ROOT)).toThrow(/ENGINE_PORT/);
  });

  it("has no key file to point at when the key comes from the environment", () => {
    expect(parseStartOptions({ ENGINE_ACCESS_KEY_ID: "LTAIexample" }, ROOT).accessKeyFile).toBeUndefined();
  });

  it("lets ENGINE_URL send the console elsewhere while the local engine still starts", () => {
    const options = parseStartOptions({ ENGINE_URL: "http://127.0.0.1:9999" }, ROOT);
    expect(options.engineUrl).toBe("http://127.0.0.1:3100");
    expect(options.childEnv.ENGINE_URL).toBe("http://127.0.0.1:9999");
  });
});

describe("reachableHost", () => {
  it.each([
    ["0.0.0.0", "127.0.0.1"],
    ["::", "[::1]"],
    ["::1", "[::1]"],
    ["127.0.0.1", "127.0.0.1"],
    ["localhost", "localhost"],
  ])("connects to %s through %s", (bind, reach) => {
    expect(reachableHost(bind)).toBe(reach);
  });
});
