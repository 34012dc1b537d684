import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../../shared/choices/tradeoff-schema';
import { useAppStore } from '../../app/store';
import { SourceNotes } from './ResultParts';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';

/** Chart settings, not text: kept out of the JSX so the i18n lint sees only what users read. */
const chart = { layout: 'vertical', grid: '3 3', nameKey: 'name', valueKey: 'percent', fill: 'var(--color-accent)' } as const;

/** The seed's survey shares as bars, with the same numbers as a table for screen readers and copying. */
export function SurveyChart({ survey }: { survey: Survey }) {
  const { t } = useTranslation('choices');
  const language = useAppStore((state) => state.language);
  const label = (text: { en: string; zh: string }) => (language === 'zh-CN' ? text.zh : text.en);
  const rows = survey.shares.map((share) => ({ id: share.id, name: label(share.label), percent: share.percent }));
  const columns: DataTableColumn<(typeof rows)[number]>[] = [
    { id: 'option', header: t('chart.optionColumn'), rowHeader: true, cell: (row) => row.name },
    { id: 'share', header: t('chart.shareColumn'), numeric: true, cell: (row) => t('chart.percent', { percent: row.percent }) },
  ];
  return (
    <section className="card survey-card" aria-labelledby={`survey-${survey.shares[0]?.id}`}>
      <h3 id={`survey-${survey.shares[0]?.id}`}>{t('chart.heading')}</h3>
      <p className="field-hint">{label(survey.question)}</p>
      <div className="survey-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={36 * rows.length + 40}>
          <BarChart data={rows} layout={chart.layout} accessibilityLayer={false} margin={{ left: 8, right: 24, top: 4, bottom: 16 }}>
            <CartesianGrid horizontal={false} strokeDasharray={chart.grid} />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey={chart.nameKey} width={150} />
            <Tooltip formatter={(value) => t('chart.percent', { percent: value })} />
            <Bar dataKey={chart.valueKey} name={t('chart.percentAxis')} fill={chart.fill} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="survey-table">
        <summary>{t('chart.showTable')}</summary>
        <DataTable
          caption={label(survey.question)}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
        />
      </details>
      <SourceNotes sources={[survey.source]} />
    </section>
  );
}
