"use client";

import { Button } from "@/components/ui/button";
import { Drawer } from "@/components/ui/drawer";
import { ErrorState } from "@/components/ui/error-state";
import { Spinner } from "@/components/ui/spinner";
import { isApiClientError } from "@/lib/client/api-client";
import type { TDataService, TDataServiceTestResult } from "@/lib/contracts/data-services";
import { DATA_SERVICES_STRINGS as S } from "./data-services-strings";
import { TestResultView } from "./test-result-view";

export type DataServiceTestDrawerProps = {
  service: TDataService | null;
  onClose: () => void;
  onTestAgain: () => void;
  isPending: boolean;
  result: TDataServiceTestResult | undefined;
  error: Error | null;
  browserZone: string;
};

/** The result step by step: reachable, signature accepted, N projects, latency (and the engine's own facts). */
export function DataServiceTestDrawer({ service, onClose, onTestAgain, isPending, result, error, browserZone }: DataServiceTestDrawerProps) {
  return (
    <Drawer
      open={service !== null}
      onClose={onClose}
      title={service ? S.result.title(service.name) : ""}
      description={service ? <span className="font-mono">{service.endpoint}</span> : undefined}
      footer={
        <>
          <Button onClick={onClose}>{S.result.close}</Button>
          <Button variant="primary" onClick={onTestAgain} isLoading={isPending}>
            {S.result.testAgain}
          </Button>
        </>
      }
    >
      {isPending ? (
        <p className="flex items-center gap-2 text-sm text-fg-muted" role="status">
          <Spinner size={14} /> {S.result.running}
        </p>
      ) : error ? (
        <ErrorState title={S.result.failedToRun} message={error.message} whatToDo={S.loadFailedWhatToDo} requestId={isApiClientError(error) ? error.requestId : undefined} />
      ) : result ? (
        <TestResultView result={result} browserZone={browserZone} />
      ) : null}
    </Drawer>
  );
}
