// One tab of the Rosters screen that lists rows of one kind (campaigns, communities): the table, its export as CSV
// or XLSX (the same rows, column for column), and the picked row's pane beside it.
import { useState, type ReactNode } from 'react';
import type { RosterList } from '../../../shared/rosters-calls';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import type { Loaded } from './useRosterCall';
import { useRosterExport } from './useRosterExport';

export interface ListColumn<Row> {
  header: string;
  cell(row: Row): ReactNode;
  className?: string;
}

interface RosterListTabProps<Row extends { id: number; name: string }> {
  list: RosterList;
  rows: Loaded<Row[]>;
  /** The columns after the name, which is the button picking the row. */
  columns: ListColumn<Row>[];
  /** The pane's name, and what it says before a row is picked. */
  paneLabel: string;
  pickFirst: string;
  pane(picked: number): ReactNode;
}

export function RosterListTab<Row extends { id: number; name: string }>({ list, rows, columns, paneLabel, pickFirst, pane }: RosterListTabProps<Row>) {
  const words = useWords();
  const { t } = words;
  const [picked, setPicked] = useState<number | null>(null);
  const exportWith = useRosterExport('rows');
  if (rows.status === 'loading') return <p className="screen-message">{t('rosters.loading')}</p>;
  if (rows.status === 'failed') return <p className="screen-message" role="alert">{failureText(rows.failure, words)}</p>;
  const exportAs = (format: 'csv' | 'xlsx') => void exportWith(() => api('rosters.exportList', { list, format }));
  return (
    <div className="rosters-split">
      <div className="rosters-table-wrap">
        <div className="toolbar rosters-list-toolbar" role="toolbar" aria-label={t('rosters.export.of', { what: t(`rosters.tab.${list}`) })}>
          <button type="button" className="button button-small" onClick={() => exportAs('csv')}>{t('rosters.export.csv')}</button>
          <button type="button" className="button button-small" onClick={() => exportAs('xlsx')}>{t('rosters.export.xlsx')}</button>
        </div>
        <table className="data-table" aria-label={t(`rosters.tab.${list}`)}>
          <thead>
            <tr>
              <th scope="col">{t('rosters.column.name')}</th>
              {columns.map((c) => <th key={c.header} scope="col">{c.header}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.value.map((row) => (
              <tr key={row.id} aria-selected={picked === row.id}>
                <td>
                  <button type="button" className="link-button" aria-pressed={picked === row.id} onClick={() => setPicked(row.id)}>
                    {row.name}
                  </button>
                </td>
                {columns.map((c) => <td key={c.header} className={c.className}>{c.cell(row)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside className="detail" aria-label={paneLabel}>
        {picked === null ? <p className="detail-empty">{pickFirst}</p> : pane(picked)}
      </aside>
    </div>
  );
}
