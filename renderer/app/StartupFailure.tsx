import { useTranslation } from 'react-i18next';
import { type DescribableError, describeError } from '../../shared/i18n/describe-error';

export function StartupFailure({ error }: { error: DescribableError }) {
  const { t } = useTranslation();
  const message = describeError(error, t);
  return (
    <main className="startup-failure" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.startupFailed', { message })}</p>
    </main>
  );
}
