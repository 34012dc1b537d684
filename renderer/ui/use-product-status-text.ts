import { useTranslation } from 'react-i18next';
import { productStatusOf, productStatusText } from '../../shared/catalogue/product-status';
import { useAppStore } from '../app/store';

/**
 * A product's recorded state in the user's language ("Unmaintained (2024). Weaveworks shut down…"),
 * worded as the catalogue and the exported plan word it, so the three never disagree.
 */
export function useProductStatusText(): (productId: string) => string {
  const { t } = useTranslation('catalogue');
  const language = useAppStore((state) => state.language);
  return (productId) => productStatusText(productStatusOf(productId), t, language);
}
