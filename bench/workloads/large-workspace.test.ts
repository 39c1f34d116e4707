import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadWorkspace } from "../../engine/src/workspace/load";
import { writeLargeWorkspace } from "./large-workspace";

const folders: string[] = [];

function newFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-large-workspace-test-"));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe("writeLargeWorkspace", () => {
  it("writes a workspace the engine loads, every node a daily VIRTUAL one and all but the first layer with parents", async () => {
    const folder = newFolder();
    writeLargeWorkspace(folder, { identifier: "bench_graph", nodeCount: 250, seed: 5 });
    const workspace = await loadWorkspace(folder);
    expect(workspace.identifier).toBe("bench_graph");
    expect(workspace.nodes).toHaveLength(250);
    expect(workspace.nodes.every((node) => node.programType === "VIRTUAL" && node.cron === "00 59 23 * * ?")).toBe(true);
    expect(workspace.nodes.filter((node) => node.parents.length === 0)).toHaveLength(10);
  });

});
