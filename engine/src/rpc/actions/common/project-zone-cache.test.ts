import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../testing/databases";
import { PROJECT_ID, seedOperationsFixture } from "../../../store/queries/testing/operations-fixture";
import { getProjectTimezoneOrThrow, PROJECT_ZONE_TTL_MS } from "./project-zone-cache";

describe("getProjectTimezoneOrThrow", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    await seedOperationsFixture(database);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("reuses a zone for the TTL and reads it again after", async () => {
    expect(await getProjectTimezoneOrThrow(database, PROJECT_ID, 1_000)).toBe("Asia/Shanghai");
    await database.prisma.project.update({ where: { id: PROJECT_ID }, data: { timezone: "Europe/Berlin" } });
    expect(await getProjectTimezoneOrThrow(database, PROJECT_ID, 1_000 + PROJECT_ZONE_TTL_MS - 1)).toBe("Asia/Shanghai");
    expect(await getProjectTimezoneOrThrow(database, PROJECT_ID, 1_000 + PROJECT_ZONE_TTL_MS)).toBe("Europe/Berlin");
  });

  it("refuses an unknown workspace every time", async () => {
    await expect(getProjectTimezoneOrThrow(database, 4n, 1)).rejects.toMatchObject({ code: "Invalid.Tenant.ProjectNotExists" });
    await database.prisma.project.create({
      data: { id: 4n, identifier: "late_space", name: "Late", timezone: "UTC", ownerId: "x", createdAt: 0n, modifiedAt: 0n },
    });
    expect(await getProjectTimezoneOrThrow(database, 4n, 2)).toBe("UTC");
  });
});
