/** Resolves once `condition` holds; for kernel state that has no event to await (a zombie, a dead pid). */
export async function waitUntil(condition: () => boolean, pollMs = 10): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, pollMs));
}
