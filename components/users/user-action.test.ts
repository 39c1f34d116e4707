import { describe, expect, it } from "vitest";
import type { TUser } from "@/lib/contracts/users";
import { availableUserActions } from "./user-action";

const base: TUser = {
  id: 2,
  username: "ana",
  displayName: "Ana",
  role: "operator",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  disabledAt: null,
  activeSessionCount: 1,
  lastSeenAt: null,
};

describe("availableUserActions", () => {
  it("offers reset, disable and sign-out for another signed-in user", () => {
    expect(availableUserActions(base, 1)).toEqual(["resetPassword", "disable", "revoke"]);
  });

  it("does not let an admin disable or sign out themselves here", () => {
    expect(availableUserActions(base, 2)).toEqual(["resetPassword"]);
  });

  it("offers enable for a disabled user, and no sign-out", () => {
    expect(availableUserActions({ ...base, disabledAt: "2026-02-01T00:00:00.000Z" }, 1)).toEqual(["resetPassword", "enable"]);
  });

  it("offers no sign-out when the user has no live session", () => {
    expect(availableUserActions({ ...base, activeSessionCount: 0 }, 1)).toEqual(["resetPassword", "disable"]);
  });
});
