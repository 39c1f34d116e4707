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
