import type { Store } from "./figures";

export type BenchArgs = {
  /** Benchmarks to run; empty means all. */
  only: string[];
  /** Small workloads and few iterations: a smoke run whose figures are not judged against the goals. */
  isQuick: boolean;
  stores: Store[];
  /** Write the results into docs/BENCHMARKS.md (default for full runs, off for quick runs). */
  shouldWrite: boolean;
  /** Keep the 3M-row list dataset (loading it takes minutes) for the next --keep run instead of dropping it. */
  keepDatabases: boolean;
};

export const USAGE = `usage: npm run bench -- [--only NAME[,NAME…]] [--quick] [--store sqlite|postgresql] [--write|--no-write] [--keep]`;

const STORES: readonly Store[] = ["sqlite", "postgresql"];

export function parseBenchArgs(argv: readonly string[], known: readonly string[]): BenchArgs {
  const only: string[] = [];
  let isQuick = false;
  let stores: Store[] = [...STORES];
  let write: boolean | undefined;
  let keepDatabases = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++index];
      if (next === undefined || next.startsWith("--")) throw new Error(`${flag} needs a value\n${USAGE}`);
      return next;
    };
    switch (flag) {
      case "--only":
        for (const name of value().split(",").map((part) => part.trim()).filter(Boolean)) {
          if (!known.includes(name)) throw new Error(`unknown benchmark "${name}"; known: ${known.join(", ")}\n${USAGE}`);
          only.push(name);
        }
        break;
      case "--quick":
        isQuick = true;
        break;
      case "--store": {
        const store = value();
        if (!(STORES as readonly string[]).includes(store)) throw new Error(`--store must be sqlite or postgresql, got "${store}"`);
        stores = [store as Store];
        break;
      }
      case "--write":
        write = true;
        break;
      case "--no-write":
        write = false;
        break;
      case "--keep":
        keepDatabases = true;
        break;
      default:
        throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    }
  }
  return { only, isQuick, stores, shouldWrite: write ?? !isQuick, keepDatabases };
}
