import { describe, expect, it } from "vitest";
import { parseThemePreference, themeClassName } from "./theme-preference";

describe("parseThemePreference", () => {
  it("reads the three known values", () => {
    expect(parseThemePreference("light")).toBe("light");
    expect(parseThemePreference("system")).toBe("system");
    expect(parseThemePreference("dark")).toBe("dark");
  });
  it("falls back to dark for a missing or tampered cookie", () => {
    expect(parseThemePreference(undefined)).toBe("dark");
    expect(parseThemePreference("<script>")).toBe("dark");
  });
});

describe("themeClassName", () => {
  it("pins dark and light by class and leaves system to the OS", () => {
    expect(themeClassName("dark")).toBe("dark");
    expect(themeClassName("light")).toBe("light");
    expect(themeClassName("system")).toBeUndefined();
  });
});
