import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

export function CataloguePage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.catalogue')} description={t('placeholder.choices')} />;
}
