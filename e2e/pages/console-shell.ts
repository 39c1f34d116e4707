import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { openPage } from "../support/open-page";

/** Where the start script writes the first admin's generated password (the e2e data folder). */
const PASSWORD_FILE = path.resolve(import.meta.dirname, "..", "..", process.env.NIGHTSHIFT_DATA_DIR ?? ".data/e2e", "initial-admin-password.txt");

/** The first admin's credentials, as a newcomer finds them after `npm start`. */
export function readFirstAdmin(): { username: string; password: string } {
  const text = fs.readFileSync(PASSWORD_FILE, "utf8");
  const username = /^username: (.+)$/m.exec(text)?.[1]?.trim();
  const password = /^password: (.+)$/m.exec(text)?.[1]?.trim();
  if (!username || !password) throw new Error(`${PASSWORD_FILE} does not hold a username and password`);
  return { username, password };
}

/** The signed-in frame: sign-in, top bar (picker, zone, theme, user), side navigation, shortcuts. */
export class ConsoleShell {
  readonly serviceSelect: Locator;
  readonly projectSelect: Locator;
  readonly zoneLabel: Locator;
  readonly navigation: Locator;
  readonly shortcutsDialog: Locator;

  constructor(readonly page: Page) {
    this.serviceSelect = page.getByRole("combobox", { name: "Data service" });
    this.projectSelect = page.getByRole("combobox", { name: "Project" });
    this.zoneLabel = page.getByText(/^[\w/+-]+ \(UTC([+-]\d{1,2}(:\d{2})?)?\)$/);
    this.navigation = page.getByRole("navigation", { name: "Main navigation" });
    this.shortcutsDialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  }

  async signIn(credentials: { username: string; password: string }): Promise<void> {
    await this.page.getByLabel("Username").fill(credentials.username);
    await this.page.getByLabel("Password", { exact: true }).fill(credentials.password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** From a fresh context: the sign-in page, the first admin's password, and the overview it lands on (rendered cold after a fresh start). */
  async signInAsFirstAdmin(): Promise<void> {
    await openPage(this.page, "/");
    await this.signIn(readFirstAdmin());
    await expect(this.page).toHaveURL(/\/s\/\d+\/p\/\d+\/overview$/, { timeout: 45_000 });
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole("link", { name, exact: true });
  }

  themeOption(name: "Dark" | "Light" | "System"): Locator {
    return this.page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name });
  }

  async htmlClass(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.className);
  }
}
