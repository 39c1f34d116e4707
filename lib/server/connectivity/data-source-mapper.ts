import type { TDataSource, TDataSourceConnection, TDataSourceConnectionInput, TLastConnectivityResult } from "@/lib/contracts/connectivity";
import { ZConnectState } from "@/lib/contracts/connectivity";
import type { TUpstreamDataSource } from "./upstream-schemas";

/** Content keys that may hold a secret: never passed on, whatever the data service sent in them. */
const SECRET_KEY_PATTERN = /pass(word|wd)?|secret|token|accesskey|privatekey|certificate|^ak$|^sk$/i;
const KNOWN_KEYS = new Set(["jdbcUrl", "username", "address", "database", "url"]);

function parseContent(content: TUpstreamDataSource["Content"]): Record<string, unknown> {
  if (content && typeof content === "object") return content;
  if (typeof content !== "string" || content.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(content);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `address` as DataWorks samples show it: a JSON text (or array) of "host:port" strings or {host, port} objects. */
export function readAddresses(value: unknown): string[] {
  let list = value;
  if (typeof list === "string") {
    const text = list.trim();
    if (text === "") return [];
    try {
      list = text.startsWith("[") ? JSON.parse(text) : text.split(",");
    } catch {
      return [text];
    }
  }
  if (!Array.isArray(list)) return [];
  return list
    .map((item: unknown) => {
      if (typeof item === "string") return item.trim();
      if (item && typeof item === "object" && "host" in item) {
        const { host, port } = item as { host?: unknown; port?: unknown };
        return port === undefined || port === null ? String(host) : `${String(host)}:${String(port)}`;
      }
      return "";
    })
    .filter((item) => item !== "");
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : null;
}

export function toConnectionDto(content: Record<string, unknown>): { connection: TDataSourceConnection; hasPassword: boolean } {
  const other: Record<string, string> = {};
  for (const [key, value] of Object.entries(content)) {
    if (KNOWN_KEYS.has(key) || SECRET_KEY_PATTERN.test(key) || value === null || value === undefined || typeof value === "object") continue;
    other[key] = String(value);
  }
  const password = content.password;
  return {
    connection: {
      jdbcUrl: text(content.jdbcUrl),
      username: text(content.username),
      addresses: readAddresses(content.address),
      database: text(content.database),
      url: text(content.url),
      other,
    },
    hasPassword: typeof password === "string" && password !== "",
  };
}

function toLastResult(upstream: TUpstreamDataSource): TLastConnectivityResult | null {
  const state = ZConnectState.safeParse(upstream.LastConnectState);
  if (!state.success || typeof upstream.LastTestTime !== "number" || upstream.LastTestTime <= 0) return null;
  return { state: state.data, testedAt: new Date(upstream.LastTestTime).toISOString(), resourceGroup: null, message: null };
}

/** A data source as the browser sees it: Content without any secret, which is only flagged (`hasPassword`). */
export function toDataSourceDto(upstream: TUpstreamDataSource): TDataSource {
  const { connection, hasPassword } = toConnectionDto(parseContent(upstream.Content));
  return {
    dataSourceId: upstream.Id,
    name: upstream.Name,
    type: upstream.DataSourceType,
    subType: upstream.SubType || null,
    description: upstream.Description ?? "",
    envType: upstream.EnvType === 0 ? 0 : 1,
    status: upstream.Status === 2 ? "disabled" : "enabled",
    connection,
    hasPassword,
    modifiedAt: upstream.GmtModified ?? null,
    lastResult: toLastResult(upstream),
  };
}

/**
 * The form's connection → DataWorks `Content` (connection-string mode, `tag: "public"`). An empty
 * or absent password is left out: on create that means none, on update "keep the stored one"
 * (which the data service only does while host and port stay the same); null sends "" to clear it.
 */
export function toContent(input: TDataSourceConnectionInput): Record<string, unknown> {
  const given = "password" in input ? input.password : undefined;
  // null clears a stored password (the data service stores ""); absent or "" keeps it.
  const password = given === null ? { password: "" } : typeof given === "string" && given !== "" ? { password: given } : {};
  switch (input.type) {
    case "mysql":
    case "postgresql":
    case "sqlserver":
    case "oracle":
      return { tag: "public", jdbcUrl: input.jdbcUrl.trim(), username: input.username.trim(), ...password };
    case "redis":
      return { tag: "public", address: JSON.stringify(input.addresses.map((address) => address.trim())), ...password };
    case "kafka":
      return { tag: "public", address: JSON.stringify(input.addresses.map((address) => address.trim())) };
    case "mongodb":
      return {
        tag: "public",
        address: JSON.stringify(input.addresses.map((address) => address.trim())),
        database: input.database.trim(),
        ...(input.username?.trim() ? { username: input.username.trim() } : {}),
        ...password,
      };
    case "http":
      return { tag: "public", url: input.url.trim() };
  }
}
