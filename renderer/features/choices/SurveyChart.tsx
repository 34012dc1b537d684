import { type ComponentProps, Suspense, lazy } from 'react';

/* Drawn with recharts, which loads in its own chunk when a chart is first shown (see sla-charts.tsx). */
const LazySurveyChart = lazy(() => import('./SurveyChartDrawing').then((module) => ({ default: module.SurveyChart })));

export function SurveyChart(props: ComponentProps<typeof LazySurveyChart>) {
  return (
    <Suspense fallback={null}>
      <LazySurveyChart {...props} />
    </Suspense>
  );
}
