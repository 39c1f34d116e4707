import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repository = path.resolve(import.meta.dirname, "../..");
const IMPORT = /(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)]
    .map((match) => match[1] ?? match[2] ?? "")
    .filter((specifier) => specifier.startsWith(".") || specifier.startsWith("@/"))
    .map((specifier) => (specifier.startsWith("@/") ? path.join(repository, specifier.slice(2)) : path.resolve(path.dirname(file), specifier)));
}

describe("the dependency rules of DESIGN.md", () => {
  it("keeps the engine a leaf: it imports nothing of the console", () => {
    const offenders = sourceFiles(path.join(repository, "engine")).flatMap((file) =>
      relativeImports(file)
        .filter((target) => !target.startsWith(path.join(repository, "engine")) && !target.startsWith(path.join(repository, "prisma", "generated")))
        .map((target) => `${path.relative(repository, file)} → ${path.relative(repository, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps the console away from the engine's code", () => {
    const consoleFiles = ["app", "components", "lib"].flatMap((folder) => sourceFiles(path.join(repository, folder)));
    const offenders = consoleFiles.flatMap((file) =>
      relativeImports(file)
        .filter((target) => target.startsWith(path.join(repository, "engine")))
        .map((target) => `${path.relative(repository, file)} → ${path.relative(repository, target)}`),
    );
    expect(offenders).toEqual([]);
  });
});
