import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDowntime, formatDuration, formatPercent } from '../../../shared/sla/format-downtime';
import type { InputProblem } from '../../../shared/sla/parse-sla-input';

/** The SLA page's number and duration formats, in the UI language. */
export function useSlaFormat() {
  const { t, i18n } = useTranslation('sla');
  const language = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
    return {
      t,
      language,
      number: (value: number, maximumFractionDigits = 3) =>
        maximumFractionDigits === 3 ? number.format(value) : new Intl.NumberFormat(language, { maximumFractionDigits }).format(value),
      duration: (seconds: number) => formatDuration(seconds, (key, options) => t(key, options), language),
      decimal: (seconds: number) => formatDowntime(seconds, (key, options) => t(key, options)),
      percent: (value: number, digits?: number) => formatPercent(value, language, digits),
      problem: (problem: InputProblem) => t(`problems.${problem}`),
    };
  }, [t, language]);
}
