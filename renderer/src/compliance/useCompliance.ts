// Reads a compliance call and reads it again whenever compliance rows change (an edit in any window, a pull).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallResult } from '../../../shared/contract';
import { api } from '../api';
import { useOnRowsChanged } from '../app/data-changed';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; failure: unknown };

export function useCompliance<N extends CallName>(name: N, input: CallInput<N> | null): { data: Loaded<CallResult<N>>; reload(): void } {
  const [data, setData] = useState<Loaded<CallResult<N>>>({ status: 'loading' });
  const key = input === null ? null : JSON.stringify(input);
  const asked = useRef(0);
  const load = useCallback(() => {
    if (key === null) return;
    const ask = ++asked.current;
    api(name, JSON.parse(key) as CallInput<N>).then(
      (value) => ask === asked.current && setData({ status: 'ready', value }),
      (failure: unknown) => ask === asked.current && setData({ status: 'failed', failure }),
    );
  }, [name, key]);
  useEffect(load, [load]);
  useOnRowsChanged((change) => {
    if (change.tables.some((table) => table.startsWith('compliance_'))) load();
  });
  return { data, reload: load };
}
