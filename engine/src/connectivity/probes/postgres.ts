import pg from "pg";
import { classifyGeneric, errorCode, errorText, scrub, type Driver } from "./driver";

/** PostgreSQL through pg, to the checked address; TLS identity is checked against the host name. */
export const postgresDriver: Driver = {
  queryName: "SELECT 1",
  loginDetail: (context) => `logged in as ${context.target.username}${context.target.database ? ` to ${context.target.database}` : ""}${context.target.tls === "verify" ? " over TLS (certificate checked)" : ""}`,
  async login(context, register) {
    const endpoint = context.endpoints[0];
    if (!endpoint) throw new Error("no endpoint");
    const { target } = context;
    const client = new pg.Client({
      host: endpoint.address,
      port: endpoint.port,
      user: target.username,
      password: target.password,
      database: target.database || undefined,
      connectionTimeoutMillis: context.handshakeMs,
      application_name: "nightshift-probe",
      ssl:
        target.tls === "verify"
          ? { rejectUnauthorized: true, ca: target.caCertificate || undefined, servername: endpoint.host === endpoint.address ? undefined : endpoint.host }
          : false,
    });
    const close = () => {
      void client.end().catch(() => undefined);
    };
    register(close);
    client.on("error", () => undefined);
    await client.connect();
    return {
      query: async () => {
        await client.query("SELECT 1 AS ok");
        return "SELECT 1 returned a row";
      },
      close,
    };
  },
  classify(error, context) {
    const code = errorCode(error);
    const text = scrub(errorText(error), context.target);
    if (code === "28P01" || code === "28000") return { state: "ConfigError", message: `the server rejected the credentials: ${text}` };
    if (code === "3D000") return { state: "ConfigError", message: `unknown database: ${text}` };
    if (/does not support SSL/i.test(text)) return { state: "ConfigError", message: "TLS is configured, but the server does not support TLS" };
    if (/timeout/i.test(text)) return { state: "Unreachable", message: `connected, but the server sent no PostgreSQL answer in time: is this the right port?` };
    if (/Connection terminated unexpectedly/i.test(text)) {
      return { state: "ConfigError", message: `the server closed the connection during login (${text}): check the port and the type` };
    }
    return classifyGeneric(error, "PostgreSQL", context.target);
  },
};
