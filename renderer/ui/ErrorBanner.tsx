import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/i18n/describe-error';
import { useAppStore } from '../app/store';

/** Failed I/O is always told to the user, named, and never silently dropped. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const errors = useAppStore((state) => state.errors);
  const dismissError = useAppStore((state) => state.dismissError);
  return (
    <div className="error-region" role="alert" aria-live="assertive">
      {errors.map((error) => (
        <div key={error.id} className="error-banner">
          <strong>{t('errors.title')}</strong>
          <span className="error-message">{describeError(error, t)}</span>
          <button type="button" className="button subtle" onClick={() => dismissError(error.id)}>
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
