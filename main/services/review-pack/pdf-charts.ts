// Charts drawn with pdfkit's vector primitives: small enough for a page of them, plain enough to print in grey.
import type PDFDocument from 'pdfkit';
import type { SeriesPoint } from '../../../shared/report-types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const COLORS = { ink: '#1b1f24', muted: '#6b7480', grid: '#d5dae0', value: '#2e6da4', prior: '#9aa5b1', target: '#c0392b' };

type Doc = InstanceType<typeof PDFDocument>;

function scaleFor(values: readonly (number | null)[]): number {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  return max > 0 ? max * 1.1 : 1;
}

function shortWeek(week: string): string {
  return week.slice(5);
}

/** Bars of the trailing weeks, the target as a red tick on each bar that has one. */
export function weekBars(doc: Doc, box: Box, points: readonly SeriesPoint[]): void {
  const top = scaleFor(points.flatMap((p) => [p.value, p.target]));
  const chartHeight = box.height - 10;
  const slot = box.width / Math.max(1, points.length);
  const baseline = box.y + chartHeight;
  doc.save().lineWidth(0.5).strokeColor(COLORS.grid).moveTo(box.x, baseline).lineTo(box.x + box.width, baseline).stroke();
  points.forEach((point, i) => {
    const x = box.x + i * slot + slot * 0.18;
    const width = slot * 0.64;
    if (point.value !== null) {
      const height = (point.value / top) * chartHeight;
      doc.rect(x, baseline - height, width, height).fill(i === points.length - 1 ? COLORS.value : COLORS.prior);
    }
    if (point.target !== null) {
      const y = baseline - (point.target / top) * chartHeight;
      doc.lineWidth(1.2).strokeColor(COLORS.target).moveTo(x - 2, y).lineTo(x + width + 2, y).stroke();
    }
    doc.fillColor(COLORS.muted).fontSize(5.5).text(shortWeek(point.week), box.x + i * slot, baseline + 2, { width: slot, align: 'center', lineBreak: false });
  });
  doc.restore();
}

function polyline(doc: Doc, box: Box, values: readonly (number | null)[], top: number): void {
  const step = box.width / Math.max(1, values.length - 1);
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const x = box.x + i * step;
    const y = box.y + box.height - (value / top) * box.height;
    if (drawing) doc.lineTo(x, y);
    else doc.moveTo(x, y);
    drawing = true;
  });
  doc.stroke();
}

/** The trailing 12 months as a line, the year before dashed in grey, the target in red where there is one. */
export function yearLines(doc: Doc, box: Box, points: readonly SeriesPoint[]): void {
  const top = scaleFor(points.flatMap((p) => [p.value, p.priorYear, p.target]));
  const plot = { ...box, height: box.height - 10 };
  doc.save().lineWidth(0.5).strokeColor(COLORS.grid).rect(plot.x, plot.y, plot.width, plot.height).stroke();
  doc.lineWidth(0.8).strokeColor(COLORS.prior).dash(2, { space: 2 });
  polyline(doc, plot, points.map((p) => p.priorYear), top);
  doc.undash().lineWidth(1.2).strokeColor(COLORS.target);
  polyline(doc, plot, points.map((p) => p.target), top);
  doc.lineWidth(1.4).strokeColor(COLORS.value);
  polyline(doc, plot, points.map((p) => p.value), top);
  doc.fillColor(COLORS.muted).fontSize(5.5);
  const first = points[0];
  const last = points.at(-1);
  if (first) doc.text(first.week, plot.x, plot.y + plot.height + 2, { lineBreak: false });
  if (last) doc.text(last.week, plot.x + plot.width - 40, plot.y + plot.height + 2, { width: 40, align: 'right', lineBreak: false });
  doc.restore();
}

export interface BarRow {
  label: string;
  value: number;
  /** The value as written beside its bar. */
  text: string;
}

/** Labelled horizontal bars, longest value full width. */
export function horizontalBars(doc: Doc, box: Box, rows: readonly BarRow[], color = COLORS.value): void {
  const labelWidth = box.width * 0.3;
  const valueWidth = 120;
  const barSpace = box.width - labelWidth - valueWidth;
  const top = scaleFor(rows.map((r) => r.value));
  const rowHeight = Math.min(14, box.height / Math.max(1, rows.length));
  doc.save().fontSize(7);
  rows.forEach((row, i) => {
    const y = box.y + i * rowHeight;
    doc.fillColor(COLORS.ink).text(row.label, box.x, y + 2, { width: labelWidth - 4, lineBreak: false, ellipsis: true });
    const width = (row.value / top) * barSpace;
    if (width > 0) doc.rect(box.x + labelWidth, y + 1.5, width, rowHeight - 4).fill(color);
    doc.fillColor(COLORS.ink).text(row.text, box.x + labelWidth + width + 3, y + 2, { width: valueWidth, lineBreak: false });
  });
  doc.restore();
}
