import type { Locator, Page } from "@playwright/test";

export type Readability = {
  /** WCAG contrast ratio between the text colour and the background it sits on. */
  contrast: number;
  /** Relative luminance of that background, 0 (black) to 1 (white). */
  backgroundLuminance: number;
};

/** The console's landing page: is the engine up, and what does it hold. */
export class EngineStatusPage {
  readonly heading: Locator;
  /** "Engine is up", "Engine is not reachable" or "Engine is not healthy". */
  readonly engineState: Locator;
  readonly projects: Locator;
  readonly instanceCounts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Engine status" });
    this.engineState = page.getByRole("heading", { level: 2, name: /^Engine is / });
    this.projects = page.getByRole("table", { name: "Projects" });
    this.instanceCounts = page.getByRole("table", { name: "Instances by status" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/");
  }

  /** The value shown for a term such as "Endpoint" or "Engine ID". */
  fact(term: string): Locator {
    // A <dd> takes no accessible name from its <dt>, so find the pair by the term's text.
    const termText = new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    return this.page
      .locator("dl > div")
      .filter({ has: this.page.getByRole("term").filter({ hasText: termText }) })
      .getByRole("definition");
  }

  projectRow(identifier: string): Locator {
    return this.projects.getByRole("row").filter({ has: this.page.getByRole("cell", { name: identifier, exact: true }) });
  }

  instanceTotal(): Locator {
    return this.instanceCounts.getByRole("row", { name: /^Total/ }).getByRole("cell");
  }

  async useColorScheme(scheme: "light" | "dark"): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme });
  }

  /** How readable `text` is where it stands: its colour against the nearest opaque background. */
  async readabilityOf(text: Locator): Promise<Readability> {
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
}
