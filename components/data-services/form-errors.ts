import type { TApiIssue } from "@/lib/contracts/common";

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** Issues (from zod on the client, or the server's 422/409) as one message per known field; the rest is general. */
export function toFieldErrors<Field extends string>(issues: readonly TApiIssue[], fields: readonly Field[]): { fieldErrors: FieldErrors<Field>; general: string[] } {
  const fieldErrors: FieldErrors<Field> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = fields.find((candidate) => issue.path === candidate || issue.path.startsWith(`${candidate}.`));
    if (field) fieldErrors[field] ??= issue.message;
    else general.push(issue.message);
  }
  return { fieldErrors, general };
}
