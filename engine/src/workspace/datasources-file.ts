import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ContentError, parseContent, SECRET_KEYS } from "../connectivity/content";
import { assertCidr } from "../connectivity/egress";
import { effectiveType } from "../connectivity/data-sources";
import type { WorkspaceIssue } from "./errors";
import { WORKSPACE_LIMITS } from "./schema";
import { parseYamlSource, toWorkspaceIssues, workspaceErrorMessages } from "./source";

/**
 * `connectivity.yaml` (optional) in a workspace folder: data sources without secrets (a secret
 * comes from an environment variable named by `passwordEnv`, or is set through UpdateDataSource)
 * and the egress policy of resource groups. See docs/workspace-format.md and docs/connectivity.md.
 */
export const CONNECTIVITY_FILE = "connectivity.yaml";

const ZEnvName = z.string().regex(/^[A-Z_][A-Z0-9_]{0,127}$/, "an environment variable name (A–Z, 0–9, _)");
const ZCidr = z.string().refine((text) => {
  try {
    assertCidr(text);
    return true;
  } catch {
    return false;
  }
}, "a CIDR such as 10.0.0.0/8 or fd00::/8");

export const ZDataSourceSource = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,59}$/, "1–60 characters: letters, digits, _ . -"),
  type: z.string().min(1, "required"),
  subType: z.string().optional(),
  envType: z.union([z.literal(0), z.literal(1)], { error: "0 (development) or 1 (production)" }).default(1),
  description: z.string().max(512, "at most 512 characters").default(""),
  content: z.record(z.string(), z.unknown(), { error: "a mapping of Content keys (jdbcUrl, username, address…)" }),
  passwordEnv: ZEnvName.optional(),
});

export const ZEgressSource = z.strictObject({
  allowLoopback: z.boolean().default(true),
  allow: z.array(ZCidr).max(256, "at most 256 CIDRs").default([]),
  deny: z.array(ZCidr).max(256, "at most 256 CIDRs").default([]),
});

export const ZConnectivityFileSource = z.strictObject(
  {
    dataSources: z.array(ZDataSourceSource).max(1_000, "at most 1,000 data sources").default([]),
    /** Keyed by resource group identifier. */
    egress: z.record(z.string(), ZEgressSource).default({}),
  },
  { error: "connectivity.yaml is a mapping with dataSources: and egress:" },
);

export type DataSourceDefinition = z.infer<typeof ZDataSourceSource> & { file: string; line: number };
export type ConnectivityDefinition = { dataSources: DataSourceDefinition[]; egress: Record<string, z.infer<typeof ZEgressSource>> };

/** Reads connectivity.yaml if present; problems go to `issues` with file and line. */
export async function loadConnectivityFile(directory: string, resourceGroupIdentifiers: readonly string[], issues: WorkspaceIssue[]): Promise<ConnectivityDefinition | undefined> {
  const fullPath = path.join(directory, CONNECTIVITY_FILE);
  let text: string;
  try {
    const size = (await fs.stat(fullPath)).size;
    if (size > WORKSPACE_LIMITS.maxFileBytes) {
      issues.push({ file: CONNECTIVITY_FILE, line: 1, field: "", message: `file too large: ${size} bytes` });
      return undefined;
    }
    text = await fs.readFile(fullPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const source = parseYamlSource(CONNECTIVITY_FILE, text);
  if (source.issues.length > 0) {
    issues.push(...source.issues);
    return undefined;
  }
  const parsed = ZConnectivityFileSource.safeParse(source.value ?? {}, workspaceErrorMessages);
  if (!parsed.success) {
    issues.push(...toWorkspaceIssues(source, parsed.error.issues));
    return undefined;
  }
  const seen = new Set<string>();
  const dataSources = parsed.data.dataSources.map((entry, index) => {
    const line = source.lineOf(["dataSources", index]);
    const at = (field: string, message: string) => issues.push({ file: CONNECTIVITY_FILE, line: source.lineOf(["dataSources", index, field]), field: `dataSources.${index}.${field}`, message });
    const key = `${entry.envType}/${entry.name}`;
    if (seen.has(key)) at("name", `a second data source named ${entry.name} in environment ${entry.envType}`);
    seen.add(key);
    for (const secret of SECRET_KEYS) {
      if (entry.content[secret] !== undefined) at("content", `${secret} does not belong in a workspace file: name an environment variable with passwordEnv, or set it through UpdateDataSource`);
    }
    try {
      parseContent(effectiveType(entry.type, entry.subType), entry.content);
    } catch (error) {
      if (error instanceof ContentError) at("content", error.message);
      else at("type", (error as Error).message);
    }
    return { ...entry, file: CONNECTIVITY_FILE, line };
  });
  for (const identifier of Object.keys(parsed.data.egress)) {
    if (!resourceGroupIdentifiers.includes(identifier)) {
      issues.push({ file: CONNECTIVITY_FILE, line: source.lineOf(["egress", identifier]), field: `egress.${identifier}`, message: `no resource group ${identifier} in workspace.yaml` });
    }
  }
  return { dataSources, egress: parsed.data.egress };
}
