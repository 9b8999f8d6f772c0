// A chart with what makes it readable without seeing it: a heading that names it (also the figure's accessible
// name), a caption with its key numbers, and the numbers behind it as a table for screen readers.
import type { ReactNode } from 'react';

interface ChartFigureProps {
  title: string;
  /** Key numbers in words, shown under the chart. */
  caption: ReactNode;
  /** The chart or charts (see Chart). */
  children: ReactNode;
  /** The charts' data as a table, read by screen readers in place of the canvas. */
  table: ReactNode;
  /** Said instead of drawing an empty chart. */
  emptyText?: string | null;
  /** Show the table under the chart too, where people want the exact figures (carriers). */
  showTable?: boolean;
  /** The heading level: 3 among the report's sections, 5 inside a grouped section such as the KPI trends. */
  level?: 3 | 5;
  className?: string;
}

export function ChartFigure({ title, caption, children, table, emptyText = null, showTable = false, level = 3, className }: ChartFigureProps) {
  const Heading = level === 3 ? 'h3' : 'h5';
  return (
    <figure className={`report-figure ${className ?? ''}`} aria-label={title}>
      <Heading className="report-figure-title">{title}</Heading>
      {emptyText !== null ? (
        <p className="report-empty-chart">{emptyText}</p>
      ) : (
        <>
          {/* The canvas says nothing to assistive tech that the table says better. */}
          <div aria-hidden="true">
            {children}
          </div>
          <div className={showTable ? 'report-figure-table' : 'visually-hidden'}>{table}</div>
        </>
      )}
      <figcaption className="report-figure-caption">{caption}</figcaption>
    </figure>
  );
}
