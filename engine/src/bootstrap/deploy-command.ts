import path from "node:path";
import type { EngineConfig } from "../config";
import { ensureCycleInstances } from "../runtime/generation";
import { openDatabase } from "../store/database";
import { migrate } from "../store/migrate";
import { reportRefusedDeploy } from "../workspace/alerts-deploy";
import { deployWorkspace } from "../workspace/deploy";
import { WorkspaceValidationError } from "../workspace/errors";
import { loadWorkspace } from "../workspace/load";

/** `engine deploy DIR [--operator NAME]`: exit 0 deployed, 2 invalid workspace or arguments. */
export async function deployCommand(config: EngineConfig, args: string[]): Promise<number> {
  const parsed = parseDeployArgs(args);
  if ("error" in parsed) {
    console.error(`[engine] ${parsed.error}\nusage: npm run engine -- deploy DIR [--operator NAME]`);
    return 2;
  }
  const directory = path.resolve(parsed.directory);
  let definition;
  try {
    definition = await loadWorkspace(directory);
  } catch (error) {
    if (error instanceof WorkspaceValidationError) {
      console.error(`[engine] ${directory} is not a valid workspace; nothing was deployed:`);
      for (const issue of error.issues) console.error(`  ${issue.file}:${issue.line} ${issue.field}: ${issue.message}`);
      await reportRefusedDeploy(config.DATABASE_URL, directory, error.issues, Date.now());
      return 2;
    }
    throw error;
  }
  const database = await openDatabase(config.DATABASE_URL);
  try {
    await migrate(database);
    const now = Date.now();
    const result = await deployWorkspace(database, definition, { operator: parsed.operator, now, sourceDir: directory });
    const generated = await ensureCycleInstances(database, { projectId: result.projectId, now });
    const created = generated.reduce((sum, day) => sum + day.created, 0);
    console.log(
      `[engine] deployed ${directory} as project ${result.projectId}: ` +
        `${result.nodesAdded} added, ${result.nodesChanged} changed, ${result.nodesRemoved} removed, ` +
        `${result.nodesUnchanged} unchanged; ${created} instances generated`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

export function parseDeployArgs(args: string[]): { directory: string; operator: string } | { error: string } {
  let directory: string | undefined;
  let operator = process.env.USER ?? "cli";
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (arg === "--operator") {
      const value = args[index + 1];
      if (!value || value.startsWith("--")) return { error: "--operator needs a name" };
      operator = value;
      index += 1;
    } else if (arg.startsWith("--")) {
      return { error: `unknown option ${arg}` };
    } else if (directory === undefined) {
      directory = arg;
    } else {
      return { error: `unexpected argument ${arg}` };
    }
  }
  if (!directory) return { error: "deploy needs the workspace folder" };
  return { directory, operator };
}
