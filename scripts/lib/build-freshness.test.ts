import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decideConsoleBuild } from "./build-freshness";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-build-"));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Writes a file and sets its modification time to `secondsAgo` in the past. */
function write(relative: string, secondsAgo: number): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, "x");
  const time = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, time, time);
}

describe("decideConsoleBuild", () => {
  it("builds when there is no build yet", () => {
    write("app/page.tsx", 100);
    expect(decideConsoleBuild(root)).toEqual({ isNeeded: true, reason: "there is no build yet" });
  });

  it("keeps a build that is newer than every source", () => {
    write("app/page.tsx", 100);
    write("next.config.ts", 100);
    write(".next/BUILD_ID", 10);
    expect(decideConsoleBuild(root)).toEqual({ isNeeded: false });
  });

  it("rebuilds when a console source changed after the build, and names it", () => {
    write(".next/BUILD_ID", 100);
    write("app/_components/ui.tsx", 10);
    expect(decideConsoleBuild(root)).toEqual({ isNeeded: true, reason: `${path.join("app", "_components", "ui.tsx")} changed since the last build` });
  });

  it("ignores changed test files and folders that are not console sources", () => {
    write(".next/BUILD_ID", 100);
    write("lib/server/engine-health.test.ts", 10);
    write("engine/src/main.ts", 10);
    expect(decideConsoleBuild(root)).toEqual({ isNeeded: false });
  });
});
