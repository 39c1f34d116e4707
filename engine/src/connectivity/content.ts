import { formatHostPort, isAcceptableHost, parseHostPort } from "./host-syntax";
import type { DataSourceType, Endpoint, ProbeTarget, TlsMode } from "./types";

/**
 * A data source's `Content` (connectivity spec §2.1.1), parsed into typed connection fields. Every
 * key is checked against a closed list per type: nothing from Content reaches a driver except the
 * typed fields built here (no URL query strings, no driver flags, no file paths).
 */

/** Content keys that hold secrets: sealed at rest, masked as `***` when listed, never returned. */
export const SECRET_KEYS = ["password", "caCertificate"] as const;
export type SecretKey = (typeof SECRET_KEYS)[number];
export type Secrets = Partial<Record<SecretKey, string>>;

/** The mask ListDataSources shows for a stored secret (as DataWorks' returned samples do). */
export const SECRET_MASK = "***";

export class ContentError extends Error {
  constructor(
    readonly code: "MissingParam.ConnectionStr.Property" | "DataSource.ConnectionStrProperty.PatternNotMatch",
    message: string,
  ) {
    super(message);
    this.name = "ContentError";
  }
}

/** Connection fields without secrets: what a test needs besides the password and CA. */
export type ConnectionSpec = Omit<ProbeTarget, "password" | "caCertificate">;

export type ParsedContent = {
  /** Content without its secret keys, as stored in plain text. */
  publicContent: Record<string, unknown>;
  /** Secret values given in this Content (a `***` mask counts as "not given"). */
  secrets: Secrets;
  /** Null when the Content is valid but names something a local probe cannot reach (RDS instance mode). */
  connection: ConnectionSpec | null;
  unsupportedReason: string | null;
};

const COMMON_KEYS = ["tag", "configType"];
const TLS_KEYS = ["ssl", "caCertificate"];
const ALLOWED_KEYS: Readonly<Record<DataSourceType, readonly string[]>> = {
  mysql: [...COMMON_KEYS, ...TLS_KEYS, "jdbcUrl", "username", "password", "database", "instanceName", "rdsOwnerId", "regionId"],
  postgresql: [...COMMON_KEYS, ...TLS_KEYS, "jdbcUrl", "username", "password", "database", "instanceName", "rdsOwnerId", "regionId"],
  sqlserver: [...COMMON_KEYS, ...TLS_KEYS, "jdbcUrl", "username", "password"],
  oracle: [...COMMON_KEYS, ...TLS_KEYS, "jdbcUrl", "username", "password"],
  redis: [...COMMON_KEYS, ...TLS_KEYS, "address", "username", "password", "database", "aliyunKp"],
  kafka: [...COMMON_KEYS, ...TLS_KEYS, "address", "username", "password", "saslMechanism"],
  mongodb: [...COMMON_KEYS, ...TLS_KEYS, "address", "database", "username", "password"],
  http: [...COMMON_KEYS, "url", "caCertificate"],
};

const DEFAULT_PORTS: Readonly<Record<DataSourceType, number>> = {
  mysql: 3306,
  postgresql: 5432,
  sqlserver: 1433,
  oracle: 1521,
  redis: 6379,
  kafka: 9092,
  mongodb: 27017,
  http: 80,
};

const MAX_ENDPOINTS = 16;

function missing(property: string, type: string): ContentError {
  return new ContentError("MissingParam.ConnectionStr.Property", `You must specify property ${property} required by the ${type} data source connection string.`);
}

function pattern(property: string, expected: string): ContentError {
  return new ContentError("DataSource.ConnectionStrProperty.PatternNotMatch", `The value of ${property} is invalid: expected ${expected}.`);
}

function optionalText(content: Record<string, unknown>, key: string, max = 256): string {
  const value = content[key];
  if (value === undefined || value === null || value === "") return "";
  if (typeof value !== "string" || value.length > max) throw pattern(key, `text of at most ${max} characters`);
  return value;
}

function readSecret(content: Record<string, unknown>, key: SecretKey): string | undefined {
  const value = content[key];
  if (value === undefined || value === null || value === SECRET_MASK) return undefined;
  const max = key === "caCertificate" ? 64 * 1024 : 1024;
  if (typeof value !== "string" || value.length > max) throw pattern(key, `text of at most ${max} characters`);
  if (key === "caCertificate" && value !== "" && !value.includes("-----BEGIN CERTIFICATE-----")) {
    throw pattern(key, "the PEM contents of a CA certificate (-----BEGIN CERTIFICATE-----), not a file path");
  }
  return value;
}

function readTls(content: Record<string, unknown>): TlsMode {
  const value = content.ssl;
  if (value === undefined || value === null || value === false || value === "false" || value === "disable") return "disable";
  if (value === true || value === "true" || value === "verify" || value === "require") return "verify";
  throw pattern("ssl", `"disable" or "verify" (TLS with the certificate checked)`);
}

function parseEndpoint(text: string, property: string, defaultPort: number): Endpoint {
  const withPort = parseHostPort(text);
  if (withPort) return withPort;
  if (isAcceptableHost(text)) return { host: text, port: defaultPort };
  throw pattern(property, "host:port with a DNS name or an IP address (no user, path or query)");
}

/** `address`: a JSON array (or its JSON text) of "host:port" strings or {host, port} objects. */
function parseAddressList(content: Record<string, unknown>, type: DataSourceType): Endpoint[] {
  let value = content.address;
  if (value === undefined || value === null || value === "") throw missing("address", type);
  if (typeof value === "string") {
    const text = value.trim();
    try {
      value = text.startsWith("[") ? JSON.parse(text) : text.split(",").map((item) => item.trim());
    } catch {
      throw pattern("address", 'a JSON array such as ["host:port"]');
    }
  }
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ENDPOINTS) {
    throw pattern("address", `a list of 1 to ${MAX_ENDPOINTS} addresses`);
  }
  return value.map((item: unknown) => {
    if (typeof item === "string") return parseEndpoint(item, "address", DEFAULT_PORTS[type]);
    if (item && typeof item === "object" && "host" in item) {
      const { host, port } = item as { host: unknown; port?: unknown };
      const portNumber = port === undefined ? DEFAULT_PORTS[type] : Number(port);
      if (typeof host === "string" && isAcceptableHost(host) && Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65_535) {
        return { host, port: portNumber };
      }
    }
    throw pattern("address", 'items as "host:port" or {"host": …, "port": …}');
  });
}

type JdbcParts = { endpoint: Endpoint; database: string };

const NO_QUERY = "no query string or driver properties: options come only from Content's own fields";

function parseJdbcUrl(type: "mysql" | "postgresql" | "sqlserver" | "oracle", url: string): JdbcParts {
  if (url.length > 1024) throw pattern("jdbcUrl", "at most 1024 characters");
  if (type === "mysql" || type === "postgresql") {
    const schemes = type === "mysql" ? "(?:mysql|mariadb)" : "postgresql";
    const match = new RegExp(`^jdbc:${schemes}://([^/?;,]+)(?:/([^/?;&#]*))?$`).exec(url);
    if (!match) {
      if (/[?;&]/.test(url)) throw pattern("jdbcUrl", `jdbc:${type}://HOST:PORT/DATABASE with ${NO_QUERY}`);
      throw pattern("jdbcUrl", `jdbc:${type}://HOST:PORT/DATABASE`);
    }
    return { endpoint: parseEndpoint(match[1] ?? "", "jdbcUrl", DEFAULT_PORTS[type]), database: decodeURIComponent(match[2] ?? "") };
  }
  if (type === "sqlserver") {
    const match = /^jdbc:sqlserver:\/\/([^;/?]+)(?:;[dD]atabase[nN]ame=([^;]*))?;?$/.exec(url);
    if (!match) throw pattern("jdbcUrl", `jdbc:sqlserver://HOST:PORT;DatabaseName=DB with ${NO_QUERY}`);
    return { endpoint: parseEndpoint(match[1] ?? "", "jdbcUrl", DEFAULT_PORTS.sqlserver), database: match[2] ?? "" };
  }
  const match = /^jdbc:oracle:thin:@(?:\/\/)?([^:/?]+:\d{1,5})[:/]([A-Za-z0-9_.$#-]+)$/.exec(url);
  if (!match) throw pattern("jdbcUrl", "jdbc:oracle:thin:@HOST:PORT:SID or jdbc:oracle:thin:@//HOST:PORT/SERVICE");
  return { endpoint: parseEndpoint(match[1] ?? "", "jdbcUrl", DEFAULT_PORTS.oracle), database: match[2] ?? "" };
}

function baseSpec(type: DataSourceType, endpoints: Endpoint[]): ConnectionSpec {
  return { type, endpoints, database: "", username: "", tls: "disable", saslMechanism: "plain", path: "/" };
}

/**
 * Parses a Content object for a type. Throws ContentError (naming the property and what was
 * expected) for anything malformed or not on the type's list of keys.
 */
export function parseContent(type: DataSourceType, raw: unknown): ParsedContent {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw pattern("Content", "a JSON object");
  const content = raw as Record<string, unknown>;
  const allowed = ALLOWED_KEYS[type];
  for (const key of Object.keys(content)) {
    if (!allowed.includes(key)) throw pattern(key, `one of the ${type} Content keys: ${allowed.join(", ")}`);
  }
  const secrets: Secrets = {};
  for (const key of SECRET_KEYS) {
    const value = allowed.includes(key) ? readSecret(content, key) : undefined;
    if (value !== undefined) secrets[key] = value;
  }
  const publicContent = Object.fromEntries(Object.entries(content).filter(([key]) => !(SECRET_KEYS as readonly string[]).includes(key)));
  const tag = optionalText(content, "tag", 32) || "public";
  const parsed = (connection: ConnectionSpec | null, unsupportedReason: string | null = null): ParsedContent => ({
    publicContent,
    secrets,
    connection,
    unsupportedReason,
  });

  switch (type) {
    case "mysql":
    case "postgresql":
    case "sqlserver":
    case "oracle": {
      if (tag === "rds") {
        if (!optionalText(content, "instanceName")) throw missing("instanceName", type);
        return parsed(null, "RDS instance mode (tag rds) names a cloud instance that only Alibaba Cloud can resolve; use tag public with a jdbcUrl");
      }
      const jdbcUrl = optionalText(content, "jdbcUrl", 1024);
      if (!jdbcUrl) throw missing("jdbcUrl", type);
      const parts = parseJdbcUrl(type, jdbcUrl);
      const username = optionalText(content, "username", 128);
      if (!username) throw missing("username", type);
      return parsed({ ...baseSpec(type, [parts.endpoint]), database: parts.database, username, tls: readTls(content) });
    }
    case "redis": {
      const database = content.database === undefined || content.database === "" ? 0 : Number(content.database);
      if (!Number.isInteger(database) || database < 0 || database > 65_535) throw pattern("database", "a database index from 0");
      return parsed({
        ...baseSpec(type, parseAddressList(content, type)),
        database: String(database),
        username: optionalText(content, "username", 128),
        tls: readTls(content),
      });
    }
    case "kafka": {
      const mechanism = optionalText(content, "saslMechanism", 32) || "plain";
      if (mechanism !== "plain" && mechanism !== "scram-sha-256" && mechanism !== "scram-sha-512") {
        throw pattern("saslMechanism", "plain, scram-sha-256 or scram-sha-512");
      }
      return parsed({
        ...baseSpec(type, parseAddressList(content, type)),
        username: optionalText(content, "username", 128),
        saslMechanism: mechanism,
        tls: readTls(content),
      });
    }
    case "mongodb":
      return parsed({
        ...baseSpec(type, parseAddressList(content, type)),
        database: optionalText(content, "database", 128) || "admin",
        username: optionalText(content, "username", 128),
        tls: readTls(content),
      });
    case "http": {
      const text = optionalText(content, "url", 2048);
      if (!text) throw missing("url", type);
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        throw pattern("url", "an absolute http:// or https:// URL");
      }
      if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password || url.search || url.hash) {
        throw pattern("url", "an http:// or https:// URL without credentials, query string or fragment");
      }
      const host = url.hostname.replace(/^\[|\]$/g, "");
      if (!isAcceptableHost(host)) throw pattern("url", "a URL whose host is a DNS name or an IP address");
      const isTls = url.protocol === "https:";
      const port = url.port ? Number(url.port) : isTls ? 443 : 80;
      return parsed({ ...baseSpec(type, [{ host, port }]), tls: isTls ? "verify" : "disable", path: url.pathname || "/" });
    }
  }
}

/** The Content a list shows: the public keys plus `***` for each stored secret. */
export function maskedContent(publicContent: Record<string, unknown>, storedSecretKeys: readonly string[]): Record<string, unknown> {
  const masked = { ...publicContent };
  for (const key of storedSecretKeys) masked[key] = SECRET_MASK;
  return masked;
}

/**
 * Where a data source points, normalised for comparison (type, hosts in lower case without a
 * trailing dot, ports). Stored credentials are reused only when this is unchanged.
 */
export function destinationKey(connection: ConnectionSpec | null): string {
  if (!connection) return "";
  const endpoints = connection.endpoints.map((endpoint) => formatHostPort(endpoint.host.toLowerCase().replace(/\.$/, ""), endpoint.port));
  return `${connection.type}|${endpoints.join(",")}`;
}
