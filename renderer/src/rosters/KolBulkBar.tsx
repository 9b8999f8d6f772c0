// Changes to the chosen KOLs (or every KOL the filter matches): status, owner and tags in one action.
import { useState } from 'react';
import { KOL_STATUSES, type KolStatus } from '../../../shared/rosters';
import type { KolChange } from '../../../shared/rosters-calls';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { rosterPeople } from './people';

interface KolBulkBarProps {
  /** How many KOLs the action touches. */
  count: number;
  /** Every KOL the filter matches is chosen (across pages). */
  allMatching: boolean;
  matching: number | null;
  busy: boolean;
  onSelectAllMatching(): void;
  onClear(): void;
  onApply(change: KolChange): void;
}

export function KolBulkBar({ count, allMatching, matching, busy, onSelectAllMatching, onClear, onApply }: KolBulkBarProps) {
  const { t, label } = useWords();
  const { session } = useSession();
  const [tag, setTag] = useState('');
  const cleanTag = tag.trim();
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('rosters.bulk')}>
      <span className="bulk-count">{t('rosters.chosen', { count })}</span>
      {!allMatching && matching !== null && matching > count && (
        <button type="button" className="link-button" onClick={onSelectAllMatching}>
          {t('rosters.chooseAllMatching', { count: matching })}
        </button>
      )}
      <select aria-label={t('rosters.setStatus')} value="" disabled={busy} onChange={(e) => e.target.value && onApply({ status: e.target.value as KolStatus })}>
        <option value="">{t('rosters.setStatus')}</option>
        {KOL_STATUSES.map((s) => (
          <option key={s} value={s}>{label('kolStatus', s)}</option>
        ))}
      </select>
      <select aria-label={t('rosters.setOwner')} value="" disabled={busy} onChange={(e) => e.target.value && onApply({ ownerId: e.target.value === 'none' ? null : Number(e.target.value) })}>
        <option value="">{t('rosters.setOwner')}</option>
        <option value="none">{t('rosters.noOwner')}</option>
        {rosterPeople(session).map((p) => (
          <option key={p.id} value={p.id}>{p.name}</option>
        ))}
      </select>
      <input className="tag-input" aria-label={t('rosters.tag')} placeholder={t('rosters.tag')} value={tag} onChange={(e) => setTag(e.target.value)} />
      <button type="button" className="button button-small" disabled={busy || cleanTag === ''} onClick={() => onApply({ addTags: [cleanTag] })}>
        {t('rosters.addTag')}
      </button>
      <button type="button" className="button button-small" disabled={busy || cleanTag === ''} onClick={() => onApply({ removeTags: [cleanTag] })}>
        {t('rosters.removeTag')}
      </button>
      <button type="button" className="button button-quiet button-small" onClick={onClear}>
        {t('rosters.clearChoice')}
      </button>
    </div>
  );
}
