import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

export function PlanPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.plan')} description={t('placeholder.plan')} />;
}
