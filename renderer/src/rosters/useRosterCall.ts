// One read of the core for a pane or tab, again whenever the rows it shows change (this window, another, or a sync).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallResult } from '../../../shared/contract';
import { api } from '../api';
import { useOnRowsChanged } from '../app/data-changed';

export type Loaded<T> = { status: 'loading' } | { status: 'failed'; failure: unknown } | { status: 'ready'; value: T };

const ROSTER_TABLES = ['kols', 'campaigns', 'campaign_members', 'kol_contracts', 'promo_codes', 'kol_posts', 'communities', 'community_snapshots', 'community_members', 'customer_acquisitions', 'orders', 'feedback'];

export function useRosterCall<N extends CallName>(name: N, input: CallInput<N> | null): { loaded: Loaded<CallResult<N>>; reload(): void } {
  const [loaded, setLoaded] = useState<Loaded<CallResult<N>>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(input);
  const shownKey = useRef<string | null>(null);
  useEffect(() => {
    if (input === null) return;
    let current = true;
    // Another item starts from nothing; the same one reloaded keeps showing what it had meanwhile.
    if (shownKey.current !== key) setLoaded({ status: 'loading' });
    shownKey.current = key;
    api(name, input).then(
      (value) => current && setLoaded({ status: 'ready', value }),
      (failure: unknown) => current && setLoaded({ status: 'failed', failure }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the input's content: a new object with the same content asks nothing again.
  }, [name, key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useOnRowsChanged((change) => {
    if (change.tables.some((table) => ROSTER_TABLES.includes(table))) reload();
  });
  return { loaded, reload };
}
