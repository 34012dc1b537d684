import { useTranslation } from 'react-i18next';

/** A section that is planned but not built: says so plainly instead of showing fake controls. */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <div className="card placeholder">
        <h2>{t('placeholder.comingTitle')}</h2>
        <p>{description}</p>
      </div>
    </section>
  );
}
