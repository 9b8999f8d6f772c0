// Duplicates folded into this item: their own words, grouped by merge so each merge can be undone.
import type { MergedFeedback } from '../../../shared/feedback-detail';
import type { RegionFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';

interface MergedItemsProps {
  merged: readonly MergedFeedback[];
  format: RegionFormat;
  busy: boolean;
  onUnmerge(mergeId: number): void;
}

export function MergedItems({ merged, format, busy, onUnmerge }: MergedItemsProps) {
  const { t } = useWords();
  if (merged.length === 0) return null;
  const merges = new Map<number, MergedFeedback[]>();
  for (const item of merged) merges.set(item.mergeId, [...(merges.get(item.mergeId) ?? []), item]);
  return (
    <section className="detail-section">
      <h3>{t('merged.title')}</h3>
      {[...merges].map(([mergeId, items]) => (
        <div key={mergeId} className="merge-group">
          {/* Before the texts, which can be long: the way back stays in sight. */}
          <button type="button" className="button button-small" disabled={busy} onClick={() => onUnmerge(mergeId)}>
            {t('actions.undoMerge')}
          </button>
          <ul className="plain-list">
            {items.map((item) => (
              <li key={item.id}>
                <span className="muted">
                  #{item.id} · <bdi>{format.dateTime(item.createdAt)}</bdi>
                </span>
                <p className="merged-text" dir="auto">
                  {item.text}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
