import type { DocumentBlock } from '../plan/document-model';
import type { SectionDocumentBuilder } from '../plan/section-document';
import { budgetPeriods } from './downtime-budget';
import { formatDuration, formatPercent } from './format-downtime';
import { prometheusDuration } from './error-budget';
import type { SlaPlanSection } from './sla-plan-section';

/** The SLA section of an exported plan: the target and what it allows, in the export's language. */
export const slaSectionToDocument: SectionDocumentBuilder<SlaPlanSection> = (section, { t, language }) => {
  const duration = (seconds: number) =>
    formatDuration(seconds, (key, options) => t(key, options), language);
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
  const convention = t(`conventions.${section.convention}`, { days: section.calendarMonthDays ?? 31 });
  const blocks: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text: t('document.target', { percent: formatPercent(section.targetPercent, language), convention }),
    },
    {
      kind: 'table',
      caption: t('document.budgetCaption'),
      header: [t('periodColumn'), t('humanColumn'), t('secondsColumn')],
      rows: [
        ...budgetPeriods.map((period) => [
          t(`periods.${period}`),
          duration(section.budgetSeconds[period]),
          number.format(section.budgetSeconds[period]),
        ]),
        ...(section.customPeriod
          ? [
              [
                t('document.customPeriod', { period: duration(section.customPeriod.periodSeconds) }),
                duration(section.customPeriod.budgetSeconds),
                number.format(section.customPeriod.budgetSeconds),
              ],
            ]
          : []),
      ],
      align: ['left', 'left', 'right'],
    },
  ];
  const errorBudget = section.errorBudget;
  if (errorBudget) {
    blocks.push({ kind: 'heading', level: 4, text: t('document.errorBudgetHeading') });
    blocks.push({
      kind: 'paragraph',
      text:
        errorBudget.budgetRequests === undefined || errorBudget.requestsPerSecond === undefined
          ? t('document.errorBudget', { window: errorBudget.windowDays, budget: duration(errorBudget.budgetSeconds) })
          : t('document.errorBudgetRequests', {
              window: errorBudget.windowDays,
              budget: duration(errorBudget.budgetSeconds),
              requests: number.format(errorBudget.budgetRequests),
              rps: number.format(errorBudget.requestsPerSecond),
            }),
    });
    if (errorBudget.burnRateAlerts && errorBudget.burnRateAlerts.length > 0) {
      blocks.push({
        kind: 'table',
        caption: t('document.burnRateCaption', { window: errorBudget.windowDays }),
        header: [t('burn.severityColumn'), t('burn.spentColumn'), t('burn.burnRateColumn'), t('burn.longWindowColumn'), t('burn.shortWindowColumn')],
        rows: errorBudget.burnRateAlerts.map((alert) => [
          t(`burn.severity.${alert.severity}`),
          formatPercent(alert.budgetFraction * 100, language, 2),
          number.format(Number(alert.burnRate.toPrecision(6))),
          prometheusDuration(alert.longWindowSeconds),
          prometheusDuration(alert.shortWindowSeconds),
        ]),
        align: ['left', 'right', 'right', 'right', 'right'],
      });
      blocks.push({ kind: 'note', tone: 'source', text: t('burn.source') });
    }
  }
  blocks.push({ kind: 'note', tone: 'source', text: t('document.assumption') });
  return blocks;
};
