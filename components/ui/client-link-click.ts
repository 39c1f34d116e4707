/**
 * Client-side navigation for plain links in a long list, handled once at the list instead of by a
 * `next/link` in every row (each of those costs hooks, a ref and an effect whenever a row mounts).
 */

export type TLinkClick = Pick<MouseEvent, "button" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "defaultPrevented"> & { target: EventTarget | null };

/** Marks an anchor whose plain clicks navigate within the app. */
export const CLIENT_LINK_PROPS = { "data-client-link": "" } as const;

/**
 * The in-app path a click should navigate to, or null to leave the click to the browser: another
 * button, a modifier (new tab or window), a link not so marked, or one that leaves the origin.
 */
export function clientLinkTarget(click: TLinkClick, origin: string): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return null;
  const element = click.target as { closest?: (selector: string) => Element | null } | null;
  const anchor = typeof element?.closest === "function" ? element.closest("a[data-client-link]") : null;
  if (!anchor || (anchor.getAttribute("target") ?? "_self") !== "_self" || anchor.hasAttribute("download")) return null;
  const href = anchor.getAttribute("href");
  if (!href) return null;
  const url = new URL(href, origin);
  return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
}
