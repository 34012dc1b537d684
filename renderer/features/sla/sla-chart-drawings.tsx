import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type CalendarMonthDays, type PeriodConvention, computeDowntimeBudget } from '../../../shared/sla/downtime-budget';
import { type AlertWindowSet, type ErrorBudgetWindow, burnRateAlerts, remainingBudgetFraction } from '../../../shared/sla/error-budget';
import { logAxisDomain } from '../../../shared/sla/log-axis';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { useSlaFormat } from './use-sla-format';

const neighbourTargets = [99, 99.5, 99.9, 99.95, 99.99, 99.999, 99.9999];

// Colours come from the theme tokens, so both charts follow the light and dark themes.
const gridProps = { strokeDasharray: '3 3', stroke: 'var(--color-border)' };
const axisProps = { stroke: 'var(--color-text-muted)', tick: { fill: 'var(--color-text-muted)', fontSize: 12 } };
const xAxisLabelStyle = { fill: 'var(--color-text-muted)', fontSize: 12, position: 'insideBottom', dy: 14 } as const;
const tooltipStyle = { background: 'var(--color-surface-raised)', border: '1px solid var(--color-border)', color: 'var(--color-text)' };
const tooltipCursor = { fill: 'var(--color-surface-sunken)' };
const LOG_SCALE = 'log';
const downtimeKeys = { x: 'label', y: 'hours' };
const burnDownKeys = { x: 'day' };
const barColour = (chosen: boolean) => (chosen ? 'var(--color-accent)' : 'var(--color-border-strong)');

/** Allowed downtime a year for the chosen target and the common ones around it, on a log scale. */
export function DowntimeChart(props: { targetPercent: number; convention: PeriodConvention; calendarMonthDays: CalendarMonthDays }) {
  const format = useSlaFormat();
  const { t } = format;
  const id = useId();
  // A log scale has no place for zero: 100 % (no downtime at all) is left out of the chart, not of the table.
  const targets = [...new Set([...neighbourTargets, props.targetPercent])].filter((target) => target < 100 && target > 0).sort((a, b) => a - b);
  const data = targets.map((target) => {
    const seconds = computeDowntimeBudget(target, props.convention, { calendarMonthDays: props.calendarMonthDays }).seconds.year;
    return { target, label: format.percent(target), hours: seconds / 3_600, seconds, chosen: target === props.targetPercent };
  });
  const axis = logAxisDomain(data.map((entry) => entry.hours));
  const downtimeColumns: DataTableColumn<(typeof data)[number]>[] = [
    { id: 'target', header: t('chart.targetColumn'), rowHeader: true, cell: (entry) => entry.label },
    { id: 'year', header: t('periods.year'), cell: (entry) => format.duration(entry.seconds) },
  ];
  return (
    <figure className="sla-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`}>
      <figcaption>
        <h2 id={`${id}-title`} className="card-heading">
          {t('chart.heading', { percent: format.percent(props.targetPercent) })}
        </h2>
        <p id={`${id}-description`} className="field-hint">
          {t('chart.description')}
        </p>
      </figcaption>
      <div className="chart-frame" aria-hidden="true">
        <p className="axis-title">{t('chart.yAxis')}</p>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid {...gridProps} vertical={false} />
            <XAxis dataKey={downtimeKeys.x} {...axisProps} />
            <YAxis
              scale={LOG_SCALE}
              domain={axis.domain}
              ticks={axis.ticks}
              {...axisProps}
              allowDataOverflow
              tickFormatter={(hours: number) => format.number(hours, 4)}
              width={64}
            />
            <Tooltip
              cursor={tooltipCursor}
              contentStyle={tooltipStyle}
              formatter={(_value, _name, item) => [format.duration((item.payload as { seconds: number }).seconds), t('periods.year')]}
            />
            <Bar dataKey={downtimeKeys.y} isAnimationActive={false}>
              {data.map((entry) => (
                <Cell key={entry.target} fill={barColour(entry.chosen)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="chart-data">
        <summary>{t('chart.tableCaption')}</summary>
        <DataTable
          className="compact"
          columns={downtimeColumns}
          rows={data}
          rowKey={(entry) => entry.target}
          rowAttributes={(entry) => ({ 'aria-current': entry.chosen || undefined })}
        />
      </details>
    </figure>
  );
}

// Up to five lines: the four-window set's rates and the steady 1×, each its own colour.
const lineColours = ['var(--color-danger)', 'var(--color-warning)', 'var(--color-accent)', 'var(--color-success)', 'var(--color-text-muted)'];

/** The budget left over the window at each alert's burn rate and at a steady 1×. */
export function BurnDownChart({ windowDays, windowSet }: { windowDays: ErrorBudgetWindow; windowSet: AlertWindowSet }) {
  const format = useSlaFormat();
  const { t } = format;
  const id = useId();
  const rates = [...burnRateAlerts(windowDays, windowSet).map((alert) => Number(alert.burnRate.toPrecision(6))), 1].filter(
    (rate, index, all) => all.indexOf(rate) === index,
  );
  const series = rates.map((rate, at) => ({ key: `r${at}`, rate, name: rate === 1 ? t('errorBudget.steady') : `${format.number(rate)}×` }));
  const days = Array.from({ length: windowDays + 1 }, (_, day) => day);
  const data = days.map((day) => ({
    day,
    ...Object.fromEntries(series.map((line) => [line.key, Math.round(remainingBudgetFraction(line.rate, windowDays, day * 86_400) * 1000) / 10])),
  }));
  const tableDays = days.filter((day) => day % Math.ceil(windowDays / 7) === 0 || day === windowDays);
  const burnDownColumns: DataTableColumn<number>[] = [
    { id: 'day', header: t('errorBudget.dayColumn'), rowHeader: true, cell: (day) => day },
    ...series.map(
      (line): DataTableColumn<number> => ({
        id: line.key,
        header: line.name,
        numeric: true,
        cell: (day) => format.percent(remainingBudgetFraction(line.rate, windowDays, day * 86_400) * 100, 1),
      }),
    ),
  ];
  return (
    <figure className="sla-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`}>
      <figcaption>
        <h2 id={`${id}-title`} className="card-heading">
          {t('errorBudget.chartHeading')}
        </h2>
        <p id={`${id}-description`} className="field-hint">
          {t('errorBudget.chartDescription', { days: windowDays })}
        </p>
      </figcaption>
      <div className="chart-frame" aria-hidden="true">
        <p className="axis-title">{t('errorBudget.chartYAxis')}</p>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
            <CartesianGrid {...gridProps} />
            <XAxis dataKey={burnDownKeys.x} {...axisProps} label={{ ...xAxisLabelStyle, value: t('errorBudget.chartXAxis') }} />
            <YAxis domain={[0, 100]} {...axisProps} width={40} />
            <Tooltip contentStyle={tooltipStyle} />
            {series.map((line, at) => (
              <Line key={line.key} dataKey={line.key} name={line.name} stroke={lineColours[at % lineColours.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
        <ul className="chart-legend">
          {series.map((line, at) => (
            <li key={line.key}>
              <span className="legend-swatch" style={{ background: lineColours[at % lineColours.length] }} />
              {line.name}
            </li>
          ))}
        </ul>
      </div>
      <details className="chart-data">
        <summary>{t('errorBudget.chartTableCaption')}</summary>
        <DataTable className="compact" columns={burnDownColumns} rows={tableDays} rowKey={(day) => day} />
      </details>
    </figure>
  );
}
