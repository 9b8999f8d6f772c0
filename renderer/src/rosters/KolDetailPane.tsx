// One KOL: profile, attributed performance with its weeks, contracts, codes, posts (sponsored ones without an ad
// disclosure flagged) and the complaints of the customers they brought.
import { useMemo, useState } from 'react';
import { IMPORTED_FIELD, mayApproveContracts } from '../../../shared/rosters';
import type { KolContract } from '../../../shared/rosters-kols';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { failureText } from '../ui/failure-text';
import { useToast } from '../ui/Toast';
import { ContractForm } from './ContractForm';
import { rosterPeople } from './people';
import { QueueLinkButton } from './QueueLinkButton';
import { useMayEditRosters } from './roster-editing';
import { RosterNumbersList } from './RosterNumbers';
import { rosterFormat } from './rosters-format';
import { useRosterCall } from './useRosterCall';
import { WeeklyChart, type WeeklySeries } from './WeeklyChart';

export function KolDetailPane({ id }: { id: number | null }) {
  const words = useWords();
  const { t, label, locale } = words;
  const { session } = useSession();
  const toast = useToast();
  const mayEdit = useMayEditRosters();
  const format = rosterFormat(locale);
  const detail = useRosterCall('rosters.kolDetail', id === null ? null : { id });
  const performance = useRosterCall('rosters.performance', id === null ? null : { kind: 'kol', id });
  // The contract being edited, or 'new' for a new one.
  const [editing, setEditing] = useState<KolContract | 'new' | null>(null);
  const series = useMemo<WeeklySeries[]>(
    () => [
      { key: 'newCustomers', name: t('rosters.fig.newCustomers'), kind: 'bar' },
      { key: 'revenueUsd', name: t('rosters.fig.revenue'), kind: 'line' },
    ],
    [t],
  );
  if (id === null) return <aside className="detail"><p className="detail-empty">{t('rosters.pickKol')}</p></aside>;
  if (detail.loaded.status === 'loading') return <aside className="detail" aria-busy="true"><p className="detail-empty">{t('rosters.loading')}</p></aside>;
  if (detail.loaded.status === 'failed') return <aside className="detail"><p className="detail-empty" role="alert">{failureText(detail.loaded.failure, words)}</p></aside>;
  const { kol, contracts, posts, codes, complaints, postsWithoutDisclosure, audit } = detail.loaded.value;
  const approve = async (contractId: number) => {
    try {
      await api('rosters.approveContract', { id: contractId });
      toast.info(t('rosters.approved'));
    } catch (failure) {
      toast.error(failure);
    }
  };
  const owner = rosterPeople(session).find((p) => p.id === kol.ownerId)?.name ?? t('rosters.noOwner');

  return (
    <aside className="detail" aria-label={t('rosters.detailOf', { name: kol.name })}>
      <div className="detail-content">
        <header className="detail-header">
          <h2>{kol.name}</h2>
          <div className="detail-badges">
            <span className="badge badge-neutral">{label('kolStatus', kol.status)}</span>
            <span>{label('kolPlatform', kol.platform)} · @{kol.handle}</span>
            <span>{label('kolTier', kol.tier)} · {format.compact(kol.followers)}</span>
          </div>
        </header>
        <section className="detail-section">
          <h3>{t('rosters.profile')}</h3>
          <dl className="facts">
            <div className="fact"><dt>{t('rosters.column.engagement')}</dt><dd>{format.percent(kol.engagementRate)}</dd></div>
            <div className="fact"><dt>{t('rosters.column.region')}</dt><dd>{label('region', kol.region)}</dd></div>
            <div className="fact"><dt>{t('rosters.column.owner')}</dt><dd>{owner}</dd></div>
            <div className="fact"><dt>{t('rosters.niches')}</dt><dd>{kol.niches.join(', ') || '–'}</dd></div>
            <div className="fact"><dt>{t('rosters.audience')}</dt><dd>{kol.audienceCountries.join(', ') || '–'}</dd></div>
            <div className="fact"><dt>{t('rosters.agency')}</dt><dd>{kol.agency ?? '–'}</dd></div>
            <div className="fact"><dt>{t('rosters.column.tags')}</dt><dd>{kol.tags.join(', ') || '–'}</dd></div>
          </dl>
        </section>
        <section className="detail-section">
          <h3>{t('rosters.performance')}</h3>
          {performance.loaded.status === 'ready' && (
            <>
              <RosterNumbersList numbers={performance.loaded.value.life} />
              <WeeklyChart rows={performance.loaded.value.weeks} series={series} caption={t('rosters.weeklyCaption', { name: kol.name })} />
            </>
          )}
          {performance.loaded.status === 'failed' && <p role="alert">{failureText(performance.loaded.failure, words)}</p>}
        </section>
        <section className="detail-section">
          <h3>{t('rosters.contracts')}</h3>
          {contracts.length === 0 ? <p className="muted">{t('rosters.noContracts')}</p> : (
            <ul className="plain-list">
              {contracts.map((c) => (
                <li key={c.id}>
                  <strong>{c.campaignName}</strong> · {format.usd(c.feeUsd)} + {format.usd(c.seedingUsd)} {t('rosters.seeding')}
                  {c.commissionPct > 0 && ` · ${t('rosters.commission', { pct: c.commissionPct })}`} · {t(`rosters.contractStatus.${c.status as 'signed'}`)}
                  {!c.disclosureClause && <span className="late"> · {t('rosters.noDisclosureClause')}</span>}
                  {c.signedOn && ` · ${t('rosters.contract.signedShort', { day: c.signedOn })}`}
                  {mayEdit && (
                    <button type="button" className="button button-small rosters-contract-button" aria-label={t('rosters.contract.edit', { campaign: c.campaignName })} onClick={() => setEditing(c)}>
                      {t('rosters.contract.editButton')}
                    </button>
                  )}
                  {c.status === 'awaiting_approval' && mayApproveContracts(session.person.role) && (
                    <button type="button" className="button button-small" onClick={() => void approve(c.id)}>
                      {t('rosters.approve')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {mayEdit && <button type="button" className="button button-small rosters-contract-button" onClick={() => setEditing('new')}>{t('rosters.contract.newButton')}</button>}
        </section>
        <section className="detail-section">
          <h3>{t('rosters.codes')}</h3>
          {codes.length === 0 ? <p className="muted">{t('rosters.noCodes')}</p> : (
            <ul className="plain-list">
              {codes.map((c) => (
                <li key={c.id}><span className="mono">{c.code}</span> · {c.discountPct}% · {format.date(c.validFrom)} – {c.validUntil === null ? '…' : format.date(c.validUntil)}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="detail-section">
          <h3>{t('rosters.posts')}</h3>
          {postsWithoutDisclosure > 0 && <p className="late" role="note">{t('rosters.postsWithoutDisclosure', { count: postsWithoutDisclosure })}</p>}
          {posts.length === 0 ? <p className="muted">{t('rosters.noPosts')}</p> : (
            <ul className="plain-list rosters-posts">
              {posts.slice(0, 10).map((p) => (
                <li key={p.id} className={p.missingDisclosure ? 'post-undisclosed' : undefined}>
                  {format.date(p.postedAt)} · {format.compact(p.views)} {t('rosters.views')}
                  {p.missingDisclosure && <strong className="late"> · {t('rosters.missingDisclosure')}</strong>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="detail-section">
          <h3>{t('rosters.acquiredComplaints')}</h3>
          <QueueLinkButton kind="kol" id={kol.id} />
          {complaints.length === 0 ? <p className="muted">{t('rosters.noComplaints')}</p> : (
            <ul className="plain-list">
              {complaints.map((c) => (
                <li key={c.feedbackId}>#{c.feedbackId} · {label('category', c.category)} · {label('status', c.status)}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="detail-section">
          <h3>{t('rosters.audit')}</h3>
          {audit.length === 0 ? <p className="muted">{t('rosters.audit.none')}</p> : (
            <ul className="audit" aria-label={t('rosters.audit')}>
              {audit.map((e) => (
                <li key={e.id}>
                  <span className="muted">{format.moment(e.at)} · {e.actorName ?? t(e.field === IMPORTED_FIELD ? 'rosters.audit.commandLine' : 'rosters.audit.someone')}</span>{' '}
                  {e.field === IMPORTED_FIELD
                    ? t(e.table === 'kols' ? 'rosters.audit.importedKol' : 'rosters.audit.importedPost', { file: e.after ?? '' })
                    : e.field === 'created'
                    ? (e.table === 'kols' ? t('rosters.audit.createdKol', { what: e.after ?? '' }) : t('rosters.audit.createdContract', { id: e.rowId }))
                    : t(e.table === 'kols' ? 'rosters.audit.changedKol' : 'rosters.audit.changedContract', { field: e.field, before: e.before ?? '–', after: e.after ?? '–', id: e.rowId })}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {editing !== null && <ContractForm kol={kol} contract={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </aside>
  );
}
