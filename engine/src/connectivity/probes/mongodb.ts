import { MongoClient } from "mongodb";
import { formatHostPort } from "../host-syntax";
import { classifyGeneric, errorText, scrub, type Driver } from "./driver";

/**
 * MongoDB through the official driver, straight to the first checked address (directConnection:
 * the server's list of other members is not followed), authenticating against `database`, then
 * `ping`. The URL is built from checked parts only: no user text, no options, no SRV lookups.
 */
export const mongodbDriver: Driver = {
  queryName: "ping",
  loginDetail: (context) => (context.target.username ? `authenticated as ${context.target.username} against ${context.target.database}` : "completed the hello handshake"),
  async login(context, register) {
    const endpoint = context.endpoints[0];
    if (!endpoint) throw new Error("no endpoint");
    const { target } = context;
    const client = new MongoClient(`mongodb://${formatHostPort(endpoint.address, endpoint.port)}/`, {
      directConnection: true,
      // Below the step's own limit, so that the driver's reason (closed, timed out) is what decides.
      serverSelectionTimeoutMS: Math.max(300, context.handshakeMs - 300),
      connectTimeoutMS: context.connectMs,
      socketTimeoutMS: context.handshakeMs,
      maxPoolSize: 1,
      monitorCommands: false,
      appName: "nightshift-probe",
      auth: target.username ? { username: target.username, password: target.password } : undefined,
      authSource: target.username ? target.database : undefined,
      tls: target.tls === "verify",
      ca: target.tls === "verify" && target.caCertificate ? target.caCertificate : undefined,
      servername: target.tls === "verify" && endpoint.host !== endpoint.address ? endpoint.host : undefined,
    });
    const close = () => {
      void client.close(true).catch(() => undefined);
    };
    register(close);
    await client.connect();
    return {
      query: async () => {
        await client.db(target.database || "admin").command({ ping: 1 });
        return "ping answered ok";
      },
      close,
    };
  },
  classify(error, context) {
    const text = scrub(errorText(error), context.target);
    const reason = scrub(errorText((error as { reason?: { error?: unknown } })?.reason?.error ?? ""), context.target);
    const code = (error as { code?: unknown })?.code;
    if (code === 18 || /Authentication failed|auth/i.test(text)) return { state: "ConfigError", message: `the server rejected the credentials: ${text}` };
    const detail = reason || text;
    if (/closed|reset|parse|invalid|unexpected|size|BSON|wire/i.test(detail)) {
      return { state: "ConfigError", message: `the server did not answer as MongoDB (${detail}): check the port and the type` };
    }
    if (/timed out|timeout|Server selection/i.test(detail)) {
      return { state: "Unreachable", message: `connected, but the server sent no MongoDB answer in time (${detail}): is this the right port?` };
    }
    return classifyGeneric(error, "MongoDB", context.target);
  },
};
