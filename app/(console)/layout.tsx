import { HydrationBoundary } from "@tanstack/react-query";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { ConsoleFrame } from "@/components/shell/console-frame";
import { SignInRedirect } from "@/components/shell/sign-in-redirect";
import { LAST_WORKSPACE_COOKIE, parseLastWorkspace } from "@/lib/client/preferences/last-workspace";
import { parseThemePreference, THEME_COOKIE } from "@/lib/client/preferences/theme-preference";
import { authKeys } from "@/lib/client/auth/keys";
import { getActor } from "@/lib/server/auth/get-actor";
import { toMe } from "@/lib/server/auth/to-me";
import { listDataServices } from "@/lib/server/data-services/list-data-services";
import { prefetchedQueries } from "@/lib/server/ssr/prefetched-queries";

// Every console page depends on the session and on live upstream data.
export const dynamic = "force-dynamic";

/**
 * The signed-in frame of every console page. Without a session the visitor is sent to /login with
 * the requested page as `next` (from the browser: a layout does not know the requested URL).
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) return <SignInRedirect />;
  const cookieStore = await cookies();
  const services = await listDataServices();
  // Who is signed in is known here: pages render their operator actions on the first paint instead of after /api/auth/me.
  const me = await prefetchedQueries([{ queryKey: authKeys.me(), load: async () => toMe(actor) }]);
  return (
    <HydrationBoundary state={me}>
      <ConsoleFrame
        user={{ username: actor.username, displayName: actor.displayName, role: actor.role }}
        services={services}
        fallbackWorkspace={parseLastWorkspace(cookieStore.get(LAST_WORKSPACE_COOKIE)?.value)}
        theme={parseThemePreference(cookieStore.get(THEME_COOKIE)?.value)}
      >
        {children}
      </ConsoleFrame>
    </HydrationBoundary>
  );
}
