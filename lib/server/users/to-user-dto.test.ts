import { describe, expect, it } from "vitest";
import { toUserDto } from "./to-user-dto";

const row = {
  id: 7,
  username: "ana",
  displayName: "Ana",
  role: "operator",
  createdAt: new Date("2026-01-02T03:04:05.000Z"),
  updatedAt: new Date("2026-01-03T03:04:05.000Z"),
  disabledAt: null,
};

describe("toUserDto", () => {
  it("never carries the password hash even when the row has one", () => {
    const dto = toUserDto({ ...row, passwordHash: "scrypt$secret" } as typeof row, { activeSessionCount: 2, lastSeenAt: null });
    expect(JSON.stringify(dto)).not.toContain("scrypt");
    expect(dto).not.toHaveProperty("passwordHash");
  });

  it("writes times as ISO strings and keeps the session summary", () => {
    const dto = toUserDto({ ...row, disabledAt: new Date("2026-02-01T00:00:00.000Z") }, { activeSessionCount: 0, lastSeenAt: new Date("2026-01-05T00:00:00.000Z") });
    expect(dto).toMatchObject({ createdAt: "2026-01-02T03:04:05.000Z", disabledAt: "2026-02-01T00:00:00.000Z", lastSeenAt: "2026-01-05T00:00:00.000Z", activeSessionCount: 0 });
  });

  it("reads an unknown stored role as viewer", () => {
    expect(toUserDto({ ...row, role: "root" }, { activeSessionCount: 0, lastSeenAt: null }).role).toBe("viewer");
  });
});
