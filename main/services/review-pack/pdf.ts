// The region's review as a PDF: cover, headline table, flagged changes, a chart per KPI, the week's breakdowns,
// top complaints, SLA and carriers, and an appendix of definitions. Helvetica writes the pack's own words; a text
// Helvetica cannot write (a complaint in Thai, Arabic, Japanese...) is drawn with the Noto faces (pdf-script-text).
import PDFDocument from 'pdfkit';
import { CATEGORY_LABELS, LANGUAGE_LABELS } from '../../../shared/domain';
import { KPI_INFO, type KpiKind } from '../../../shared/kpi-definitions';
import { FUNNEL_STAGES, type HeadlineKpi, type RegionWeeklyReport } from '../../../shared/report-types';
import { formatChange, formatKpi, formatValue } from './format';
import { COLORS, horizontalBars, weekBars, yearLines, type Box } from './pdf-charts';
import { helveticaWrites } from './pdf-faces';
import { drawScriptParagraph, layoutScriptParagraph } from './pdf-script-text';
import type { RegionCompliance } from '../compliance/region-summary';
import type { RostersReport } from '../../../shared/rosters-kols';

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 40;
const PAGE = { width: 595.28, height: 841.89 };
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN;

export interface PdfOptions {
  /** When the pack says it was made: derived from the week, so the same data gives the same file. */
  stamp: Date;
  /** The region's compliance as the week ends: drawn as the "Compliance and ESG" page. */
  compliance?: RegionCompliance;
  /** The region's KOLs, campaigns and communities in the week: drawn as the "KOL and community" page. */
  rosters?: RostersReport;
  /** Uncompressed content streams, for reading the text back. */
  compress?: boolean;
}

class Layout {
  y = MARGIN;

  constructor(readonly doc: Doc) {}

  /** Starts a new page unless `height` still fits on this one. */
  room(height: number): void {
    if (this.y + height > BOTTOM) this.page();
  }

  page(): void {
    this.doc.addPage();
    this.y = MARGIN;
  }

  heading(text: string): void {
    this.room(40);
    this.doc.font('Helvetica-Bold').fontSize(14).fillColor(COLORS.ink).text(text, MARGIN, this.y, { width: CONTENT_WIDTH });
    this.y += 22;
    this.doc.font('Helvetica');
  }

  paragraph(text: string, size = 9, color = COLORS.ink): void {
    if (![...text].every((c) => c === '\n' || helveticaWrites(c.codePointAt(0) as number))) {
      this.scriptParagraphs(text, size, color);
      return;
    }
    this.doc.font('Helvetica').fontSize(size);
    const height = this.doc.heightOfString(text, { width: CONTENT_WIDTH });
    this.room(height + 4);
    this.doc.fillColor(color).text(text, MARGIN, this.y, { width: CONTENT_WIDTH });
    this.y += height + 4;
  }

  /** Text in scripts Helvetica cannot write: each line of it a paragraph of its own, with its own direction. */
  private scriptParagraphs(text: string, size: number, color: string): void {
    for (const part of text.split(/\r?\n/)) {
      const paragraph = layoutScriptParagraph(this.doc, part, size, CONTENT_WIDTH);
      this.room(paragraph.height + 4);
      this.doc.fillColor(color);
      drawScriptParagraph(this.doc, paragraph, MARGIN, this.y, CONTENT_WIDTH);
      this.y += paragraph.height + 4;
    }
    this.doc.font('Helvetica');
  }

  /** A table whose columns take the given shares of the width; the first row is the header. */
  table(rows: readonly string[][], widths: readonly number[], rowHeight = 14): void {
    const columns = widths.map((share) => share * CONTENT_WIDTH);
    rows.forEach((row, r) => {
      this.room(rowHeight);
      let x = MARGIN;
      this.doc.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(8).fillColor(COLORS.ink);
      row.forEach((cell, c) => {
        const width = columns[c] as number;
        this.doc.text(cell, x + 2, this.y + 3, { width: width - 4, align: c === 0 ? 'left' : 'right', lineBreak: false, ellipsis: true });
        x += width;
      });
      this.doc.lineWidth(0.3).strokeColor(COLORS.grid).moveTo(MARGIN, this.y + rowHeight).lineTo(MARGIN + CONTENT_WIDTH, this.y + rowHeight).stroke();
      this.y += rowHeight;
    });
    this.y += 8;
  }
}

function weekDates(report: RegionWeeklyReport): string {
  return `${report.firstDay} to ${report.lastDay} (${report.timeZone})`;
}

function cover(layout: Layout, report: RegionWeeklyReport): void {
  const doc = layout.doc;
  doc.rect(0, 0, PAGE.width, 150).fill(COLORS.value);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(26).text('Weekly review', MARGIN, 50);
  doc.font('Helvetica').fontSize(14).text(`${report.regionName} (${report.region}), ${report.week}`, MARGIN, 88);
  doc.fontSize(10).text(weekDates(report), MARGIN, 112);
  layout.y = 180;
  const headline = new Map(report.headline.map((h) => [h.kpi, h]));
  const tiles = (['new_customers', 'cac_usd', 'revenue_usd', 'sla_attainment'] as const).map((kpi) => headline.get(kpi) as HeadlineKpi);
  const tileWidth = CONTENT_WIDTH / tiles.length;
  tiles.forEach((tile, i) => {
    const x = MARGIN + i * tileWidth;
    doc.fillColor(COLORS.muted).fontSize(9).text(KPI_INFO[tile.kpi].label, x, layout.y, { width: tileWidth - 8 });
    doc.fillColor(COLORS.ink).font('Helvetica-Bold').fontSize(18).text(tile.missing === null ? formatKpi(tile.kpi, tile.value) : 'no data', x, layout.y + 14, { width: tileWidth - 8 });
    doc.font('Helvetica').fillColor(COLORS.muted).fontSize(8).text(`${formatChange(tile.kpi, tile.previousWeek)} vs the week before`, x, layout.y + 38, { width: tileWidth - 8 });
  });
  layout.y += 70;
  const flagged = report.flags.length;
  layout.paragraph(
    flagged === 0
      ? 'No KPI moved more than two standard deviations from its trailing 8 weeks.'
      : `${flagged} KPI${flagged === 1 ? '' : 's'} moved more than two standard deviations from the trailing 8 weeks: see Flagged changes.`,
    10,
  );
  layout.paragraph(
    'Weeks are ISO weeks, Monday 00:00 to Sunday 24:00 in the region’s reporting time zone. Rates change in percentage points, other figures in per cent. An empty value (–) has nothing to divide by. Every definition is in the appendix.',
    8,
    COLORS.muted,
  );
}

function headlineTable(layout: Layout, report: RegionWeeklyReport): void {
  layout.heading('Headline KPIs');
  const rows = [
    ['KPI', 'Value', 'vs week before', 'vs a year before', 'vs 4-week avg', 'Target', 'Flag'],
    ...report.headline.map((h) => [
      KPI_INFO[h.kpi].label,
      h.missing === null ? formatKpi(h.kpi, h.value) : 'no data',
      formatChange(h.kpi, h.previousWeek),
      formatChange(h.kpi, h.lastYear),
      formatChange(h.kpi, h.trailing4),
      h.target === null ? '' : formatKpi(h.kpi, h.target),
      h.flag ? (h.flag.direction === 'up' ? 'up' : 'down') : '',
    ]),
  ];
  layout.table(rows, [0.26, 0.14, 0.13, 0.13, 0.13, 0.13, 0.08]);
  // A KPI the data cannot give says why, rather than reading as a zero.
  const reasons = new Map<string, string[]>();
  for (const h of report.headline) if (h.missing !== null) reasons.set(h.missing, [...(reasons.get(h.missing) ?? []), KPI_INFO[h.kpi].label]);
  for (const [reason, labels] of reasons) layout.paragraph(`No data for ${labels.join(', ')}: ${reason}.`, 8);
}

function flaggedChanges(layout: Layout, report: RegionWeeklyReport): void {
  layout.heading('Flagged changes');
  if (report.flags.length === 0) {
    layout.paragraph('None this week.');
    return;
  }
  for (const flag of report.flags) {
    const sd = flag.z === null ? 'all 8 weeks were equal' : `${Math.abs(flag.z).toFixed(1)} standard deviations ${flag.direction === 'up' ? 'above' : 'below'}`;
    layout.paragraph(`${KPI_INFO[flag.kpi].label}: ${formatKpi(flag.kpi, flag.value)}, against a trailing 8-week mean of ${formatKpi(flag.kpi, flag.mean)} (${sd}).`);
  }
}

function kpiCharts(layout: Layout, report: RegionWeeklyReport): void {
  layout.page();
  layout.heading('Each KPI: the last 6 weeks, and 12 months against the year before');
  layout.paragraph('Bars: the last 6 weeks (this week in blue). Line: 52 weeks; dashed grey, the year before; red, the target where there is one.', 8, COLORS.muted);
  const doc = layout.doc;
  const rowHeight = 92;
  for (const series of report.series) {
    layout.room(rowHeight);
    const label = KPI_INFO[series.kpi].label;
    const value = series.trailing6.at(-1)?.value ?? null;
    const missing = report.headline.find((h) => h.kpi === series.kpi)?.missing ?? null;
    doc.font('Helvetica-Bold').fontSize(9).fillColor(COLORS.ink).text(label, MARGIN, layout.y + 4, { width: 120 });
    doc.font('Helvetica').fontSize(12).text(missing === null ? formatKpi(series.kpi, value) : 'no data', MARGIN, layout.y + 20, { width: 120 });
    const bars: Box = { x: MARGIN + 125, y: layout.y + 4, width: 130, height: rowHeight - 16 };
    const lines: Box = { x: MARGIN + 270, y: layout.y + 4, width: CONTENT_WIDTH - 270, height: rowHeight - 16 };
    weekBars(doc, bars, series.trailing6);
    yearLines(doc, lines, series.trailing12Months);
    layout.y += rowHeight;
  }
}

/** A figure of a breakdown the region's data cannot give reads "no data", never 0 or an empty dash. */
const unless = (missing: string | null, text: string) => (missing === null ? text : 'no data');

function breakdowns(layout: Layout, report: RegionWeeklyReport): void {
  layout.page();
  layout.heading('New customers and CAC by channel');
  const { channels: noChannels = null, spend: noSpend = null } = report.noInputs;
  layout.table(
    [
      ['Channel', 'New customers', 'Share', 'Spend', 'CAC'],
      ...report.channels.map((c) => [c.channel, ...[formatValue('count', c.newCustomers), formatValue('rate', c.share)].map((t) => unless(noChannels, t)), ...[formatValue('usd', c.spendUsd), formatValue('usd', c.cacUsd)].map((t) => unless(noSpend, t))]),
    ],
    [0.28, 0.18, 0.18, 0.18, 0.18],
    13,
  );
  if (noChannels !== null) layout.paragraph(`No data for new customers by channel: ${noChannels}.`, 8);
  if (noSpend !== null) layout.paragraph(`No data for spend and CAC: ${noSpend}.`, 8);
  layout.heading('Funnel');
  const noFunnel = report.noInputs.funnel ?? null;
  if (noFunnel !== null) layout.paragraph(`No data: ${noFunnel}.`);
  else funnelBars(layout, report);
  categoriesAndCohorts(layout, report);
}

function funnelBars(layout: Layout, report: RegionWeeklyReport): void {
  const stages = report.funnel.stages;
  layout.room(stages.length * 14 + 8);
  horizontalBars(
    layout.doc,
    { x: MARGIN, y: layout.y, width: CONTENT_WIDTH, height: stages.length * 14 },
    stages.map((s, i) => ({
      label: FUNNEL_STAGES[i]?.replace(/_/g, ' ') ?? s.stage,
      value: s.count ?? 0,
      text: `${formatValue('count', s.count)}${s.fromPrevious === null ? '' : ` (${formatValue('rate', s.fromPrevious)})`}`,
    })),
  );
  layout.y += stages.length * 14 + 10;
}

function categoriesAndCohorts(layout: Layout, report: RegionWeeklyReport): void {
  layout.heading('Feedback by category');
  const categories = report.complaints;
  layout.room(categories.length * 14 + 8);
  horizontalBars(
    layout.doc,
    { x: MARGIN, y: layout.y, width: CONTENT_WIDTH, height: categories.length * 14 },
    categories.map((c) => ({
      label: `${CATEGORY_LABELS[c.category]}${c.logistics ? ' (logistics)' : ''}`,
      value: c.count,
      text: `${formatValue('count', c.count)} (week before ${formatValue('count', c.previousWeek)})`,
    })),
  );
  layout.y += categories.length * 14 + 10;
  layout.heading('Retention by signup cohort');
  const noRetention = report.noInputs.retention ?? null;
  layout.table(
    [
      ['Signup week', 'Customers', 'D1', 'D7', 'D30'],
      ...report.cohorts.map((c) => [c.week, formatValue('count', c.customers), ...[c.d1, c.d7, c.d30].map((d) => unless(noRetention, formatValue('rate', d)))]),
    ],
    [0.28, 0.18, 0.18, 0.18, 0.18],
    13,
  );
  if (noRetention !== null) layout.paragraph(`No data for retention: ${noRetention}.`, 8);
}

function complaintsAndService(layout: Layout, report: RegionWeeklyReport): void {
  layout.page();
  layout.heading('Top complaints');
  layout.paragraph('The week’s most pressing complaints, highest priority first. Names, e-mail addresses and phone numbers are removed.', 8, COLORS.muted);
  if (report.topComplaints.length === 0) layout.paragraph('No complaints this week.');
  for (const c of report.topComplaints) {
    layout.paragraph(`#${c.feedbackId} · ${c.priority} · ${CATEGORY_LABELS[c.category]} · ${LANGUAGE_LABELS[c.language]}`, 8, COLORS.muted);
    layout.paragraph(c.text);
  }
  layout.heading('SLA');
  const noAnswers = report.noInputs.sla ?? null;
  layout.paragraph(
    noAnswers === null
      ? `First response within the SLA: ${formatValue('rate', report.sla.attainment)} of ${formatValue('count', report.sla.due)} items due this week. Median first response ${formatValue('hours', report.sla.medianFirstResponseHours)}, median resolution ${formatValue('hours', report.sla.medianResolutionHours)}.`
      : `${formatValue('count', report.sla.due)} items came due this week. No data for first responses within the SLA and the medians: ${noAnswers}.`,
  );
  layout.table(
    [
      ['Priority', 'Due', 'Met', 'Attainment'],
      ...report.sla.byPriority.map((p) => [p.priority, formatValue('count', p.due), unless(noAnswers, formatValue('count', p.met)), unless(noAnswers, formatValue('rate', p.attainment))]),
    ],
    [0.25, 0.25, 0.25, 0.25],
    13,
  );
  layout.heading('Carriers, the latest first');
  if (report.carriers.length === 0) {
    layout.paragraph('No deliveries this week.');
    return;
  }
  layout.room(report.carriers.length * 14 + 8);
  horizontalBars(
    layout.doc,
    { x: MARGIN, y: layout.y, width: CONTENT_WIDTH, height: report.carriers.length * 14 },
    report.carriers.map((c) => ({ label: c.carrier, value: c.lateRate ?? 0, text: `${formatValue('rate', c.lateRate)} of ${formatValue('count', c.delivered)}` })),
    COLORS.target,
  );
  layout.y += report.carriers.length * 14 + 10;
}

function compliancePage(layout: Layout, compliance: RegionCompliance): void {
  layout.page();
  layout.heading(`Compliance and ESG, ${compliance.period}`);
  layout.paragraph(
    `Weighted share compliant of each framework's assessment this quarter (not applicable items left out). Evidence expiring within 30 days: ${compliance.evidenceExpiring}. Open incidents: ${compliance.openIncidents}.`,
  );
  const rows = compliance.rows.map((row) => [
    row.framework,
    row.status === null ? 'not started' : row.status.replace('_', ' '),
    row.share === null ? '-' : `${(row.share * 100).toFixed(0)}%`,
    String(row.compliant),
    String(row.nonCompliant),
    String(row.open),
    String(row.overdue),
  ]);
  layout.table([['Framework', 'Status', 'Compliant', 'Met', 'Gaps', 'Open', 'Overdue'], ...rows], [0.4, 0.14, 0.1, 0.09, 0.09, 0.09, 0.09]);
}

/** A figure on the KOL and community page: "no data" where there is nothing to divide by, never 0. */
function rosterFigure(kind: KpiKind, value: number | null): string {
  return value === null ? 'no data' : formatValue(kind, value);
}

function rostersTable(layout: Layout, header: string[], rows: string[][], widths: number[]): void {
  layout.table([header, ...(rows.length > 0 ? rows : [['no data', ...header.slice(1).map(() => '')]])], widths);
}

function rostersPage(layout: Layout, report: RegionWeeklyReport, rosters: RostersReport): void {
  layout.page();
  layout.heading(`KOL and community, ${report.week}`);
  layout.paragraph(
    'Attributed figures of the week as the Rosters screen counts them (docs/metrics.md): CAC is the week’s spend (fees and seeding spread over the campaign’s days, plus commissions) per new customer; complaints are logistics complaints per 1,000 attributed orders. Communities compare members with non-members who signed up in the same weeks.',
    8,
    COLORS.muted,
  );
  layout.heading('Top KOLs by CAC, cheapest first');
  rostersTable(layout, ['KOL', 'New customers', 'CAC'], rosters.topByCac.map((k) => [k.name, formatValue('count', k.newCustomers), rosterFigure('usd', k.cacUsd)]), [0.5, 0.25, 0.25]);
  layout.heading('Top KOLs by complaint rate');
  rostersTable(
    layout,
    ['KOL', 'Orders', 'Complaints per 1k orders'],
    rosters.topByComplaints.map((k) => [k.name, formatValue('count', k.orders), rosterFigure('per_1k', k.complaintsPer1kOrders)]),
    [0.5, 0.2, 0.3],
  );
  layout.heading('Campaigns’ ROAS');
  rostersTable(
    layout,
    ['Campaign', 'Spend', 'Revenue', 'ROAS'],
    rosters.campaigns.map((c) => [c.name, rosterFigure('usd', c.spendUsd), formatValue('usd', c.revenueUsd), rosterFigure('ratio', c.roas)]),
    [0.46, 0.18, 0.18, 0.18],
  );
  layout.heading('Communities’ retention against non-members');
  rostersTable(
    layout,
    ['Community', 'D30 members', 'D30 others', 'Repurchase members', 'Repurchase others'],
    rosters.communities.map((c) => [
      c.name, rosterFigure('rate', c.membersD30), rosterFigure('rate', c.nonMembersD30), rosterFigure('rate', c.membersRepurchase), rosterFigure('rate', c.nonMembersRepurchase),
    ]),
    [0.32, 0.14, 0.14, 0.2, 0.2],
  );
}

function appendix(layout: Layout, report: RegionWeeklyReport): void {
  layout.page();
  layout.heading('Appendix: definitions');
  layout.paragraph(
    `For region ${report.region} and week ${report.week}: ${weekDates(report)}. Timestamps are stored in UTC; a week runs from Monday 00:00 to Sunday 24:00 in the region’s reporting time zone. A value with no denominator is empty, never zero.`,
  );
  for (const h of report.headline) layout.paragraph(`${KPI_INFO[h.kpi].label} (${h.kpi}): ${KPI_INFO[h.kpi].definition}`, 8);
  layout.paragraph(
    'Comparisons: the week before; the same ISO week number a year before (week 53 compares with week 52); the mean of the 4 weeks before. Flags: more than two sample standard deviations from the mean of the 8 weeks before (at least 4 of them with a value).',
    8,
  );
}

export function pdfBuffer(report: RegionWeeklyReport, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: {
      Title: `Weekly review ${report.region} ${report.week}`,
      Author: 'Regional Ops Console',
      Creator: 'Regional Ops Console',
      CreationDate: options.stamp,
      ModDate: options.stamp,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new Layout(doc);
  cover(layout, report);
  layout.page();
  headlineTable(layout, report);
  flaggedChanges(layout, report);
  kpiCharts(layout, report);
  breakdowns(layout, report);
  complaintsAndService(layout, report);
  if (options.compliance) compliancePage(layout, options.compliance);
  if (options.rosters) rostersPage(layout, report, options.rosters);
  appendix(layout, report);
  doc.end();
  return done;
}
