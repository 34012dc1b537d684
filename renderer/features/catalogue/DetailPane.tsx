import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionTypeTable, EntryCertification, EntrySource } from '../../../shared/catalogue/schema';
import { describeProductStatus } from '../../../shared/catalogue/product-status';
import { describeError } from '../../../shared/i18n/describe-error';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { describeCertification, entryDescription, formatList, localized, valueLabel } from './catalogue-fields';
import { type CatalogueRow, type FacetFieldId, facetValuesOf } from './catalogue-rows';
import { MAX_COMPARED } from './comparison';
import { openExternalLink } from './open-external-link';
import { StarIcon } from './StarToggle';
import { TagList } from './TagList';

const linkFields = ['homepage', 'repository'] as const;

const classificationFields: readonly FacetFieldId[] = [
  'seedSection',
  'distributionKind',
  'distributionType',
  'professionalService',
  'devopsStage',
  'maturity',
];

/** Everything the catalogue knows about one product, in the UI language. Typing in the search does not redraw it. */
export const DetailPane = memo(function DetailPane({
  row,
  distributionTypes,
  onClose,
}: {
  row: CatalogueRow;
  distributionTypes: DistributionTypeTable;
  onClose: () => void;
}) {
  const { t } = useTranslation('catalogue');
  const language = useAppStore((state) => state.language);
  const headingId = useId();
  const starred = useAppStore((state) => state.catalogueShortlist.includes(row.entry.id));
  const compareIds = useAppStore((state) => state.catalogueCompareIds);
  const toggleShortlisted = useAppStore((state) => state.toggleShortlisted);
  const toggleCompared = useAppStore((state) => state.toggleCompared);
  const reportError = useAppStore((state) => state.reportError);
  const { entry } = row;
  const compared = compareIds.includes(entry.id);
  const compareFull = !compared && compareIds.length >= MAX_COMPARED;
  const description = entryDescription(entry, language);
  const type = entry.distributionType;
  const links = linkFields.map((field) => [field, entry[field]] as const);

  const openLink = async (url: string) => {
    const result = await openExternalLink(api, url);
    if (!result.ok) reportError({ message: `${t('openLinkFailed', { url })} ${describeError(result.error, t)}` });
  };

  return (
    <aside className="detail-pane" aria-labelledby={headingId} data-entry-id={entry.id}>
      <header className="detail-header">
        <div className="detail-heading">
          <h2 id={headingId}>{entry.name}</h2>
          {entry.aliases.length > 0 && <p className="detail-aliases">{t('aliases', { aliases: formatList(entry.aliases, language) })}</p>}
        </div>
        <button type="button" className="icon-button" aria-label={t('detail.close')} title={t('detail.close')} onClick={onClose}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
      </header>
      <div className="detail-actions">
        <button type="button" className="button" aria-pressed={starred} onClick={() => toggleShortlisted(entry.id)}>
          <StarIcon filled={starred} />
          {starred ? t('detail.unstar') : t('detail.star')}
        </button>
        <button type="button" className="button" disabled={compareFull} onClick={() => toggleCompared(entry.id)}>
          {compared ? t('detail.removeFromCompare') : t('detail.addToCompare')}
        </button>
      </div>
      {compareFull && <p className="field-hint">{t('detail.compareFull', { count: MAX_COMPARED })}</p>}

      {description && (
        <section className="detail-section">
          <h3>{t('detail.description')}</h3>
          <p>{description}</p>
        </section>
      )}
      {entry.landscapeDescription && (
        <section className="detail-section">
          <h3>{t('detail.landscapeDescription')}</h3>
          <p lang="en">{entry.landscapeDescription}</p>
        </section>
      )}

      <section className="detail-section">
        <h3>{t('detail.classification')}</h3>
        <dl className="detail-fields">
          {entry.organization && (
            <div>
              <dt>{t('detail.organization')}</dt>
              <dd>{entry.organization}</dd>
            </div>
          )}
          {classificationFields.map((field) => {
            const [value] = facetValuesOf(row, field);
            if (value === undefined) return null;
            return (
              <div key={field}>
                <dt>{t(`columns.${field}`)}</dt>
                <dd>{valueLabel(field, value, t)}</dd>
              </div>
            );
          })}
          <div>
            <dt>{t('detail.status')}</dt>
            <dd>
              <span className="status-cell" data-state={entry.status?.state ?? 'not-known'}>
                {describeProductStatus(entry.status, t)}
              </span>
              {entry.status?.note && <span className="detail-note">{localized(entry.status.note, language)}</span>}
              {entry.status?.sources.map((source) => (
                <span key={source.url} className="detail-note">
                  {t('detail.statusSource', { url: source.url, year: source.asOf })}
                </span>
              ))}
            </dd>
          </div>
          {entry.tags.length > 0 && (
            <div>
              <dt>{t('columns.tags')}</dt>
              <dd>
                <TagList tags={entry.tags} t={t} wrap />
              </dd>
            </div>
          )}
        </dl>
      </section>

      {(entry.homepage || entry.repository) && (
        <section className="detail-section">
          <h3>{t('detail.links')}</h3>
          <ul className="detail-links">
            {links.map(([kind, url]) =>
              url ? (
                <li key={kind}>
                  <span className="link-kind">{t(`detail.${kind}`)}</span>
                  <a
                    href={url}
                    target="_blank"
                    rel="noopener noreferrer"
                    onClick={(event) => {
                      event.preventDefault();
                      void openLink(url);
                    }}
                  >
                    {url.replace(/^https?:\/\//u, '')}
                  </a>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      )}

      {entry.certification && <CertificationSection certification={entry.certification} />}

      <section className="detail-section">
        <h3>{t('detail.sources')}</h3>
        <ul className="detail-sources">
          {entry.sources.map((source, index) => (
            <li key={index} className={`source-line source-${source.kind}`}>
              <SourceLine source={source} />
            </li>
          ))}
        </ul>
      </section>

      <section className="detail-section">
        <h3>{type ? t('detail.characteristics', { type: valueLabel('distributionType', type, t) }) : t('columns.distributionType')}</h3>
        {type ? (
          <>
            <p className="field-hint">{localized(distributionTypes.types[type].description, language)}</p>
            <dl className="detail-fields traits">
              {distributionTypes.traits.map((trait) => (
                <div key={trait.id}>
                  <dt>{localized(trait.label, language)}</dt>
                  <dd>{localized(trait.values[type], language)}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="field-hint">{t('detail.noType')}</p>
        )}
      </section>
    </aside>
  );
});

/** What the conformance data says of the product: its type, every certified version, the latest and the lag. */
function CertificationSection({ certification }: { certification: EntryCertification }) {
  const { t } = useTranslation('distributions');
  const { type, versions, productVersion } = certification;
  return (
    <section className="detail-section" data-section="certification">
      <h3>{t('certification.heading')}</h3>
      <dl className="detail-fields">
        {type && (
          <div>
            <dt>{t('certification.type')}</dt>
            <dd>{t(`conformanceTypes.${type}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('certification.latest')}</dt>
          <dd>{describeCertification(certification, t)}</dd>
        </div>
        <div>
          <dt>{t('certification.versions')}</dt>
          <dd className="certified-versions">{versions.join(' · ')}</dd>
        </div>
        {productVersion && (
          <div>
            <dt>{t('certification.productVersion')}</dt>
            <dd>{productVersion}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function SourceLine({ source }: { source: EntrySource }) {
  const { t } = useTranslation('catalogue');
  if (source.kind === 'seed') {
    return <>{t('detail.seedSource', { section: valueLabel('seedSection', source.section, t), name: source.seedName })}</>;
  }
  if (source.kind === 'k8s-conformance') {
    return <>{t('distributions:certification.source', { dataset: source.dataset, folders: source.folders.join(', ') })}</>;
  }
  return (
    <>
      {t('detail.landscapeSource', { category: source.category, subcategory: source.subcategory })}
      <span className="source-file">{t('detail.landscapeFile', { file: source.file })}</span>
    </>
  );
}
