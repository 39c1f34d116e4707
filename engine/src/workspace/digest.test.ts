import { describe, expect, it } from "vitest";
import { MINIMAL_WORKSPACE_YAML, removeWorkspaceFolder, writeWorkspaceFolder } from "./test-folders";
import { canonicalJson, workspaceDigest } from "./digest";
import { loadWorkspace } from "./load";

async function definitionOf(files: Record<string, string>) {
  const folder = writeWorkspaceFolder({ "workspace.yaml": MINIMAL_WORKSPACE_YAML, ...files });
  try {
    return await loadWorkspace(folder);
  } finally {
    removeWorkspaceFolder(folder);
  }
}

const nodeA = `  - name: a\n    type: VIRTUAL\n    cron: "00 00 00 * * ?"\n`;
const nodeB = `  - name: b\n    type: SHELL\n    command: echo b\n    cron: "00 30 01 * * ?"\n    parents: [a]\n`;

describe("canonicalJson", () => {
  it("orders keys at every depth, integer-like keys included", () => {
    expect(canonicalJson({ b: 1, a: { z: [3, { y: 1, x: 2 }], "10": true, "9": null } })).toBe('{"a":{"10":true,"9":null,"z":[3,{"x":2,"y":1}]},"b":1}');
  });
});

describe("workspaceDigest", () => {
  it("is the same for the same content whatever the key order", async () => {
    const reordered = `  - cron: "00 30 01 * * ?"\n    parents: [a]\n    command: echo b\n    type: SHELL\n    name: b\n`;
    const first = await definitionOf({ "nodes/main.yaml": `nodes:\n${nodeA}${nodeB}` });
    const second = await definitionOf({ "nodes/main.yaml": `nodes:\n${nodeA}${reordered}` });
    expect(workspaceDigest(first)).toBe(workspaceDigest(second));
  });

  it("changes when a node's schedule changes", async () => {
    const first = await definitionOf({ "nodes/main.yaml": `nodes:\n${nodeA}${nodeB}` });
    const second = await definitionOf({ "nodes/main.yaml": `nodes:\n${nodeA}${nodeB.replace("00 30 01", "00 45 01")}` });
    expect(workspaceDigest(first)).not.toBe(workspaceDigest(second));
  });
});
