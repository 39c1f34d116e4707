import { describe, expect, it } from "vitest";
import { clientLinkTarget, type TLinkClick } from "./client-link-click";

const ORIGIN = "http://127.0.0.1:3000";

/** An element inside an anchor with these attributes (or inside none). */
function targetIn(anchor: Record<string, string> | null) {
  const element = anchor && {
    getAttribute: (name: string) => anchor[name] ?? null,
    hasAttribute: (name: string) => name in anchor,
  };
  return { closest: (selector: string) => (selector === "a[data-client-link]" && anchor && "data-client-link" in anchor ? element : null) } as unknown as EventTarget;
}

function click(target: EventTarget | null, overrides: Partial<TLinkClick> = {}): TLinkClick {
  return { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false, target, ...overrides };
}

describe("clientLinkTarget", () => {
  const link = { "data-client-link": "", href: "/s/1/p/2/instances/42?tab=log#end" };

  it("navigates a plain left click on a marked link, keeping query and hash", () => {
    expect(clientLinkTarget(click(targetIn(link)), ORIGIN)).toBe("/s/1/p/2/instances/42?tab=log#end");
  });

  it("leaves new-tab clicks, other buttons and handled clicks to the browser", () => {
    for (const overrides of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }, { defaultPrevented: true }]) {
      expect(clientLinkTarget(click(targetIn(link), overrides), ORIGIN)).toBeNull();
    }
  });

  it("ignores unmarked links, other targets, downloads and other origins", () => {
    expect(clientLinkTarget(click(targetIn({ href: "/x" })), ORIGIN)).toBeNull();
    expect(clientLinkTarget(click(targetIn(null)), ORIGIN)).toBeNull();
    expect(clientLinkTarget(click(null), ORIGIN)).toBeNull();
    expect(clientLinkTarget(click(targetIn({ ...link, target: "_blank" })), ORIGIN)).toBeNull();
    expect(clientLinkTarget(click(targetIn({ ...link, download: "" })), ORIGIN)).toBeNull();
    expect(clientLinkTarget(click(targetIn({ ...link, href: "http://example.test/x" })), ORIGIN)).toBeNull();
    expect(clientLinkTarget(click(targetIn({ "data-client-link": "" })), ORIGIN)).toBeNull();
  });
});
