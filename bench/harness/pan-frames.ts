import type { Page } from "@playwright/test";

type Box = { x: number; y: number; width: number; height: number };

/**
 * Intervals between animation frames on a graph page: for 2 s at rest, then while the canvas is
 * dragged 3 times by 300 px in 60 mouse steps (back and forth), timestamps from requestAnimationFrame.
 */
export async function panFrameIntervals(page: Page, canvas: Box): Promise<{ restIntervals: number[]; panIntervals: number[] }> {
  const restIntervals = await page.evaluate(
    (ms) =>
      new Promise<number[]>((resolve) => {
        const stamps: number[] = [];
        const startedAt = performance.now();
        const tick = (now: number) => {
          stamps.push(now);
          if (now - startedAt < ms) requestAnimationFrame(tick);
          else resolve(stamps.slice(1).map((stamp, index) => stamp - stamps[index]!));
        };
        requestAnimationFrame(tick);
      }),
    2_000,
  );
  const panIntervals: number[] = [];
  const centerX = canvas.x + canvas.width / 2;
  const centerY = canvas.y + canvas.height / 2;
  for (let drag = 0; drag < 3; drag++) {
    const direction = drag % 2 === 0 ? -1 : 1;
    await page.evaluate((chain) => {
      // One chain per drag: the previous drag's chain may still have a frame pending, and two chains
      // would record every frame twice (intervals of 0 ms).
      const holder = window as unknown as { __panStamps: number[]; __panChain: number };
      holder.__panStamps = [];
      holder.__panChain = chain;
      const tick = (now: number) => {
        if (holder.__panChain !== chain) return;
        holder.__panStamps.push(now);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, drag);
    await page.mouse.move(centerX, centerY);
    await page.mouse.down();
    await page.mouse.move(centerX + direction * 300, centerY + direction * 60, { steps: 60 });
    await page.mouse.up();
    const stamps = await page.evaluate(() => {
      const holder = window as unknown as { __panStamps: number[]; __panChain: number };
      holder.__panChain = -1;
      return holder.__panStamps;
    });
    panIntervals.push(...stamps.slice(1).map((stamp, index) => stamp - stamps[index]!));
  }
  if (panIntervals.length === 0 || restIntervals.length === 0) throw new Error("no frames were recorded");
  return { restIntervals, panIntervals };
}
