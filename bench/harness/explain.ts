import type { RawSql } from "./raw-sql";
import type { CapturedStatement } from "./statement-capture";

/**
 * PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of a captured statement, trimmed to its first lines and
 * the execution time: enough to show which index a query used, and how many rows it touched.
 * Statements that write get a plain EXPLAIN: ANALYZE would run them.
 */
export async function explainAnalyze(raw: RawSql, statement: CapturedStatement, maxLines = 8): Promise<string[]> {
  if (raw.store !== "postgresql") return [];
  const isRead = /^\s*SELECT\b/i.test(statement.sql);
  const explain = isRead ? "EXPLAIN (ANALYZE, BUFFERS)" : "EXPLAIN";
  const rows = await raw.replay<{ "QUERY PLAN": string }>(`${explain} ${statement.sql}`, statement.values);
  const lines = rows.map((row) => row["QUERY PLAN"]);
  const timing = lines.filter((line) => /^(Planning|Execution) Time/.test(line));
  const plan = lines.filter((line) => !/^(Planning|Execution) Time|^\s*Planning:/.test(line) && !(/^\s*Buffers:/.test(line) && !/read=/.test(line)));
  return [...plan.slice(0, maxLines), ...(plan.length > maxLines ? ["  …"] : []), ...timing];
}

/** The statement as one line, with its bound values, for the notes. */
export function describeStatement(statement: CapturedStatement, maxLength = 700): string {
  // Long column lists say little; the FROM, WHERE and ORDER BY are what the plans are about.
  const sql = statement.sql.replace(/\s+/g, " ").trim().replace(/SELECT ((?:(?!\bFROM\b).){100,}?) FROM/g, "SELECT … FROM");
  const values = statement.values.map((value) => String(value)).join(", ");
  const text = `${sql}  -- [${values}]`;
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
