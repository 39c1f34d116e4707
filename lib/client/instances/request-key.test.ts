import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newRequestKey } from "./request-key";

describe("request keys", () => {
  it("are UUIDs the action route accepts", () => {
    expect(z.uuid().safeParse(newRequestKey()).success).toBe(true);
  });

  it("are UUIDs without crypto.randomUUID too (plain http on a LAN address)", () => {
    const original = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), "randomUUID");
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
    try {
      const key = newRequestKey();
      expect(z.uuid().safeParse(key).success).toBe(true);
      expect(newRequestKey()).not.toBe(key);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe(original ? "function" : "undefined");
  });
});
