// The region x framework grid: each cell the weighted share compliant of the latest quarter, its trend over four
// quarters and the assessment's status; a region's overdue items, evidence expiring within 30 days and open
// incidents beside it. A cell is a button: it opens that assessment's checklist.
import type { RollupCell } from '../../../shared/compliance-types';
import { FRAMEWORKS } from '../../../shared/compliance-library/library';
import type { RegionCode } from '../../../shared/domain';
import { useWords } from '../i18n/LocaleContext';
import { shareText, trendBlocks } from './compliance-words';

interface Props {
  cells: RollupCell[];
  selected: string | null;
  onOpen(cell: RollupCell): void;
  /** Starts the quarter's assessment where there is none yet. */
  onCreate(cell: RollupCell): void;
}

export function RollupGrid({ cells, selected, onOpen, onCreate }: Props) {
  const words = useWords();
  const { t, label } = words;
  const regions = [...new Set(cells.map((cell) => cell.region))];
  const frameworks = FRAMEWORKS.filter((framework) => cells.some((cell) => cell.framework === framework.id));
  const cellOf = (region: RegionCode, framework: string) => cells.find((cell) => cell.region === region && cell.framework === framework);
  return (
    <div className="compliance-grid-wrap">
      <table className="data-table compliance-grid" aria-label={t('compliance.gridLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('compliance.region')}</th>
            {frameworks.map((framework) => (
              <th key={framework.id} scope="col" title={framework.name}>
                {framework.name}
              </th>
            ))}
            <th scope="col">{t('compliance.overdue')}</th>
            <th scope="col">{t('compliance.expiring')}</th>
            <th scope="col">{t('compliance.openIncidents')}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => {
            const mine = cells.filter((cell) => cell.region === region);
            const first = mine[0];
            return (
              <tr key={region}>
                <th scope="row">{label('region', region)}</th>
                {frameworks.map((framework) => {
                  const cell = cellOf(region, framework.id);
                  if (!cell) return <td key={framework.id} className="muted" />;
                  const name = t('compliance.cellName', { framework: framework.name, region: label('region', region), share: shareText(cell.score?.share ?? null, words) });
                  return (
                    <td key={framework.id}>
                      {cell.assessmentId ? (
                        <button
                          type="button"
                          className="compliance-cell"
                          aria-label={name}
                          aria-pressed={cell.assessmentId === selected}
                          onClick={() => onOpen(cell)}
                        >
                          <span className="compliance-share">{shareText(cell.score?.share ?? null, words)}</span>
                          <span className="compliance-trend" aria-hidden="true">{trendBlocks(cell.trend)}</span>
                          <span className={`compliance-status status-${cell.status ?? 'none'}`}>{label('compliance.status', cell.status)}</span>
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('compliance.createName', { framework: framework.name, region: label('region', region), period: cell.period })}
                          onClick={() => onCreate(cell)}
                        >
                          {t('compliance.create')}
                        </button>
                      )}
                    </td>
                  );
                })}
                <td>{mine.reduce((sum, cell) => sum + (cell.score?.overdue ?? 0), 0)}</td>
                <td>{first?.evidenceExpiring ?? 0}</td>
                <td>{first?.openIncidents ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
