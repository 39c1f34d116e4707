import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import readline from "node:readline";
import { encodeRpcQuery } from "../../engine/src/rpc/canonical";
import { createSignedRpcParameters } from "../../engine/src/rpc/signature";

export type RpcEndpoint = {
  url: string;
  /** One signed GET through a keep-alive connection; resolves with `Data` or throws the error envelope. */
  call(action: string, params: Record<string, string>): Promise<Record<string, unknown>>;
  /** CPU ms the server process has used so far (Linux /proc), or undefined where that cannot be read. */
  serverCpuMs(): number | undefined;
  stop(): Promise<void>;
};

const SERVER_SCRIPT = path.resolve(import.meta.dirname, "../servers/rpc-server.ts");

/**
 * Starts the engine's RPC server in a child process on the given database and returns a signed
 * client for it. The client keeps as many sockets open as there are concurrent callers, so the
 * measured round trip is request signing, HTTP on loopback, the gateway and the action.
 */
export async function startRpcEndpoint(databaseUrl: string, maxSockets: number): Promise<RpcEndpoint> {
  const accessKeyId = `bench${crypto.randomBytes(6).toString("hex")}`;
  const accessKeySecret = crypto.randomBytes(24).toString("base64url");
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_SCRIPT], {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_ACCESS_KEY_ID: accessKeyId, BENCH_ACCESS_KEY_SECRET: accessKeySecret },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await waitForListening(child);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return {
    url,
    call: async (action, params) => {
      const signed = createSignedRpcParameters({ method: "GET", action, params, accessKeyId, accessKeySecret });
      const body = await getJson(agent, `${url}/?${encodeRpcQuery(signed)}`);
      if (body.Success !== true) throw new Error(`${action} failed: ${JSON.stringify(body).slice(0, 300)}`);
      return body.Data as Record<string, unknown>;
    },
    serverCpuMs: () => processCpuMs(child.pid),
    stop: async () => {
      agent.destroy();
      await stopChild(child);
    },
  };
}

/** utime + stime of a process from /proc/<pid>/stat, in ms (clock ticks of 10 ms, Linux's USER_HZ). */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error("rpc-server did not start within 60 s")), 60_000);
    lines.on("line", (line) => {
      const match = /^listening (http:\/\/\S+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`rpc-server exited with code ${code} before listening`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function getJson(agent: http.Agent, url: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>);
        } catch (error) {
          reject(error);
        }
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
