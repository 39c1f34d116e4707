import { Kafka, logLevel, type ISocketFactory } from "kafkajs";
import net from "node:net";
import tls from "node:tls";
import { formatHostPort } from "../host-syntax";
import { classifyGeneric, errorText, scrub, type Driver, type DriverContext } from "./driver";

/**
 * Kafka through kafkajs: connect to a seed broker (ApiVersions, SASL when a username is given),
 * then fetch the cluster metadata. Every socket kafkajs opens goes through the egress check,
 * including brokers the cluster advertises: a broker cannot redirect the probe elsewhere.
 */
function checkedSocketFactory(context: DriverContext): ISocketFactory {
  const names = new Map(context.endpoints.map((endpoint) => [`${endpoint.address}|${endpoint.port}`, endpoint.host]));
  return ({ host, port, ssl, onConnect }) => {
    const isPinned = names.has(`${host}|${port}`);
    if (!isPinned && !(net.isIP(host) !== 0 && context.isAddressAllowed(host, port))) {
      const socket = new net.Socket();
      queueMicrotask(() => socket.destroy(new Error(`refused to follow the broker to ${formatHostPort(host, port)}: advertised brokers must be IP addresses the egress policy allows`)));
      return socket;
    }
    const servername = names.get(`${host}|${port}`);
    return ssl
      ? tls.connect({ ...(ssl as tls.ConnectionOptions), host, port, servername: servername && net.isIP(servername) === 0 ? servername : undefined }, onConnect)
      : net.connect({ host, port }, onConnect);
  };
}

export const kafkaDriver: Driver = {
  queryName: "Fetch cluster metadata",
  loginDetail: (context) => `connected to a broker${context.target.username ? ` and authenticated (SASL ${context.target.saslMechanism})` : ""}`,
  async login(context, register) {
    const { target } = context;
    const ssl = target.tls === "verify" ? { rejectUnauthorized: true, ca: target.caCertificate ? [target.caCertificate] : undefined } : undefined;
    const sasl = target.username ? ({ mechanism: target.saslMechanism, username: target.username, password: target.password } as never) : undefined;
    const kafka = new Kafka({
      clientId: "nightshift-probe",
      brokers: context.endpoints.map((endpoint) => formatHostPort(endpoint.address, endpoint.port)),
      connectionTimeout: context.connectMs,
      authenticationTimeout: context.handshakeMs,
      requestTimeout: context.handshakeMs,
      enforceRequestTimeout: true,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
      socketFactory: checkedSocketFactory(context),
      ssl,
      sasl,
    });
    const admin = kafka.admin({ retry: { retries: 0 } });
    const close = () => {
      void admin.disconnect().catch(() => undefined);
    };
    register(close);
    await admin.connect();
    return {
      query: async () => {
        const cluster = await admin.describeCluster();
        return `the cluster has ${cluster.brokers.length} broker(s)`;
      },
      close,
    };
  },
  classify(error, context) {
    const name = (error as Error)?.name ?? "";
    const text = scrub(errorText(error), context.target);
    if (name === "KafkaJSSASLAuthenticationError" || /SASL|authentication/i.test(text)) {
      return { state: "ConfigError", message: `the broker rejected the credentials: ${text}` };
    }
    if (/Connection timeout|Request timed out|timeout/i.test(text)) {
      return { state: "Unreachable", message: `connected, but the server sent no Kafka answer in time (${text}): is this the right port?` };
    }
    if (name === "KafkaJSConnectionClosedError" || /Closed connection|closed/i.test(text) || name === "KafkaJSProtocolError") {
      return { state: "ConfigError", message: `the server did not answer as a Kafka broker (${text}): check the port and the type` };
    }
    if (/ECONNREFUSED/.test(text)) return { state: "Unreachable", message: text };
    return classifyGeneric(error, "Kafka", context.target);
  },
};
