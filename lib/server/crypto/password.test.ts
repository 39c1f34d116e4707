import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, verifyPassword } from "./password";

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery", FAST);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterz", hash)).toBe(false);
  });

  it("salts every hash, so one password hashes differently twice", async () => {
    const [a, b] = await Promise.all([hashPassword("same password", FAST), hashPassword("same password", FAST)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password", b)).toBe(true);
  });

  it("stores the scrypt parameters in the hash and uses them to verify", async () => {
    const hash = await hashPassword("parameters travel", { N: 2 ** 11, r: 4, p: 2 });
    expect(hash.split("$").slice(0, 4)).toEqual(["scrypt", "2048", "4", "2"]);
    expect(await verifyPassword("parameters travel", hash)).toBe(true);
  });

  it("uses a real cost by default", async () => {
    const hash = await hashPassword("default cost");
    expect(Number(hash.split("$")[1])).toBeGreaterThanOrEqual(2 ** 15);
  });

  it("answers false, not an error, for malformed or absurd hashes", async () => {
    expect(await verifyPassword("x", "plain-text")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1024$8$1$$")).toBe(false);
    expect(await verifyPassword("x", "scrypt$99999999$8$1$c2FsdA$aGFzaA")).toBe(false);
  });

  it("generates passwords of the asked length from an unambiguous alphabet", () => {
    const password = generatePassword(24);
    expect(password).toHaveLength(24);
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]+$/);
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
