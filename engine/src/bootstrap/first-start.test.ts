import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { loadWorkspace } from "../workspace/load";
import { deployWorkspace } from "../workspace/deploy";
import { DEMO_WORKSPACE_DIR, refreshDemoIfChanged } from "./first-start";

const NOW = Date.UTC(2026, 10, 24, 4, 0, 0);

describe("refreshDemoIfChanged", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
  });
  afterAll(async () => db?.drop());

  it("does nothing without a demo project", async () => {
    expect(await refreshDemoIfChanged(db, { now: NOW })).toBeNull();
  });

  it("redeploys a demo deployed from older files, then leaves an up-to-date one alone", async () => {
    const current = await loadWorkspace(DEMO_WORKSPACE_DIR);
    // An older demo: fewer nodes and no baselines, deployed by the engine from this folder.
    const older = { ...current, nodes: current.nodes.slice(0, 20).map((node) => ({ ...node, parents: node.parents.filter((parent) => current.nodes.slice(0, 20).some((other) => other.name === parent)) })), baselines: [] };
    await deployWorkspace(db, older, { operator: "nightshift", now: NOW, sourceDir: DEMO_WORKSPACE_DIR });
    const refreshed = await refreshDemoIfChanged(db, { now: NOW + 1 });
    expect(refreshed?.nodesAdded).toBe(current.nodes.length - 20);
    expect(await db.prisma.node.count({ where: { isDeleted: false } })).toBe(current.nodes.length);
    expect(await refreshDemoIfChanged(db, { now: NOW + 2 })).toBeNull();
  });

  it("never touches a workspace of the same identifier deployed from elsewhere", async () => {
    const other = await createTestDatabase("sqlite");
    try {
      const current = await loadWorkspace(DEMO_WORKSPACE_DIR);
      await deployWorkspace(other, { ...current, baselines: [] }, { operator: "someone", now: NOW, sourceDir: "/somewhere/else" });
      expect(await refreshDemoIfChanged(other, { now: NOW + 1 })).toBeNull();
    } finally {
      await other.drop();
    }
  });
});
