import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { HydrationMark } from "@/components/shell/hydration-mark";
import { ToastProvider } from "@/components/ui/toast";
import { QueryProvider } from "@/lib/client/query-provider";
import { parseThemePreference, THEME_COOKIE, themeClassName } from "@/lib/client/preferences/theme-preference";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Nightshift", template: "%s · Nightshift" },
  description: "Operations console for scheduled data pipelines",
  // A small PNG, cached for a week (next.config.ts): Chrome fetches the icon again on every change of
  // the URL, and the instances page changes it with each filter and page; an SVG icon costs a new
  // SVG document each time, a PNG next to nothing.
  icons: { icon: { url: "/icon.png", type: "image/png", sizes: "32x32" } },
};

export const viewport: Viewport = {
  // Dark first: the page is read on night shifts; globals.css switches to light on request.
  colorScheme: "dark light",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0a0f1c" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The theme cookie picks the class on the server, so the first paint is already in the right theme.
  const theme = parseThemePreference((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" className={themeClassName(theme)}>
      <body className="min-h-dvh bg-canvas font-sans text-fg antialiased">
        <QueryProvider>
          <ToastProvider>{children}</ToastProvider>
        </QueryProvider>
        <HydrationMark />
      </body>
    </html>
  );
}
