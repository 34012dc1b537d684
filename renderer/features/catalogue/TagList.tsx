import { type CatalogueTag } from '../../../shared/catalogue/schema';
import { type Translate, valueLabel } from './catalogue-fields';

/** A product's tags as small labels; in a grid cell they stay on one line and are clipped. */
export function TagList({ tags, t, wrap = false }: { tags: readonly CatalogueTag[]; t: Translate; wrap?: boolean }) {
  const labelled = tags.map((tag) => ({ tag, label: valueLabel('tags', tag, t) }));
  return (
    <span className={`tag-list${wrap ? ' wrap' : ''}`}>
      {labelled.map(({ tag, label }) => (
        <span key={tag} className="tag">
          {label}
        </span>
      ))}
    </span>
  );
}
