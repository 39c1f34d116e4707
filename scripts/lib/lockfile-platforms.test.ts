import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { completeLockfile, findMissingOptionalPackages, platformOf, type Lockfile } from "./lockfile-platforms";

describe("package-lock.json platform entries", () => {
  it("lists every optional platform package its dependencies pin, so `npm ci` accepts the lock", () => {
    const lock = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../package-lock.json"), "utf8")) as Lockfile;
    expect(findMissingOptionalPackages(lock).map((item) => item.name)).toEqual([]);
  });

  it("reads os, cpu and libc from a platform package's name", () => {
    expect(platformOf("@next/swc-darwin-arm64")).toEqual({ os: ["darwin"], cpu: ["arm64"] });
    expect(platformOf("@rollup/rollup-linux-x64-musl")).toEqual({ os: ["linux"], cpu: ["x64"], libc: ["musl"] });
    expect(platformOf("@rollup/rollup-linux-arm-gnueabihf")).toEqual({ os: ["linux"], cpu: ["arm"], libc: ["glibc"] });
    expect(platformOf("@next/swc-win32-x64-msvc")).toEqual({ os: ["win32"], cpu: ["x64"] });
    expect(platformOf("@tailwindcss/oxide-wasm32-wasi")).toEqual({ cpu: ["wasm32"] });
  });

  it("adds a missing optional dependency with its pinned version and platform, and nothing else", () => {
    const lock: Lockfile = {
      packages: {
        "": { version: "1.0.0" },
        "node_modules/next": { version: "16.4.6", optionalDependencies: { "@next/swc-darwin-arm64": "16.4.6", "@next/swc-linux-x64-gnu": "16.4.6" } },
        "node_modules/@next/swc-linux-x64-gnu": { version: "16.4.6", optional: true },
      },
    };
    const { lock: completed, added } = completeLockfile(lock);
    expect(added).toEqual([{ name: "@next/swc-darwin-arm64", version: "16.4.6", requiredBy: "node_modules/next" }]);
    expect(completed.packages["node_modules/@next/swc-darwin-arm64"]).toEqual({ version: "16.4.6", optional: true, os: ["darwin"], cpu: ["arm64"] });
    expect(Object.keys(completed.packages)).toHaveLength(4);
  });
});
