import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConsoleDb } from "@/lib/server/db";
import { createTestConsoleDb, createTestDataService, findFreeLoopbackPort, startTestEngine, type TTestConsoleDb, type TTestEngine } from "@/lib/testing";
import { sealSecret } from "@/lib/server/crypto/secret-box";
import { findStartWorkspace } from "./find-start-workspace";
import { invalidateServiceProjects } from "./list-service-projects";
import { loadWorkspace } from "./load-workspace";

let consoleDb: TTestConsoleDb;
let engine: TTestEngine;

beforeAll(async () => {
  consoleDb = await createTestConsoleDb();
  engine = await startTestEngine({ demo: true, startTimeoutMs: 150_000 });
}, 180_000);

afterAll(async () => {
  await engine?.stop();
  await consoleDb?.close();
});

async function addClosedPortService(name: string): Promise<number> {
  const db = await getConsoleDb();
  const port = await findFreeLoopbackPort();
  const row = await db.dataService.create({
    data: { name, kind: "dataworks", endpoint: `http://127.0.0.1:${port}`, region: "r", accessKeyId: "id", accessKeySecretCiphertext: sealSecret("s") },
  });
  return row.id;
}

describe("findStartWorkspace", () => {
  it("sends a console without data services to the settings", async () => {
    expect(await findStartWorkspace(null)).toEqual({ kind: "no-services" });
  });

  it("reports every data service that did not answer", async () => {
    const closedId = await addClosedPortService("A closed port");
    const start = await findStartWorkspace(null);
    expect(start.kind).toBe("unavailable");
    expect(start.kind === "unavailable" && start.problems.map((problem) => problem.service.id)).toEqual([closedId]);
  });

  it("skips a data service that does not answer and opens the first project of the next", async () => {
    const engineId = await createTestDataService(engine, { name: "B engine" });
    const start = await findStartWorkspace(null);
    expect(start).toMatchObject({ kind: "workspace", serviceId: engineId });
  });

  it("returns to the project used last when it still exists, and ignores one that does not", async () => {
    const db = await getConsoleDb();
    const engineService = await db.dataService.findFirstOrThrow({ where: { name: "B engine" } });
    invalidateServiceProjects();
    const first = await findStartWorkspace(null);
    if (first.kind !== "workspace") throw new Error("expected a workspace");
    expect(await findStartWorkspace({ serviceId: engineService.id, projectId: first.projectId })).toEqual(first);
    expect(await findStartWorkspace({ serviceId: engineService.id, projectId: "123456789" })).toEqual(first);
  });
});

describe("loadWorkspace", () => {
  it("loads a project with its time zone", async () => {
    const start = await findStartWorkspace(null);
    if (start.kind !== "workspace") throw new Error("expected a workspace");
    const outcome = await loadWorkspace({ serviceId: String(start.serviceId), projectId: start.projectId });
    expect(outcome).toMatchObject({ kind: "ok", workspace: { serviceName: "B engine", timezoneSource: "upstream" } });
  });

  it("is not-found for malformed segments, an unknown service or an unknown project", async () => {
    expect(await loadWorkspace({ serviceId: "abc", projectId: "1" })).toEqual({ kind: "not-found" });
    expect(await loadWorkspace({ serviceId: "999", projectId: "1" })).toEqual({ kind: "not-found" });
    const start = await findStartWorkspace(null);
    if (start.kind !== "workspace") throw new Error("expected a workspace");
    expect(await loadWorkspace({ serviceId: String(start.serviceId), projectId: "987654321" })).toEqual({ kind: "not-found" });
  });

  it("is unavailable when the data service does not answer", async () => {
    const db = await getConsoleDb();
    const closed = await db.dataService.findFirstOrThrow({ where: { name: "A closed port" } });
    const outcome = await loadWorkspace({ serviceId: String(closed.id), projectId: "10000" });
    expect(outcome.kind).toBe("unavailable");
  });
});
