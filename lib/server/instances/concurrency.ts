/**
 * Runs `work` over `items` with at most `limit` at a time, and answers the results in the items'
 * order. `work` should not throw (each item's failure belongs in its result); if it does, the
 * whole call rejects once the running ones settle.
 */
export async function mapWithConcurrency<Item, Result>(items: readonly Item[], limit: number, work: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as Item, index);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
