import { useTranslation } from 'react-i18next';

export function StartupFailure({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="startup-failure" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.startupFailed', { message })}</p>
    </main>
  );
}
