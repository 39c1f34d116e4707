import { Redis } from "ioredis";
import { classifyGeneric, errorText, scrub, type Driver } from "./driver";

/** Redis through ioredis, to the checked address: AUTH and SELECT at login, then PING. No retries. */
export const redisDriver: Driver = {
  queryName: "PING",
  loginDetail: (context) => `${context.target.password ? "authenticated and " : ""}selected database ${context.target.database || "0"}${context.target.tls === "verify" ? " over TLS (certificate checked)" : ""}`,
  async login(context, register) {
    const endpoint = context.endpoints[0];
    if (!endpoint) throw new Error("no endpoint");
    const { target } = context;
    const client = new Redis({
      host: endpoint.address,
      port: endpoint.port,
      // AUTH and SELECT are sent below, so that their answers fail the login step itself.
      db: 0,
      lazyConnect: true,
      connectTimeout: context.handshakeMs,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      reconnectOnError: () => false,
      enableOfflineQueue: true,
      enableReadyCheck: false,
      tls:
        target.tls === "verify"
          ? { rejectUnauthorized: true, ca: target.caCertificate || undefined, servername: endpoint.host === endpoint.address ? undefined : endpoint.host }
          : undefined,
    });
    const close = () => client.disconnect();
    register(close);
    client.on("error", () => undefined);
    await client.connect();
    if (target.password) {
      await (target.username ? client.call("AUTH", target.username, target.password) : client.call("AUTH", target.password));
    }
    if (Number(target.database || 0) !== 0) await client.call("SELECT", target.database);
    return {
      query: async () => `PING answered ${await client.ping()}`,
      close,
    };
  },
  classify(error, context) {
    const text = scrub(errorText(error), context.target);
    if (/WRONGPASS|NOAUTH|invalid password|AUTH.*(called without|failed)|NOPERM|invalid username/i.test(text)) {
      return { state: "ConfigError", message: `the server rejected the credentials: ${text}` };
    }
    if (/DB index is out of range|invalid DB index/i.test(text)) return { state: "ConfigError", message: `unknown database: ${text}` };
    if (/connect ETIMEDOUT|timed? ?out/i.test(text)) return { state: "Unreachable", message: `connected, but the server sent no Redis answer in time: is this the right port?` };
    return classifyGeneric(error, "Redis", context.target);
  },
};
