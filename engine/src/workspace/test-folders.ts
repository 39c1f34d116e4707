import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A minimal valid workspace.yaml for tests to start from. */
export const MINIMAL_WORKSPACE_YAML = `identifier: shop_dw
name: Shop warehouse
timezone: Asia/Shanghai
owner: alice
resourceGroups:
  - identifier: rg_etl
    name: ETL
    slots: 4
    default: true
  - identifier: rg_report
    slots: 2
`;

/** Writes files (path → text) into a fresh temporary folder and returns the folder. */
export function writeWorkspaceFolder(files: Readonly<Record<string, string>>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "nightshift-workspace-"));
  for (const [file, text] of Object.entries(files)) {
    const fullPath = path.join(directory, file);
    fs.mkdirSync(path.dirname(fullPath), { recursive: true });
    fs.writeFileSync(fullPath, text);
  }
  return directory;
}

export function removeWorkspaceFolder(directory: string): void {
  fs.rmSync(directory, { recursive: true, force: true });
}
