/**
 * Runs `work` over `items` with at most `limit` at a time, and stops starting new ones once `deadline` (a
 * Date.now() value) has passed: a scheduled function has 30 seconds, and what is left waits for the next run.
 */
export async function inParallel<Item>(
  items: readonly Item[],
  limit: number,
  work: (item: Item) => Promise<void>,
  deadline = Infinity,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && Date.now() < deadline) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
