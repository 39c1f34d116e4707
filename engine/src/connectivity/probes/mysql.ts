import mysql from "mysql2";
import net from "node:net";
import { classifyGeneric, errorCode, scrub, errorText, type Driver } from "./driver";

/**
 * MySQL / MariaDB through mysql2. The socket goes to the checked address (the `stream` factory)
 * while `host` keeps the name for TLS identity checks. LOCAL INFILE is off in the client flags and
 * no stream factory exists, so a server asking for a file gets none; multiple statements are off.
 */
export const mysqlDriver: Driver = {
  queryName: "SELECT 1",
  loginDetail: (context) => `logged in as ${context.target.username}${context.target.database ? ` to ${context.target.database}` : ""}${context.target.tls === "verify" ? " over TLS (certificate checked)" : ""}`,
  login: (context, register) =>
    new Promise((resolve, reject) => {
      const endpoint = context.endpoints[0];
      if (!endpoint) return reject(new Error("no endpoint"));
      const { target } = context;
      const connection = mysql.createConnection({
        host: endpoint.host,
        port: endpoint.port,
        stream: () => net.connect({ host: endpoint.address, port: endpoint.port }),
        user: target.username,
        password: target.password,
        database: target.database || undefined,
        connectTimeout: context.handshakeMs,
        multipleStatements: false,
        flags: ["-LOCAL_FILES", "-MULTI_STATEMENTS"],
        ssl: target.tls === "verify" ? { rejectUnauthorized: true, verifyIdentity: true, ca: target.caCertificate || undefined } : undefined,
      });
      register(() => connection.destroy());
      connection.on("error", () => undefined);
      connection.connect((error) => {
        if (error) return reject(error);
        resolve({
          query: () =>
            new Promise((resolveQuery, rejectQuery) => {
              connection.query("SELECT 1 AS ok", (queryError) => (queryError ? rejectQuery(queryError) : resolveQuery("SELECT 1 returned a row")));
            }),
          close: () => connection.destroy(),
        });
      });
    }),
  classify(error, context) {
    const code = errorCode(error);
    const text = scrub(errorText(error), context.target);
    if (code === "ER_ACCESS_DENIED_ERROR" || code === "ER_DBACCESS_DENIED_ERROR" || code === "ER_ACCESS_DENIED_NO_PASSWORD_ERROR") {
      return { state: "ConfigError", message: `the server rejected the credentials: ${text}` };
    }
    if (code === "ER_BAD_DB_ERROR") return { state: "ConfigError", message: `unknown database: ${text}` };
    if (code === "HANDSHAKE_NO_SSL_SUPPORT") return { state: "ConfigError", message: "TLS is configured, but the server does not support TLS" };
    if (code === "ETIMEDOUT") return { state: "Unreachable", message: `connected, but the server sent no MySQL greeting in time: is this the right port?` };
    if (code === "HANDSHAKE_UNKNOWN_ERROR" || code === "PROTOCOL_CONNECTION_LOST" || code === "PROTOCOL_PACKETS_OUT_OF_ORDER") {
      return { state: "ConfigError", message: `the server did not answer as MySQL (${text}): check the port and the type` };
    }
    return classifyGeneric(error, "MySQL", context.target);
  },
};
