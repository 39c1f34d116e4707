import net from "node:net";

/**
 * The egress policy of a resource group: which addresses its connection tests may reach. Checked
 * for every resolved address, and the probe then connects to the checked address itself (never to
 * the name again), so a second DNS answer cannot slip past it.
 *
 * Always refused, whatever the configuration: link-local and cloud metadata addresses, the
 * unspecified, multicast and reserved ranges, and the engine's and console's own ports on local
 * addresses. Then the group's deny list wins over its allow list; an empty allow list allows every
 * other address; loopback is allowed only when `allowLoopback` is set (the embedded default).
 */

export type EgressPolicy = {
  allowCidrs: readonly string[];
  denyCidrs: readonly string[];
  allowLoopback: boolean;
};

export const EMBEDDED_DEFAULT_POLICY: EgressPolicy = { allowCidrs: [], denyCidrs: [], allowLoopback: true };

/** Ranges no configuration can open (cloud metadata services live in them). */
export const ALWAYS_DENIED_CIDRS = [
  "0.0.0.0/8",
  "169.254.0.0/16",
  "100.100.100.200/32",
  "224.0.0.0/4",
  "240.0.0.0/4",
  "::/128",
  "fe80::/10",
  "fd00:ec2::254/128",
  "ff00::/8",
] as const;

/** Host names of metadata services, refused before any lookup. */
export const DENIED_HOST_NAMES = ["metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal"];

const LOOPBACK_CIDRS = ["127.0.0.0/8", "::1/128"];

export type EgressVerdict = { allowed: true } | { allowed: false; reason: string };

export class CidrError extends Error {}

function parseCidr(cidr: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } {
  const [address = "", prefixText] = cidr.trim().split("/");
  const version = net.isIP(address);
  if (version === 0) throw new CidrError(`"${cidr}" is not a CIDR (expected e.g. 10.0.0.0/8 or fd00::/8)`);
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText))) {
    throw new CidrError(`"${cidr}" has a prefix length outside 0–${max}`);
  }
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** Validates CIDR text, for configuration edges (workspace YAML, RPC). */
export function assertCidr(cidr: string): void {
  parseCidr(cidr);
}

function blockListOf(cidrs: readonly string[]): net.BlockList {
  const list = new net.BlockList();
  for (const cidr of cidrs) {
    const { address, prefix, family } = parseCidr(cidr);
    list.addSubnet(address, prefix, family);
  }
  return list;
}

const ALWAYS_DENIED = blockListOf(ALWAYS_DENIED_CIDRS);
const LOOPBACK = blockListOf(LOOPBACK_CIDRS);

/** `::ffff:127.0.0.1` and friends are checked as the IPv4 address they carry. */
export function unwrapMappedIPv4(address: string): string {
  const match = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return match?.[1] ?? address;
}

function matches(list: net.BlockList, address: string): boolean {
  const family = net.isIPv4(address) ? "ipv4" : "ipv6";
  return list.check(address, family);
}

export type EgressChecker = {
  /** Checks a host name before resolving it. */
  checkName(host: string): EgressVerdict;
  /** Checks one resolved (or literal) address and the port. */
  checkAddress(address: string, port: number): EgressVerdict;
};

export function createEgressChecker(policy: EgressPolicy, options: { protectedPorts: readonly number[]; localAddresses?: readonly string[] }): EgressChecker {
  const allow = blockListOf(policy.allowCidrs);
  const deny = blockListOf(policy.denyCidrs);
  const protectedPorts = new Set(options.protectedPorts);
  const localAddresses = new Set((options.localAddresses ?? []).map((address) => unwrapMappedIPv4(address).toLowerCase()));
  return {
    checkName(host) {
      const name = host.toLowerCase().replace(/\.$/, "");
      if (DENIED_HOST_NAMES.includes(name)) return { allowed: false, reason: `${host} is a cloud metadata service name, which connection tests never reach` };
      return { allowed: true };
    },
    checkAddress(rawAddress, port) {
      const address = unwrapMappedIPv4(rawAddress);
      if (net.isIP(address) === 0) return { allowed: false, reason: `${rawAddress} is not an IP address` };
      if (matches(ALWAYS_DENIED, address)) {
        return { allowed: false, reason: `${address} is a link-local, metadata, multicast or reserved address, which connection tests never reach` };
      }
      const isLoopback = matches(LOOPBACK, address);
      const isLocal = isLoopback || localAddresses.has(address.toLowerCase());
      if (isLocal && protectedPorts.has(port)) {
        return { allowed: false, reason: `port ${port} on ${address} is the engine's or the console's own port` };
      }
      if (matches(deny, address)) return { allowed: false, reason: `${address} is in the resource group's deny list` };
      if (isLoopback) {
        return policy.allowLoopback ? { allowed: true } : { allowed: false, reason: `${address} is a loopback address, which this resource group does not allow` };
      }
      if (policy.allowCidrs.length > 0 && !matches(allow, address)) {
        return { allowed: false, reason: `${address} is not in the resource group's allow list` };
      }
      return { allowed: true };
    },
  };
}
