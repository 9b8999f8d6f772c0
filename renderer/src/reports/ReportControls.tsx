// What the review is of: the regions (only those the person is granted) and the week, and the export.
import { useId } from 'react';
import type { Region, RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { ReportWeeks } from '../../../shared/report-types';
import { useWords } from '../i18n/LocaleContext';
import { weekStartText } from './report-words';
import type { Loaded } from './useReportData';

interface ReportControlsProps {
  granted: readonly Region[];
  regions: readonly RegionCode[];
  onRegions(regions: RegionCode[]): void;
  weeks: Loaded<ReportWeeks> | null;
  week: IsoWeek | null;
  onWeek(week: IsoWeek): void;
  canExport: boolean;
  onExport(): void;
}

export function ReportControls({ granted, regions, onRegions, weeks, week, onWeek, canExport, onExport }: ReportControlsProps) {
  const { t, label, locale } = useWords();
  const weekId = useId();
  const toggle = (code: RegionCode, on: boolean) =>
    onRegions(granted.map((region) => region.code).filter((c) => (c === code ? on : regions.includes(c))));
  const list = weeks?.status === 'ready' ? weeks.value.weeks : [];

  return (
    <div className="reports-toolbar">
      <fieldset className="region-picker">
        <legend>{t('reports.regions')}</legend>
        {granted.map((region) => (
          <label key={region.code} className="check">
            <input type="checkbox" checked={regions.includes(region.code)} onChange={(event) => toggle(region.code, event.target.checked)} />
            {label('region', region.code)} <span className="region-code">{region.code}</span>
          </label>
        ))}
      </fieldset>
      <div className="week-field">
        <label htmlFor={weekId}>{t('reports.week')}</label>
        <select id={weekId} value={week ?? ''} disabled={list.length === 0} onChange={(event) => onWeek(event.target.value)}>
          {list.length === 0 && <option value="">{t(weeks?.status === 'loading' ? 'reports.loadingWeeks' : 'reports.noCompleteWeek')}</option>}
          {list.map((item) => (
            <option key={item} value={item}>
              {t('reports.weekOption', { week: item, start: weekStartText(item, locale) })}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button-primary" disabled={!canExport} onClick={onExport}>
        {t('reports.export')}
      </button>
    </div>
  );
}
