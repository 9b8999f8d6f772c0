// The infinite row model's datasource for one filter. A new filter makes a new datasource, which the
// grid takes as a reset (cache purged, scrolled to the top); sorting stays with the grid's sort model.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { QueueFilter } from '../../../shared/queue';
import { api } from '../api';
import { toQueueSort } from './sort-model';

export interface QueueDatasource {
  datasource: IDatasource;
  /** The view's total from its first block; null until it arrives. */
  count: number | null;
  /** When rows last arrived, for the status bar. */
  loadedAt: number | null;
}

export function useQueueDatasource(filter: QueueFilter, onError: (failure: unknown) => void): QueueDatasource {
  // Counts are kept with the filter they answer: a new filter shows no count until its own arrives.
  const [counted, setCounted] = useState<{ filter: QueueFilter; count: number } | null>(null);
  const [loadedAt, setLoadedAt] = useState<number | null>(null);
  const onErrorRef = useRef(onError);
  // Late answers for a view already left must not touch the screen.
  const currentFilter = useRef(filter);
  useEffect(() => {
    onErrorRef.current = onError;
    currentFilter.current = filter;
  });

  const datasource = useMemo<IDatasource>(() => {
    let knownCount: number | undefined;
    return {
      getRows(params: IGetRowsParams) {
        const withCount = params.startRow === 0;
        api('feedback.page', {
          filter,
          sort: toQueueSort(params.sortModel),
          startRow: params.startRow,
          endRow: params.endRow,
          withCount,
        }).then(
          (page) => {
            if (page.count !== undefined) knownCount = page.count;
            // A short block is the last one even before any count is known.
            const asked = params.endRow - params.startRow;
            const lastRow = knownCount ?? (page.rows.length < asked ? params.startRow + page.rows.length : undefined);
            params.successCallback(page.rows, lastRow);
            if (currentFilter.current !== filter) return;
            const total = page.count;
            if (total !== undefined) setCounted({ filter, count: total });
            setLoadedAt(Date.now());
          },
          (failure: unknown) => {
            params.failCallback();
            if (currentFilter.current === filter) onErrorRef.current(failure);
          },
        );
      },
    };
  }, [filter]);

  return { datasource, count: counted?.filter === filter ? counted.count : null, loadedAt };
}
