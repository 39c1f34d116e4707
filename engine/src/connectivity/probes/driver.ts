import type { ConnectState, ProbeTarget } from "../types";

/** Where a driver connects: the checked address, and the name it was resolved from (for TLS). */
export type PinnedEndpoint = { host: string; address: string; port: number };

export type DriverContext = {
  target: ProbeTarget;
  /** One pinned endpoint per Content endpoint, in order. */
  endpoints: PinnedEndpoint[];
  /** Whether an address (e.g. one a Kafka broker advertises) may be dialled. */
  isAddressAllowed(address: string, port: number): boolean;
  handshakeMs: number;
  connectMs: number;
};

/** A logged-in session: the trivial query, then close. */
export type DriverSession = {
  query(): Promise<string>;
  close(): void;
};

export type Driver = {
  /** Opens and authenticates a session; `register` receives the closer at once, so a timeout can close it. */
  login(context: DriverContext, register: (close: () => void) => void): Promise<DriverSession>;
  /** Maps a driver error to a state and a message without secrets. */
  classify(error: unknown, context: DriverContext): { state: ConnectState; message: string };
  /** What the login step says it did. */
  loginDetail(context: DriverContext): string;
  queryName: string;
};

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" || typeof code === "number" ? String(code) : "";
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Removes anything secret a driver might echo (it never should; this is a second line). */
export function scrub(text: string, target: ProbeTarget): string {
  let result = text.length > 400 ? `${text.slice(0, 400)}…` : text;
  for (const secret of [target.password, target.caCertificate]) {
    if (secret && secret.length >= 3) result = result.split(secret).join("***");
  }
  return result;
}

const TLS_ERROR = /certificate|self[- ]signed|SSL|TLS|ERR_TLS|UNABLE_TO_VERIFY|DEPTH_ZERO|altnames|HOSTNAME/i;
const CLOSED = /ECONNRESET|EPIPE|closed|socket hang up|end of stream|Connection lost|unexpected|malformed|parse|invalid|protocol/i;

/**
 * Shared tail of every classifier: TLS problems and servers that answer in another protocol or
 * hang up during login are configuration errors (the network is fine); silence is Unreachable.
 */
export function classifyGeneric(error: unknown, label: string, target: ProbeTarget): { state: ConnectState; message: string } {
  const text = scrub(errorText(error), target);
  const code = errorCode(error);
  if ((error as Error)?.name === "StepTimeoutError") {
    return { state: "Unreachable", message: `connected, but the server sent no ${label} answer in time (${text}): is this the right host, port and type?` };
  }
  if (TLS_ERROR.test(text) || TLS_ERROR.test(code)) return { state: "ConfigError", message: `TLS failed: ${text}` };
  if (code === "ECONNREFUSED" || code === "EHOSTUNREACH" || code === "ENETUNREACH") return { state: "Unreachable", message: text };
  if (CLOSED.test(text) || CLOSED.test(code)) {
    return { state: "ConfigError", message: `the server closed the connection or did not answer as ${label} (${text}): check the port and the type` };
  }
  return { state: "ConfigError", message: `${label} login failed: ${text}` };
}
