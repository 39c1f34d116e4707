import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AUTH_STRINGS } from "@/components/auth/auth-strings";
import { LoginForm } from "@/components/auth/login-form";
import { getActor, safeNextPath } from "@/lib/server/auth/get-actor";

export const metadata: Metadata = { title: AUTH_STRINGS.pageTitle };
export const dynamic = "force-dynamic";

const ZLoginSearchParams = z.object({
  next: z.string().max(2000).optional().catch(undefined),
  reason: z.enum(["expired", "signed-out"]).optional().catch(undefined),
});

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /login — the sign-in page; a visitor who is already signed in goes straight on. */
export default async function LoginPage({ searchParams }: LoginPageProps) {
  const query = ZLoginSearchParams.parse(await searchParams);
  const nextPath = safeNextPath(query.next);
  if (await getActor()) redirect(nextPath);
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">{AUTH_STRINGS.product}</h1>
          <p className="mt-1 text-sm text-fg-muted">{AUTH_STRINGS.tagline}</p>
        </div>
        <section aria-labelledby="login-heading" className="rounded-xl border border-border bg-surface p-6 shadow-sm">
          <h2 id="login-heading" className="mb-4 text-lg font-medium">
            {AUTH_STRINGS.pageTitle}
          </h2>
          <LoginForm nextPath={nextPath} reason={query.reason ?? null} />
        </section>
        <div className="mt-4 space-y-2 text-xs text-fg-muted">
          <p>{AUTH_STRINGS.firstRunHint}</p>
          <p>{AUTH_STRINGS.forgotHint}</p>
        </div>
      </div>
    </main>
  );
}
