// Loads one feedback item's detail; `version` bumps after each change so the pane shows the result.
import { useCallback, useEffect, useState } from 'react';
import type { FeedbackDetail } from '../../../shared/feedback-detail';
import { api } from '../api';

export type DetailState =
  | { status: 'idle' }
  | { status: 'loading'; previous: FeedbackDetail | null }
  | { status: 'ready'; detail: FeedbackDetail }
  | { status: 'failed'; failure: unknown };

export interface FeedbackDetailApi {
  state: DetailState;
  /** Shows `edit` of item `id` at once, if the pane holds it (also while it reloads); answers how to put back what
   * it held, for a change the core refuses. */
  preview(id: number, edit: (detail: FeedbackDetail) => FeedbackDetail): () => void;
}

export function useFeedbackDetail(id: number | null, version: number): FeedbackDetailApi {
  const [state, setState] = useState<DetailState>({ status: 'idle' });

  useEffect(() => {
    if (id === null) {
      setState({ status: 'idle' });
      return;
    }
    // Keep the item on screen while it reloads after a change, so the pane does not flicker.
    setState((current) => ({
      status: 'loading',
      previous: shownDetail(current)?.feedback.id === id ? shownDetail(current) : null,
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

  const preview = useCallback((previewId: number, edit: (detail: FeedbackDetail) => FeedbackDetail) => {
    let before: FeedbackDetail | null = null;
    let after: FeedbackDetail | null = null;
    setState((current) => {
      const shown = shownDetail(current);
      if (shown?.feedback.id !== previewId) return current;
      before = shown;
      after = edit(shown);
      return withShown(current, after);
    });
    // Only while the pane still shows the preview: a reload that arrived since holds the stored value already.
    return () => setState((current) => (before && shownDetail(current) === after ? withShown(current, before) : current));
  }, []);

  return { state, preview };
}

function shownDetail(state: DetailState): FeedbackDetail | null {
  if (state.status === 'ready') return state.detail;
  return state.status === 'loading' ? state.previous : null;
}

function withShown(state: DetailState, detail: FeedbackDetail): DetailState {
  return state.status === 'loading' ? { status: 'loading', previous: detail } : { status: 'ready', detail };
}
