"use client";

import { PageErrorBoundary } from "@/components/shell/page-error-boundary";

export default function ConnectivityError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageErrorBoundary {...props} />;
}
