import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEgressChecker, EMBEDDED_DEFAULT_POLICY } from "./egress";
import { runProbe, type ProbeEnvironment } from "./probe";
import type { ProbeTarget } from "./types";

/** A self-signed certificate for "localhost", made with the openssl command (the suite skips without it). */
function makeCertificate(directory: string): { key: string; cert: string } | null {
  try {
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
      "-keyout", path.join(directory, "key.pem"), "-out", path.join(directory, "cert.pem")], { stdio: "ignore" });
    return { key: fs.readFileSync(path.join(directory, "key.pem"), "utf8"), cert: fs.readFileSync(path.join(directory, "cert.pem"), "utf8") };
  } catch {
    console.warn("[skip] openssl is not available; the TLS probe suite is skipped");
    return null;
  }
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-tls-"));
const certificate = makeCertificate(directory);

describe.skipIf(!certificate)("TLS handshake step", () => {
  let server: tls.Server;
  let port = 0;
  const sockets = new Set<tls.TLSSocket>();
  const environment: ProbeEnvironment = {
    egress: createEgressChecker(EMBEDDED_DEFAULT_POLICY, { protectedPorts: [] }),
    resolve: async (host) => (host === "localhost" ? ["127.0.0.1"] : [host]),
  };
  const target = (caCertificate: string): ProbeTarget => ({
    type: "redis",
    endpoints: [{ host: "localhost", port }],
    database: "0",
    username: "",
    password: "",
    tls: "verify",
    caCertificate,
    saslMechanism: "plain",
    path: "/",
  });

  beforeAll(async () => {
    // A TLS server that completes the handshake and then closes: not a Redis.
    server = tls.createServer({ key: certificate?.key, cert: certificate?.cert }, (socket) => {
      sockets.add(socket);
      socket.on("error", () => undefined);
      socket.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it("is ConfigError at tls_handshake when the certificate is not trusted", async () => {
    const result = await runProbe(target(""), environment);
    expect(result.state).toBe("ConfigError");
    expect(result.steps.find((step) => step.outcome === "failed")?.code).toBe("tls_handshake");
  });

  it("passes the handshake with the CA given as PEM contents, then fails at login on a server that is not Redis", async () => {
    const result = await runProbe(target(certificate?.cert ?? ""), environment);
    expect(result.steps.find((step) => step.code === "tls_handshake")?.outcome).toBe("passed");
    expect(result.state).toBe("ConfigError");
    expect(result.steps.find((step) => step.outcome === "failed")?.code).toBe("protocol_login");
  });
});
