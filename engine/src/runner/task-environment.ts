/** The only variables a task inherits from the engine; everything else comes from its spec. */
export const INHERITED_VARIABLES = ["PATH", "HOME", "LANG", "TZ"] as const;

/**
 * Passing these through is inheritance by the child, not engine configuration, so reading the
 * parent's environment here is the exception to config.ts being its only reader.
 */
export function buildTaskEnvironment(
  taskVariables: Record<string, string>,
  parentEnvironment: Readonly<Record<string, string | undefined>> = process.env,
): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const name of INHERITED_VARIABLES) {
    const value = parentEnvironment[name];
    if (value !== undefined) environment[name] = value;
  }
  return { ...environment, ...taskVariables };
}
