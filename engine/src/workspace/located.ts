import type { WorkspaceIssue } from "./errors";
import type { NodeSource, PartialNodeSource, WorkspaceFileSource } from "./schema";
import { formatFieldPath, type FieldPath, type YamlSource } from "./source";

/** `workspace.yaml`, validated in shape, with the file it came from. */
export type LocatedWorkspace = { settings: WorkspaceFileSource; source: YamlSource };

/** One node entry with where it was written; `node` is fully valid in shape unless typed partial. */
export type LocatedNode<TNode extends PartialNodeSource = NodeSource> = {
  node: TNode;
  /** The `business:` of the file it sits in, if any. */
  fileBusiness: string | undefined;
  source: YamlSource;
  /** Keys whose values failed the shape checks; empty for a valid entry. */
  failedKeys: ReadonlySet<string>;
  /** Position in its file's `nodes:` list. */
  index: number;
  line: number;
};

/** An entry that failed its shape checks, keeping the fields that passed. */
export type LocatedPartialNode = LocatedNode<PartialNodeSource> & {
  /** The name as written, even if invalid, so that references to it are not reported twice. */
  writtenName: string | undefined;
};

export function issueAtWorkspace(workspace: LocatedWorkspace, path: FieldPath, message: string): WorkspaceIssue {
  return { file: workspace.source.file, line: workspace.source.lineOf(path), field: formatFieldPath(path), message };
}

export function issueAtNode(located: LocatedNode<PartialNodeSource>, path: FieldPath, message: string): WorkspaceIssue {
  const fullPath = ["nodes", located.index, ...path];
  return { file: located.source.file, line: located.source.lineOf(fullPath), field: formatFieldPath(fullPath), message };
}

export function describeLocation(located: { file: string; line: number }): string {
  return `${located.file}:${located.line}`;
}
