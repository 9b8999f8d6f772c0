// Cell renderers for the queue grid. They are plain React components inside the app's tree, so they
// read the session, the minute clock and the selection from context and redraw when those change.
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { QueueRow } from '../../../shared/queue';
import { ageText, slaView } from '../format/durations';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { useNow } from '../ui/useNow';
import { useSelectionContext } from './SelectionContext';

type CellProps = CustomCellRendererProps<QueueRow>;

export function SelectCell({ data }: CellProps) {
  const selection = useSelectionContext();
  const { t } = useWords();
  if (!data) return null;
  return (
    <input
      type="checkbox"
      className="row-check"
      aria-label={t('cell.selectRow', { id: data.id })}
      checked={selection.isSelected(data.id)}
      onChange={() => selection.toggle(data)}
    />
  );
}

export function AgeCell({ data }: CellProps) {
  const now = useNow();
  const { formatFor } = useSession();
  const words = useWords();
  if (!data) return null;
  return (
    <span title={words.t('cell.received', { when: formatFor(data.region).dateTime(data.createdAt) })}>{ageText(data.createdAt, now, words)}</span>
  );
}

export function SlaCell({ data }: CellProps) {
  const now = useNow();
  const { formatFor } = useSession();
  const words = useWords();
  if (!data) return null;
  const sla = slaView(data, now, words);
  return (
    <span className={`sla sla-${sla.state}`} title={words.t('cell.due', { when: formatFor(data.region).dateTime(data.slaDueAt) })}>
      {sla.text}
    </span>
  );
}

export function PriorityCell({ data }: CellProps) {
  if (!data) return null;
  return <span className={`badge priority-${data.priority}`}>{data.priority}</span>;
}

export function RegionCell({ data }: CellProps) {
  const { label } = useWords();
  if (!data) return null;
  return <span title={label('region', data.region)}>{data.region}</span>;
}

export function CustomerCell({ data }: CellProps) {
  const { t } = useWords();
  if (!data) return null;
  return (
    <span className="customer">
      <span className="customer-name">{data.customerName}</span>
      {data.customerHighValue && (
        <span className="high-value" role="img" title={t('cell.highValueCustomer')} aria-label={t('cell.highValue')}>
          ★
        </span>
      )}
    </span>
  );
}

export function TagsCell({ data }: CellProps) {
  if (!data || data.tags.length === 0) return null;
  return (
    <span className="chips">
      {data.tags.map((tag) => (
        <span key={tag} className="chip">
          {tag}
        </span>
      ))}
    </span>
  );
}

export function TextCell({ data }: CellProps) {
  const { t } = useWords();
  if (!data) return null;
  return (
    <span className="first-line">
      {data.mergedCount > 0 && (
        <span className="merged-count" title={t('cell.mergedCount', { count: data.mergedCount })}>
          +{data.mergedCount}
        </span>
      )}
      <span dir="auto" lang={data.language}>
        {data.firstLine}
      </span>
    </span>
  );
}
