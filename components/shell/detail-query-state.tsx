"use client";

import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { isApiClientError } from "@/lib/client/api-client";

/** The words a detail page gives for its loading, not-found and failed states. */
export type DetailQueryStateStrings = {
  loading: string;
  notFound: string;
  notFoundWhatToDo: string;
  loadFailed: string;
  loadFailedWhatToDo: string;
  backToList: string;
};

export type DetailQueryStateProps = {
  /** The page's detail query while it is pending or failed. */
  query: { isPending: boolean; isError: boolean; error: Error | null; refetch: () => unknown };
  strings: DetailQueryStateStrings;
  /** Where "back to the list" goes. */
  listHref: string;
  /** Tailwind sizes of the skeleton blocks under the title line (the page's own shape). */
  blocks?: readonly string[];
};

const DEFAULT_BLOCKS = ["h-28 w-full", "h-96 w-full"] as const;

/**
 * What a detail page (instance, DAG, node) shows before its data is there: a skeleton of its shape
 * while loading, "does not exist" with a way back on a 404, or the error with a retry.
 */
export function DetailQueryState({ query, strings, listHref, blocks = DEFAULT_BLOCKS }: DetailQueryStateProps) {
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-3" aria-busy="true" aria-label={strings.loading}>
        <Skeleton className="h-8 w-72" />
        {blocks.map((size, index) => (
          <Skeleton key={index} className={size} />
        ))}
      </div>
    );
  }
  const error = query.error;
  const isNotFound = isApiClientError(error) && error.status === 404;
  return (
    <ErrorState
      title={isNotFound ? strings.notFound : strings.loadFailed}
      whatToDo={isNotFound ? strings.notFoundWhatToDo : strings.loadFailedWhatToDo}
      message={error?.message}
      requestId={isApiClientError(error) ? error.requestId : undefined}
      onRetry={isNotFound ? undefined : () => void query.refetch()}
      action={
        <Link href={listHref} className={buttonClassName({ size: "sm", variant: "ghost" })}>
          {strings.backToList}
        </Link>
      }
    />
  );
}
