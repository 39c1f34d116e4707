"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { TWorkspaceRef } from "@/lib/client/instances/workspace-ref";
import { postBatchTest } from "./api";
import { connectivityKeys } from "./keys";
import { applyRowError, applyRowResults, EMPTY_MATRIX, startMatrix, type TMatrixState } from "./matrix-state";

/** Rows asked at once: each row is one batch request (its groups probed in parallel by the data service). */
const ROW_CONCURRENCY = 2;

/**
 * Runs "test all" one data source row at a time (a few rows in parallel) so the grid fills in live.
 * The matrix is the progress of a run the user started, not server data: a new run replaces it.
 */
export function useTestMatrix(workspace: TWorkspaceRef) {
  const queryClient = useQueryClient();
  const [matrix, setMatrix] = useState<TMatrixState>(EMPTY_MATRIX);
  const [isRunning, setIsRunning] = useState(false);
  const runRef = useRef(0);

  const start = useCallback(
    async (dataSourceIds: readonly string[], groupIds: readonly string[]) => {
      const run = ++runRef.current;
      setMatrix(startMatrix(dataSourceIds, groupIds));
      setIsRunning(true);
      const queue = [...dataSourceIds];
      const worker = async () => {
        for (let dataSourceId = queue.shift(); dataSourceId !== undefined; dataSourceId = queue.shift()) {
          const id = dataSourceId;
          try {
            const answer = await postBatchTest(workspace, { dataSourceIds: [id], resourceGroupIds: [...groupIds] });
            if (runRef.current === run) setMatrix((current) => applyRowResults(current, id, answer.results));
          } catch (error) {
            if (runRef.current === run) setMatrix((current) => applyRowError(current, id, error instanceof Error ? error.message : String(error)));
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(ROW_CONCURRENCY, dataSourceIds.length) }, worker));
      if (runRef.current !== run) return;
      setIsRunning(false);
      await queryClient.invalidateQueries({ queryKey: connectivityKeys.dataSources(workspace) });
      await queryClient.invalidateQueries({ queryKey: connectivityKeys.histories(workspace) });
    },
    [workspace, queryClient],
  );

  const clear = useCallback(() => {
    runRef.current += 1;
    setMatrix(EMPTY_MATRIX);
    setIsRunning(false);
  }, []);

  return { matrix, isRunning, start, clear };
}
