/**
 * Playwright's web server: wipes the end-to-end data folder, then runs the real start script in this
 * process (so Playwright's SIGTERM reaches it directly). Every run starts from a first start: the
 * demo workspace is seeded afresh, as a newcomer would see it.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = path.resolve(root, process.env.NIGHTSHIFT_DATA_DIR ?? ".data/e2e");
// Only ever wipe a folder inside .data/, whatever the environment says.
if (!dataDir.startsWith(path.join(root, ".data") + path.sep)) {
  console.error(`[e2e] refusing to wipe ${dataDir}: NIGHTSHIFT_DATA_DIR must lie inside .data/`);
  process.exit(1);
}
fs.rmSync(dataDir, { recursive: true, force: true });

await import("../../scripts/start");
