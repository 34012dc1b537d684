import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

export function ChoicesPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.choices')} description={t('placeholder.choices')} />;
}
