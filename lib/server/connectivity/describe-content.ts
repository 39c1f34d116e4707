/** Content for an audit record: every key, secrets replaced by whether they were given. */
export function describeContent(content: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(content).map(([key, value]) => (/pass|secret|certificate|token/i.test(key) ? [key, "(given)"] : [key, value])));
}
