/**
 * `npm run lock:complete` — run after any `npm install` that changed package-lock.json, so that
 * `npm ci` accepts the lock on every machine (see scripts/lib/lockfile-platforms.ts for why).
 */
import fs from "node:fs";
import path from "node:path";
import { completeLockfile, type Lockfile } from "./lib/lockfile-platforms";

const lockPath = path.resolve(import.meta.dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8")) as Lockfile;
const { lock: completed, added } = completeLockfile(lock);
fs.writeFileSync(lockPath, `${JSON.stringify(completed, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform packages: ${added.map((item) => item.name).join(", ")}` : "package-lock.json is complete");
