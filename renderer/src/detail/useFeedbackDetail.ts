// Loads one feedback item's detail; `version` bumps after each change so the pane shows the result.
import { useEffect, useState } from 'react';
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import { api } from '../api';

export type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; previous: FeedbackDetail | null }
  | { status: 'ready'; detail: FeedbackDetail }
  | { status: 'failed'; failure: unknown };

export function useFeedbackDetail(id: number | null, version: number): DetailState {
  const [state, setState] = useState<DetailState>({ status: 'idle' });

  useEffect(() => {
    if (id === null) {
      setState({ status: 'idle' });
      return;
    }
    // Keep the item on screen while it reloads after a change, so the pane does not flicker.
    setState((current) => ({
      status: 'loading',
      previous: current.status === 'ready' && current.detail.feedback.id === id ? current.detail : null,
    }));
    let current = true;
    api('feedback.detail', { id }).then(
      (detail) => {
        if (current) setState({ status: 'ready', detail });
      },
      (failure: unknown) => {
        if (!current) return;
        setState({ status: 'failed', failure });
      },
    );
    return () => {
      current = false;
    };
  }, [id, version]);

  return state;
}
