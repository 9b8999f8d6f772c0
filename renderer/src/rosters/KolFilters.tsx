// The KOLs' filter bar: search by name or handle, then region, platform, tier, owner, niche and ranges.
import { useEffect, useState } from 'react';
import { REGION_CODES, type RegionCode } from '../../../shared/domain';
import { KOL_PLATFORMS, KOL_TIERS, type KolPlatform, type KolTier } from '../../../shared/rosters';
import type { KolFilter } from '../../../shared/rosters-kols';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { rosterPeople } from './people';

const SEARCH_PAUSE_MS = 250;

function numberOrUndefined(text: string, scale = 1): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value / scale : undefined;
}

export function KolFilters({ filter, onChange }: { filter: KolFilter; onChange(filter: KolFilter): void }) {
  const { t, label } = useWords();
  const { session } = useSession();
  const [search, setSearch] = useState(filter.search ?? '');
  // Typing waits for a pause before the grid asks again.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if ((filter.search ?? '') !== search.trim()) onChange({ ...filter, search: search.trim() === '' ? undefined : search.trim() });
    }, SEARCH_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [search, filter, onChange]);
  const set = (change: Partial<KolFilter>) => onChange({ ...filter, ...change });
  const one = <T extends string>(value: string): T[] | undefined => (value === '' ? undefined : [value as T]);
  const regions = REGION_CODES.filter((code) => session.regions.some((r) => r.code === code));

  return (
    <div className="toolbar rosters-filters">
      <input
        type="search"
        className="search"
        aria-label={t('rosters.search')}
        placeholder={t('rosters.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select aria-label={t('rosters.column.region')} value={filter.regions?.[0] ?? ''} onChange={(e) => set({ regions: one<RegionCode>(e.target.value) })}>
        <option value="">{t('rosters.allRegions')}</option>
        {regions.map((code) => (
          <option key={code} value={code}>{label('region', code)}</option>
        ))}
      </select>
      <select aria-label={t('rosters.column.platform')} value={filter.platforms?.[0] ?? ''} onChange={(e) => set({ platforms: one<KolPlatform>(e.target.value) })}>
        <option value="">{t('rosters.allPlatforms')}</option>
        {KOL_PLATFORMS.map((p) => (
          <option key={p} value={p}>{label('kolPlatform', p)}</option>
        ))}
      </select>
      <select aria-label={t('rosters.column.tier')} value={filter.tiers?.[0] ?? ''} onChange={(e) => set({ tiers: one<KolTier>(e.target.value) })}>
        <option value="">{t('rosters.allTiers')}</option>
        {KOL_TIERS.map((tier) => (
          <option key={tier} value={tier}>{label('kolTier', tier)}</option>
        ))}
      </select>
      <select aria-label={t('rosters.column.owner')} value={filter.ownerId ?? ''} onChange={(e) => set({ ownerId: e.target.value === '' ? undefined : Number(e.target.value) })}>
        <option value="">{t('rosters.anyOwner')}</option>
        <option value="0">{t('rosters.noOwner')}</option>
        {rosterPeople(session).map((p) => (
          <option key={p.id} value={p.id}>{p.name}</option>
        ))}
      </select>
      <input className="rosters-small-input" aria-label={t('rosters.niche')} placeholder={t('rosters.niche')} value={filter.niche ?? ''} onChange={(e) => set({ niche: e.target.value.trim() === '' ? undefined : e.target.value })} />
      <input className="rosters-number-input" inputMode="numeric" aria-label={t('rosters.followersMin')} placeholder={t('rosters.followersMin')} defaultValue={filter.followersMin ?? ''} onBlur={(e) => set({ followersMin: numberOrUndefined(e.target.value) })} />
      <input className="rosters-number-input" inputMode="numeric" aria-label={t('rosters.followersMax')} placeholder={t('rosters.followersMax')} defaultValue={filter.followersMax ?? ''} onBlur={(e) => set({ followersMax: numberOrUndefined(e.target.value) })} />
      <input className="rosters-number-input" inputMode="decimal" aria-label={t('rosters.engagementMin')} placeholder={t('rosters.engagementMin')} defaultValue={filter.engagementMin === undefined ? '' : filter.engagementMin * 100} onBlur={(e) => set({ engagementMin: numberOrUndefined(e.target.value, 100) })} />
    </div>
  );
}
