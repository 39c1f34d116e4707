import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ConsoleServer } from "./console-server";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * Writes a workspace into a temporary folder and deploys it with the engine's own CLI
 * (`engine deploy DIR`) beside the running servers, with their environment; answers the project id.
 */
export async function deployBenchWorkspace(server: ConsoleServer, write: (directory: string) => void, options: { prefix: string }): Promise<string> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `nightshift-bench-${options.prefix}-`));
  try {
    write(directory);
    const output = await runEngineDeploy(server, directory);
    const projectId = /as project (\d+)/.exec(output)?.[1];
    if (!projectId) throw new Error(`engine deploy did not name the project: ${output.slice(-500)}`);
    return projectId;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

function runEngineDeploy(server: ConsoleServer, directory: string): Promise<string> {
  const env: Record<string, string> = { ...server.env, ENGINE_DATA_DIR: server.dataDir };
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "engine", "src", "main.ts"), "deploy", directory, "--operator", "bench"], {
      cwd: ROOT,
      // Next's types declare NODE_ENV as always present in ProcessEnv; a plain record cannot promise it.
      env: env as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`engine deploy exited ${code}: ${text.slice(-1_000)}`))));
  });
}
