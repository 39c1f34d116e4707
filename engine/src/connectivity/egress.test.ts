import { describe, expect, it } from "vitest";
import { assertCidr, createEgressChecker, EMBEDDED_DEFAULT_POLICY } from "./egress";
import { isAcceptableHost } from "./host-syntax";

describe("egress policy", () => {
  const embedded = createEgressChecker(EMBEDDED_DEFAULT_POLICY, { protectedPorts: [3000, 3100], localAddresses: ["10.1.2.3"] });

  it.each(["169.254.169.254", "169.254.0.1", "100.100.100.200", "fe80::1", "fd00:ec2::254", "::ffff:169.254.169.254", "0.0.0.0", "224.0.0.1", "::"])(
    "always refuses %s",
    (address) => {
      expect(embedded.checkAddress(address, 80).allowed).toBe(false);
      const open = createEgressChecker({ allowCidrs: ["0.0.0.0/0", "::/0"], denyCidrs: [], allowLoopback: true }, { protectedPorts: [] });
      expect(open.checkAddress(address, 80).allowed).toBe(false);
    },
  );

  it("refuses metadata host names before any lookup", () => {
    expect(embedded.checkName("metadata.google.internal").allowed).toBe(false);
    expect(embedded.checkName("db.example").allowed).toBe(true);
  });

  it("refuses the engine's and console's ports on loopback and local addresses only", () => {
    expect(embedded.checkAddress("127.0.0.1", 3100).allowed).toBe(false);
    expect(embedded.checkAddress("::ffff:127.0.0.1", 3000).allowed).toBe(false);
    expect(embedded.checkAddress("10.1.2.3", 3000).allowed).toBe(false);
    expect(embedded.checkAddress("127.0.0.1", 5432).allowed).toBe(true);
    expect(embedded.checkAddress("10.9.9.9", 3000).allowed).toBe(true);
  });

  it("applies deny before allow, and an allow list closes everything else", () => {
    const policy = createEgressChecker({ allowCidrs: ["10.0.0.0/8"], denyCidrs: ["10.9.0.0/16"], allowLoopback: false }, { protectedPorts: [] });
    expect(policy.checkAddress("10.1.1.1", 3306).allowed).toBe(true);
    expect(policy.checkAddress("10.9.1.1", 3306).allowed).toBe(false);
    expect(policy.checkAddress("192.168.1.1", 3306).allowed).toBe(false);
    expect(policy.checkAddress("127.0.0.1", 3306).allowed).toBe(false);
  });

  it("rejects malformed CIDRs with a message saying what was expected", () => {
    expect(() => assertCidr("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => assertCidr("ten/8")).toThrow(/not a CIDR/);
    expect(() => assertCidr("fd00::/8")).not.toThrow();
  });
});

describe("host syntax", () => {
  it.each(["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "a..b", "-bad.example", "http://x"])("refuses %s", (host) => {
    expect(isAcceptableHost(host)).toBe(false);
  });
  it.each(["db.internal", "127.0.0.1", "::1", "localhost", "my-db-01.example.com."])("accepts %s", (host) => {
    expect(isAcceptableHost(host)).toBe(true);
  });
});
