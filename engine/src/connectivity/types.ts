/**
 * The connectivity vocabulary: data source types, the four DataWorks test states, step codes and
 * the shapes a probe takes and returns (connectivity spec §3.2). Probe requests and results are plain
 * data so that a separate probe process can carry them over the wire later (see probe-runner.ts).
 */

/** Types the engine stores and tests. sqlserver and oracle are stored but answer Unsupport at login. */
export const DATA_SOURCE_TYPES = ["mysql", "postgresql", "redis", "kafka", "mongodb", "sqlserver", "oracle", "http"] as const;
export type DataSourceType = (typeof DATA_SOURCE_TYPES)[number];

export function isDataSourceType(value: string): value is DataSourceType {
  return (DATA_SOURCE_TYPES as readonly string[]).includes(value);
}

/** TestDataSourceConnectivity's ConnectState. */
export const CONNECT_STATES = ["Connectable", "ConfigError", "Unreachable", "Unsupport"] as const;
export type ConnectState = (typeof CONNECT_STATES)[number];

/** Step codes, in the order a test runs them. `validate_input_parameters` is DataWorks' own code. */
export const STEP_CODES = {
  validate: "validate_input_parameters",
  egress: "check_egress_policy",
  resolve: "resolve_host",
  connect: "tcp_connect",
  tls: "tls_handshake",
  login: "protocol_login",
  query: "trivial_query",
} as const;
export type StepCode = (typeof STEP_CODES)[keyof typeof STEP_CODES];

export const STEP_NAMES: Readonly<Record<StepCode, string>> = {
  validate_input_parameters: "Validate input parameters",
  check_egress_policy: "Check the resource group's egress policy",
  resolve_host: "Resolve the host",
  tcp_connect: "Connect over TCP",
  tls_handshake: "TLS handshake",
  protocol_login: "Log in",
  trivial_query: "Run a trivial query",
};

export type StepOutcome = "passed" | "failed" | "skipped";

export type ProbeStep = {
  code: StepCode;
  name: string;
  startTime: number;
  endTime: number;
  outcome: StepOutcome;
  /** What happened, in words that never contain a secret (e.g. "127.0.0.1:3306 refused the connection"). */
  detail: string;
};

/** One `host:port` of a data source (Redis, Kafka and MongoDB may list several). */
export type Endpoint = { host: string; port: number };

export type TlsMode = "disable" | "verify";

/**
 * Everything a probe needs, secrets included. It lives only in memory for the duration of a test
 * and is never logged or returned.
 */
export type ProbeTarget = {
  type: DataSourceType;
  endpoints: Endpoint[];
  database: string;
  username: string;
  password: string;
  tls: TlsMode;
  /** PEM contents of a CA to trust (never a path). */
  caCertificate: string;
  /** Kafka SASL mechanism when a username is given. */
  saslMechanism: "plain" | "scram-sha-256" | "scram-sha-512";
  /** http: the URL path (with no query string) and whether TLS is used (https). */
  path: string;
};

export type ProbeResult = {
  state: ConnectState;
  /** Absent when the state is Connectable (DataWorks returns no ConnectMessage then). */
  message: string | null;
  advice: string;
  steps: ProbeStep[];
  startedAt: number;
  finishedAt: number;
};
