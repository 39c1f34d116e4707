/**
 * The engine's command line.
 *
 *   tsx engine/src/main.ts [serve]                 run the scheduler and the DataWorks-compatible endpoint
 *   tsx engine/src/main.ts migrate                 create or upgrade the database schema, then exit
 *   tsx engine/src/main.ts deploy DIR [--operator NAME]
 *                                                  validate and deploy a workspace folder, then exit
 */
import { loadEngineConfig } from "./config";
import { deployCommand } from "./bootstrap/deploy-command";
import { serveCommand } from "./bootstrap/serve-command";
import { openDatabase } from "./store/database";
import { migrate } from "./store/migrate";

const USAGE = `usage: npm run engine -- [serve | migrate | deploy DIR [--operator NAME]]`;

async function main(argv: string[]): Promise<number> {
  const [command = "serve", ...rest] = argv;
  const config = loadEngineConfig();
  switch (command) {
    case "serve":
      return serveCommand(config);
    case "migrate": {
      const database = await openDatabase(config.DATABASE_URL);
      try {
        const applied = await migrate(database);
        console.log(applied.length ? `[engine] applied ${applied.join(", ")}` : "[engine] database schema is up to date");
        return 0;
      } finally {
        await database.close();
      }
    }
    case "deploy":
      return deployCommand(config, rest);
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return 0;
    default:
      console.error(`[engine] unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`[engine] fatal: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.NIGHTSHIFT_DEBUG === "1" && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  },
);
