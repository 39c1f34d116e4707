/**
 * The npm registry reachable from our build machines lacks some platform builds (e.g.
 * @next/swc-darwin-arm64 at the version Next pins), so `npm install` here leaves them out of
 * package-lock.json and `npm ci` then refuses the lock as out of sync, on every machine. These
 * helpers find such gaps and fill them with entries that carry the platform (os/cpu/libc), so npm
 * skips them on other platforms and fetches them by version on their own.
 */
export type LockPackage = {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
};
export type Lockfile = { packages: Record<string, LockPackage>; [key: string]: unknown };
export type MissingPlatformPackage = { name: string; version: string; requiredBy: string };

const OS_WORDS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "sunos", "win32", "aix", "netbsd"];
const CPU_WORDS = ["arm64", "arm", "x64", "ia32", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "wasm32"];

/** Optional dependencies declared in the lock whose own entry is missing. */
export function findMissingOptionalPackages(lock: Lockfile): MissingPlatformPackage[] {
  const missing = new Map<string, MissingPlatformPackage>();
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${location ? `${location}/` : ""}node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
      if (!/^\d+\.\d+\.\d+/.test(range)) continue;
      missing.set(name, { name, version: range, requiredBy: location || "(root)" });
    }
  }
  return [...missing.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** os/cpu/libc of a platform package, read from its name (`@rollup/rollup-linux-x64-musl`). */
export function platformOf(name: string): Pick<LockPackage, "os" | "cpu" | "libc"> {
  const words = name.replace(/^@[^/]+\//, "").split("-");
  const os = OS_WORDS.find((word) => words.includes(word));
  const cpu = CPU_WORDS.find((word) => words.includes(word) || words.some((part) => part.startsWith(word) && /^(arm|riscv64|ppc64)/.test(part)));
  const libc = words.some((word) => word.startsWith("musl")) ? "musl" : words.includes("gnu") || words.some((word) => word.startsWith("gnueabi")) ? "glibc" : undefined;
  return {
    ...(os ? { os: [os] } : {}),
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc && os === "linux" ? { libc: [libc] } : {}),
  };
}

/** The lock with an entry for every missing optional platform package. */
export function completeLockfile(lock: Lockfile): { lock: Lockfile; added: MissingPlatformPackage[] } {
  const added = findMissingOptionalPackages(lock);
  const packages = { ...lock.packages };
  for (const item of added) {
    packages[`node_modules/${item.name}`] = { version: item.version, optional: true, ...platformOf(item.name) };
  }
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
  return { lock: { ...lock, packages: sorted }, added };
}
