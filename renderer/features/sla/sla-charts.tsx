import { type ComponentProps, Suspense, lazy } from 'react';

/*
 * The charts draw with recharts, about a third of the app's script, which only the SLA and Choices
 * pages need: they load in their own chunk when first drawn, so the other pages start without them.
 */
const LazyDowntimeChart = lazy(() => import('./sla-chart-drawings').then((module) => ({ default: module.DowntimeChart })));
const LazyBurnDownChart = lazy(() => import('./sla-chart-drawings').then((module) => ({ default: module.BurnDownChart })));

export function DowntimeChart(props: ComponentProps<typeof LazyDowntimeChart>) {
  return (
    <Suspense fallback={null}>
      <LazyDowntimeChart {...props} />
    </Suspense>
  );
}

export function BurnDownChart(props: ComponentProps<typeof LazyBurnDownChart>) {
  return (
    <Suspense fallback={null}>
      <LazyBurnDownChart {...props} />
    </Suspense>
  );
}
