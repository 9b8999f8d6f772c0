// A figure from the rest of the console beside a requirement (the late-delivery rate beside the Mail Order Rule).
import type { RelatedFigure } from '../../../shared/compliance-types';
import { useWords } from '../i18n/LocaleContext';

/** In the Reports' words: the KPI's name, the week and the value. */
export function RelatedFigureText({ figure }: { figure: RelatedFigure }) {
  const words = useWords();
  const value = figure.value === null ? '—' : words.intl.formatNumber(figure.value, { style: 'percent', maximumFractionDigits: 1 });
  return <span className="compliance-figure">{words.t('compliance.figure', { kpi: words.label('kpi', figure.kpi), week: figure.week, value })}</span>;
}
