import { Suspense, lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { PlanConflictDialog, PlanSaveBanner } from '../features/plan/PlanSaveProblems';
import { ErrorBanner } from '../ui/ErrorBanner';
import { NoticeArea } from '../ui/NoticeArea';
import { AppHeader } from './AppHeader';
import { type Section, sections, useAppStore } from './store';

// The first screen is the catalogue: the other pages are fetched and parsed when first opened.
const pages: Record<Section, React.ComponentType> = {
  catalogue: CataloguePage,
  choices: lazy(() => import('../features/choices/ChoicesPage').then(({ ChoicesPage }) => ({ default: ChoicesPage }))),
  sla: lazy(() => import('../features/sla/SlaPage').then(({ SlaPage }) => ({ default: SlaPage }))),
  plan: lazy(() => import('../features/plan/PlanPage').then(({ PlanPage }) => ({ default: PlanPage }))),
};

/** Alt+1…4 jump between sections from anywhere, as in most tabbed desktop tools. */
function useSectionShortcuts(goTo: (section: Section) => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const section = sections[Number(event.key) - 1];
      if (section) {
        event.preventDefault();
        goTo(section);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [goTo]);
}

export function App() {
  const { t } = useTranslation();
  const section = useAppStore((state) => state.section);
  const goTo = useAppStore((state) => state.goTo);
  useSectionShortcuts(goTo);
  const Page = pages[section];

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppHeader />
      <ErrorBanner />
      <PlanSaveBanner />
      <PlanConflictDialog />
      <main id="main" className="app-main" tabIndex={-1} aria-label={t(`nav.${section}`)}>
        <Suspense>
          <Page />
        </Suspense>
      </main>
      <NoticeArea />
    </div>
  );
}
