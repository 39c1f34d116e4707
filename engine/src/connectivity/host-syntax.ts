import net from "node:net";

/**
 * Host names a data source may name: a DNS name (letters, digits, hyphens; the last label not all
 * digits), a dotted-quad IPv4 address without leading zeros, or an IPv6 address. Integer, hex and
 * octal spellings of addresses (2130706433, 0x7f000001, 0177.0.0.1) are refused here, so an address
 * is always checked in the one form the egress policy understands.
 */
export function isAcceptableHost(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  if (net.isIPv6(host)) return true;
  if (/^[0-9.]+$/.test(host)) return isCanonicalIPv4(host);
  const labels = host.replace(/\.$/, "").split(".");
  const last = labels[labels.length - 1] ?? "";
  if (/^\d+$/.test(last) || /^0x/i.test(last)) return false;
  return labels.every((label) => /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/.test(label));
}

function isCanonicalIPv4(host: string): boolean {
  const parts = host.split(".");
  return parts.length === 4 && parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

export function isIpLiteral(host: string): boolean {
  return net.isIP(host) !== 0;
}

/** `host:port` with IPv6 addresses in brackets. */
export function formatHostPort(host: string, port: number): string {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Parses `host:port` or `[v6]:port`; null when malformed. */
export function parseHostPort(text: string): { host: string; port: number } | null {
  const match = /^\[([0-9a-fA-F:.]+)\]:(\d{1,5})$/.exec(text) ?? /^([^:/?#\s[\]]+):(\d{1,5})$/.exec(text);
  if (!match) return null;
  const port = Number(match[2]);
  const host = match[1] ?? "";
  if (port < 1 || port > 65_535 || !isAcceptableHost(host)) return null;
  return { host, port };
}
