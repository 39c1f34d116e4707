/** One problem found in a workspace folder, located as precisely as the YAML allows. */
export type WorkspaceIssue = {
  /** Path relative to the workspace folder, with forward slashes. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Where in the file's data, e.g. `nodes[3].cron` or `resourceGroups[0].slots`. */
  field: string;
  message: string;
};

export function formatIssue(issue: WorkspaceIssue): string {
  const field = issue.field === "" ? "" : ` ${issue.field}`;
  return `${issue.file}:${issue.line}${field}: ${issue.message}`;
}

/** Issues in file order, then by line, so that a long report reads top to bottom. */
export function sortIssues(issues: readonly WorkspaceIssue[]): WorkspaceIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** Thrown when a workspace folder does not validate; carries every issue found, not just the first. */
export class WorkspaceValidationError extends Error {
  readonly issues: WorkspaceIssue[];

  constructor(issues: readonly WorkspaceIssue[]) {
    const sorted = sortIssues(issues);
    const count = sorted.length === 1 ? "1 issue" : `${sorted.length} issues`;
    super(`Workspace is invalid (${count}):\n${sorted.map((issue) => `  ${formatIssue(issue)}`).join("\n")}`);
    this.name = "WorkspaceValidationError";
    this.issues = sorted;
  }
}
