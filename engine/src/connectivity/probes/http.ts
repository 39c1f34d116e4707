import http from "node:http";
import https from "node:https";
import net from "node:net";
import { classifyGeneric, type Driver } from "./driver";

/**
 * An HTTP(S) endpoint: one GET to the checked address with the original Host header (redirects
 * are reported, never followed). Login and query are the same exchange: the status answers both.
 */
export const httpDriver: Driver = {
  queryName: "Check the HTTP status",
  loginDetail: (context) => `sent GET ${context.target.path}${context.target.tls === "verify" ? " over TLS (certificate checked)" : ""}`,
  login: (context, register) =>
    new Promise((resolve, reject) => {
      const endpoint = context.endpoints[0];
      if (!endpoint) return reject(new Error("no endpoint"));
      const { target } = context;
      const isTls = target.tls === "verify";
      const hostHeader = net.isIPv6(endpoint.host) ? `[${endpoint.host}]` : endpoint.host;
      const options = {
        host: endpoint.address,
        port: endpoint.port,
        path: target.path,
        method: "GET",
        headers: { Host: `${hostHeader}:${endpoint.port}`, "User-Agent": "nightshift-probe", Accept: "*/*" },
        agent: false as const,
        ...(isTls ? { servername: net.isIP(endpoint.host) === 0 ? endpoint.host : undefined, ca: target.caCertificate || undefined, rejectUnauthorized: true } : {}),
      };
      const request = (isTls ? https : http).request(options, (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        request.destroy();
        resolve({
          query: async () => {
            if (status >= 200 && status < 400) return `HTTP ${status}${status >= 300 ? " (a redirect, not followed)" : ""}`;
            throw Object.assign(new Error(`the endpoint answered HTTP ${status}`), { httpStatus: status });
          },
          close: () => request.destroy(),
        });
      });
      register(() => request.destroy());
      request.on("error", reject);
      request.end();
    }),
  classify(error, context) {
    const status = (error as { httpStatus?: number })?.httpStatus;
    if (status === 401 || status === 403) return { state: "ConfigError", message: `the endpoint refused access (HTTP ${status})` };
    if (status !== undefined) return { state: "ConfigError", message: `the endpoint answered HTTP ${status}: check the URL` };
    return classifyGeneric(error, "HTTP", context.target);
  },
};
