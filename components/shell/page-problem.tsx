import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button";
import { AlertTriangleIcon } from "@/components/ui/icons";

export type PageProblemProps = {
  title: ReactNode;
  whatToDo: ReactNode;
  message?: ReactNode;
  reference?: string;
  links?: { href: string; label: string }[];
  children?: ReactNode;
};

/** A whole-page problem (not found, unavailable) rendered on the server, saying what to do next. */
export function PageProblem({ title, whatToDo, message, reference, links = [], children }: PageProblemProps) {
  return (
    <section role="alert" className="mx-auto mt-8 flex max-w-2xl gap-3 rounded-lg border border-border bg-surface p-5">
      <AlertTriangleIcon size={20} className="mt-0.5 shrink-0 text-warn" />
      <div className="flex min-w-0 flex-col gap-2">
        <h1 className="text-base font-semibold">{title}</h1>
        {message ? <p className="text-sm break-words text-fg-muted">{message}</p> : null}
        <p className="text-sm">{whatToDo}</p>
        {reference ? <p className="font-mono text-xs text-fg-muted select-all">{reference}</p> : null}
        {children}
        {links.length > 0 ? (
          <div className="mt-1 flex flex-wrap gap-2">
            {links.map((link) => (
              <Link key={link.href} href={link.href} className={buttonClassName({ size: "sm" })}>
                {link.label}
              </Link>
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}
