// A KOL's contract, new or edited, from the KOL pane: campaign, fee in its currency and in USD, commission, seeding,
// posts owed per platform, usage rights, exclusivity, the ad-disclosure clause, the signed date and the contract file
// (its sha256 worked out here, the file itself stays where it is). The core checks every term and answers a bad one
// naming the field and the value; the form stays open with what was typed. Over the region's fee limit the
// contract waits for a manager's approval.
import { useState } from 'react';
import { KOL_PLATFORMS, type KolPlatform } from '../../../shared/rosters';
import type { KolContract, KolDetail } from '../../../shared/rosters-kols';
import { sha256Hex } from '../../../shared/sha256';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { Dialog } from '../ui/Dialog';
import { failureText } from '../ui/failure-text';
import { useToast } from '../ui/Toast';
import { useRosterCall } from './useRosterCall';

type Deliverable = { platform: KolPlatform; posts: string };

function deliverablesOf(contract: KolContract | null, platform: KolPlatform): Deliverable[] {
  if (!contract) return [{ platform, posts: '1' }];
  const parsed = JSON.parse(contract.deliverables) as Record<string, number>;
  return Object.entries(parsed).map(([one, posts]) => ({ platform: one as KolPlatform, posts: String(posts) }));
}

/** A typed number as the core should see it: what was typed when it is no number, so the core names it. */
const numberOf = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

export function ContractForm({ kol, contract, onClose }: { kol: KolDetail['kol']; contract: KolContract | null; onClose(): void }) {
  const words = useWords();
  const { t, label } = words;
  const { session } = useSession();
  const toast = useToast();
  const campaigns = useRosterCall('rosters.campaigns', {});
  const currency = session.regions.find((r) => r.code === kol.region)?.currency ?? 'USD';
  const [campaignId, setCampaignId] = useState(contract ? String(contract.campaignId) : '');
  const [feeAmount, setFeeAmount] = useState(contract ? String(contract.feeAmount) : '');
  const [feeCurrency, setFeeCurrency] = useState(contract?.feeCurrency ?? currency);
  const [feeUsd, setFeeUsd] = useState(contract ? String(contract.feeUsd) : '');
  const [commission, setCommission] = useState(contract ? String(contract.commissionPct) : '0');
  const [seeding, setSeeding] = useState(contract ? String(contract.seedingUsd) : '0');
  const [deliverables, setDeliverables] = useState<Deliverable[]>(() => deliverablesOf(contract, kol.platform as KolPlatform));
  const [usageRights, setUsageRights] = useState(contract?.usageRights ?? '');
  const [exclusivity, setExclusivity] = useState(contract?.exclusivity ?? '');
  const [disclosure, setDisclosure] = useState(contract?.disclosureClause ?? true);
  const [signedOn, setSignedOn] = useState(contract?.signedOn ?? '');
  const [file, setFile] = useState<{ name: string; sha256: string } | null>(contract?.fileName && contract.fileSha256 ? { name: contract.fileName, sha256: contract.fileSha256 } : null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const regionCampaigns = campaigns.loaded.status === 'ready' ? campaigns.loaded.value.filter((c) => c.region === kol.region) : [];

  const save = async () => {
    setBusy(true);
    setFailure(null);
    const terms = {
      campaignId: numberOf(campaignId),
      feeAmount: numberOf(feeAmount),
      feeCurrency: feeCurrency.trim(),
      feeUsd: numberOf(feeUsd),
      commissionPct: numberOf(commission),
      seedingUsd: numberOf(seeding),
      deliverables: Object.fromEntries(deliverables.map((d) => [d.platform, numberOf(d.posts)])),
      usageRights,
      exclusivity: exclusivity.trim() === '' ? null : exclusivity,
      disclosureClause: disclosure,
      signedOn: signedOn === '' ? null : signedOn,
      fileName: file?.name ?? null,
      fileSha256: file?.sha256 ?? null,
    };
    try {
      // The terms go as typed: the core checks each and names the one at fault.
      const saved = contract
        ? await api('rosters.updateContract', { id: contract.id, ...terms } as never)
        : await api('rosters.createContract', { kolId: kol.id, ...terms } as never);
      toast.info(t(saved.status === 'awaiting_approval' ? 'rosters.contract.awaiting' : 'rosters.contract.saved'));
      onClose();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const setDeliverable = (i: number, change: Partial<Deliverable>) => setDeliverables((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const title = contract ? t('rosters.contract.edit', { campaign: contract.campaignName }) : t('rosters.contract.new', { name: kol.name });

  return (
    <Dialog label={title} onClose={onClose} className="rosters-contract">
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 className="dialog-title">{title}</h2>
        <div className="contract-grid">
          <label className="field contract-wide">
            <span>{t('rosters.contract.campaign')}</span>
            <select value={campaignId} onChange={(e) => setCampaignId(e.target.value)} data-autofocus>
              <option value="">{t('rosters.contract.pickCampaign')}</option>
              {regionCampaigns.map((c) => (
                <option key={c.id} value={c.id}>{c.name} ({c.startsOn} – {c.endsOn})</option>
              ))}
            </select>
          </label>
          <label className="field"><span>{t('rosters.contract.fee')}</span><input inputMode="decimal" value={feeAmount} onChange={(e) => setFeeAmount(e.target.value)} /></label>
          <label className="field"><span>{t('rosters.contract.currency')}</span><input value={feeCurrency} maxLength={3} onChange={(e) => setFeeCurrency(e.target.value.toUpperCase())} /></label>
          <label className="field"><span>{t('rosters.contract.feeUsd')}</span><input inputMode="decimal" value={feeUsd} onChange={(e) => setFeeUsd(e.target.value)} /></label>
          <label className="field"><span>{t('rosters.contract.commission')}</span><input inputMode="decimal" value={commission} onChange={(e) => setCommission(e.target.value)} /></label>
          <label className="field"><span>{t('rosters.contract.seeding')}</span><input inputMode="decimal" value={seeding} onChange={(e) => setSeeding(e.target.value)} /></label>
          <label className="field"><span>{t('rosters.contract.signedOn')}</span><input type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} /></label>
        </div>
        <fieldset className="contract-deliverables">
          <legend>{t('rosters.contract.deliverables')}</legend>
          {deliverables.map((d, i) => (
            <div key={i} className="contract-deliverable">
              <select aria-label={t('rosters.contract.platform')} value={d.platform} onChange={(e) => setDeliverable(i, { platform: e.target.value as KolPlatform })}>
                {KOL_PLATFORMS.map((p) => <option key={p} value={p}>{label('kolPlatform', p)}</option>)}
              </select>
              <input aria-label={t('rosters.contract.posts', { platform: label('kolPlatform', d.platform) })} inputMode="numeric" value={d.posts} onChange={(e) => setDeliverable(i, { posts: e.target.value })} />
              <button type="button" className="button button-small" onClick={() => setDeliverables((all) => all.filter((_, j) => j !== i))}>
                {t('rosters.contract.removePlatform')}
              </button>
            </div>
          ))}
          <button type="button" className="button button-small" onClick={() => setDeliverables((all) => [...all, { platform: KOL_PLATFORMS.find((p) => !all.some((d) => d.platform === p)) ?? 'tiktok', posts: '1' }])}>
            {t('rosters.contract.addPlatform')}
          </button>
        </fieldset>
        <label className="field"><span>{t('rosters.contract.usageRights')}</span><input value={usageRights} onChange={(e) => setUsageRights(e.target.value)} /></label>
        <label className="field"><span>{t('rosters.contract.exclusivity')}</span><input value={exclusivity} onChange={(e) => setExclusivity(e.target.value)} /></label>
        <label className="check"><input type="checkbox" checked={disclosure} onChange={(e) => setDisclosure(e.target.checked)} />{t('rosters.contract.disclosure')}</label>
        <label className="field">
          <span>{t('rosters.contract.file')}</span>
          <input
            type="file"
            onChange={async (e) => {
              const picked = e.target.files?.[0];
              setFile(picked ? { name: picked.name, sha256: sha256Hex(new Uint8Array(await picked.arrayBuffer())) } : null);
            }}
          />
        </label>
        {file && <p className="dialog-hint mono contract-file">{t('rosters.contract.fileHash', { name: file.name, sha256: file.sha256 })}</p>}
        {failure !== null && <p className="form-problem" role="alert">{failureText(failure, words)}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="button button-primary" disabled={busy}>{t('rosters.contract.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
