// The assessment as a PDF for an auditor: the cover (framework, version, region, quarter, status, signature and
// score), then every requirement with its reference, result, reason or observation, evidence and findings. Built
// like the weekly review's PDF (pdfkit, Helvetica, its dates from the data), so the same store gives the same bytes.
import PDFDocument from 'pdfkit';
import type { Checklist } from '../../../shared/compliance-types';
import { COLORS } from '../review-pack/pdf-charts';

const MARGIN = 40;
const WIDTH = 595.28 - 2 * MARGIN;
const BOTTOM = 841.89 - MARGIN;
const RESULT_WORDS: Record<string, string> = {
  to_do: 'To do', in_progress: 'In progress', compliant: 'Compliant', partially_compliant: 'Partially compliant', non_compliant: 'Non-compliant', not_applicable: 'Not applicable',
};

/** Helvetica writes Latin-1: anything else (a rare name) is shown as "?" rather than as a broken glyph. */
const latin1 = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/[^\x20-\xFF\n]/g, '?');

export function compliancePdf(list: Checklist, stamp: Date): Promise<Buffer> {
  const { assessment } = list;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${list.frameworkName} ${assessment.region} ${assessment.period}`,
      Author: 'Regional Ops Console',
      Creator: 'Regional Ops Console',
      CreationDate: stamp,
      ModDate: stamp,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let y = MARGIN;
  const write = (text: string, size: number, font = 'Helvetica', color: string = COLORS.ink) => {
    doc.font(font).fontSize(size);
    const height = doc.heightOfString(latin1(text), { width: WIDTH });
    if (y + height > BOTTOM) {
      doc.addPage();
      y = MARGIN;
    }
    doc.fillColor(color).text(latin1(text), MARGIN, y, { width: WIDTH });
    y += height + 3;
  };

  write(`${list.frameworkName}`, 18, 'Helvetica-Bold');
  write(`Region ${assessment.region}, ${assessment.period}. Framework version ${assessment.frameworkVersion}.`, 11);
  write(`Status: ${assessment.status.replace('_', ' ')}. Due ${assessment.dueDay ?? 'not set'}.`, 11);
  const share = list.score.share === null ? 'nothing counted' : `${(list.score.share * 100).toFixed(1)}% weighted share compliant`;
  write(`Score: ${share}; ${list.score.overdue} overdue. Counts: ${Object.entries(list.score.counts).map(([result, count]) => `${RESULT_WORDS[result]} ${count}`).join(', ')}.`, 10);
  if (list.signature) {
    write(
      `Signed off by ${list.signature.personName} on ${new Date(list.signature.at).toISOString().replace('T', ' ').slice(0, 16)} UTC. Signature hash ${list.signature.hash}. ` +
        (list.signature.intact ? 'The results and evidence hashes still match it.' : `The results or evidence changed since: they now hash to ${list.signature.currentHash}.`),
      10,
    );
  } else {
    write('Not signed off.', 10);
  }
  y += 8;

  let group = '';
  for (const item of list.items) {
    if (item.requirement.group !== group) {
      group = item.requirement.group;
      y += 4;
      write(group, 13, 'Helvetica-Bold');
    }
    const { reference } = item.requirement;
    write(item.requirement.title, 10, 'Helvetica-Bold');
    write(`${reference.article ? `${reference.act}, ${reference.article}` : reference.act}. ${RESULT_WORDS[item.result]}${item.overdue ? ' (overdue)' : ''}.`, 9);
    if (item.reason) write(`Not applicable because: ${item.reason}`, 9, 'Helvetica', COLORS.muted);
    if (item.observation) write(`Observation: ${item.observation}`, 9, 'Helvetica', COLORS.muted);
    if (item.measuredValue !== null && item.requirement.measure) {
      write(`Measured ${item.measuredValue} ${item.requirement.measure.unit} against a target of ${item.requirement.measure.target}.`, 9);
    }
    for (const evidence of item.evidence) {
      write(`Evidence: ${evidence.title}, revision ${evidence.revision}, ${evidence.fileName}, sha256 ${evidence.sha256}${evidence.validUntil ? `, valid until ${evidence.validUntil}` : ''}.`, 8, 'Helvetica', COLORS.muted);
    }
    for (const finding of item.findings) {
      write(`Finding (${finding.severity}, ${finding.status}): ${finding.title}. ${finding.actions.map((a) => `${a.title} [${a.status}${a.dueDay ? `, due ${a.dueDay}` : ''}]`).join('; ')}`, 8, 'Helvetica', COLORS.muted);
    }
  }
  doc.end();
  return done;
}
