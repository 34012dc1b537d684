import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { ChoicesPage } from '../features/choices/ChoicesPage';
import { PlanPage } from '../features/plan/PlanPage';
import { PlanConflictDialog, PlanSaveBanner } from '../features/plan/PlanSaveProblems';
import { SlaPage } from '../features/sla/SlaPage';
import { ErrorBanner } from '../ui/ErrorBanner';
import { NoticeArea } from '../ui/NoticeArea';
import { AppHeader } from './AppHeader';
import { type Section, sections, useAppStore } from './store';

const pages: Record<Section, () => React.JSX.Element> = {
  catalogue: CataloguePage,
  choices: ChoicesPage,
  sla: SlaPage,
  plan: PlanPage,
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
        <Page />
      </main>
      <NoticeArea />
    </div>
  );
}
