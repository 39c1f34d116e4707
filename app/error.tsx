"use client";

/** Last resort for an unexpected server error; the details are in the console's log, not here. */
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-3xl px-5 py-10">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-fg-muted">
        The console could not render this page. Its log (the lines starting with <code className="font-mono">[console]</code>)
        has the details{error.digest ? `; look for ${error.digest}` : ""}.
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-md border border-border bg-surface px-3 py-1.5 text-sm font-medium">
        Try again
      </button>
    </main>
  );
}
