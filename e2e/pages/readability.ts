import type { Locator } from "@playwright/test";

export type Readability = {
  /** WCAG contrast ratio between the text colour and the background it sits on. */
  contrast: number;
  /** Relative luminance of that background, 0 (black) to 1 (white). */
  backgroundLuminance: number;
};

/** How readable `text` is where it stands: its colour against the nearest opaque background. */
export async function readabilityOf(text: Locator): Promise<Readability> {
  return text.evaluate((element) => {
    const parse = (value: string): [number, number, number, number] => {
      const match = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+))?\)$/.exec(value);
      if (!match) throw new Error(`unexpected colour format: ${value}`);
      return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
    };
    const luminance = ([r, g, b]: [number, number, number, number]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    let background: [number, number, number, number] | undefined;
    for (let node: Element | null = element; node && !background; node = node.parentElement) {
      const candidate = parse(getComputedStyle(node).backgroundColor);
      if (candidate[3] > 0.99) background = candidate;
    }
    background ??= [255, 255, 255, 1];
    const foreground = luminance(parse(getComputedStyle(element).color));
    const behind = luminance(background);
    const contrast = (Math.max(foreground, behind) + 0.05) / (Math.min(foreground, behind) + 0.05);
    return { contrast, backgroundLuminance: behind };
  });
}
