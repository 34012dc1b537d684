import { useTranslation } from 'react-i18next';
import type { DocumentBlock } from '../../../../shared/plan/document-model';
import type { PlanDocument } from '../../../../shared/plan/plan-document';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { ScrollablePreview } from '../../../ui/ScrollablePreview';

/** The document's table block as columns: the block says which hold numbers (right-aligned). */
function documentTableColumns(block: Extract<DocumentBlock, { kind: 'table' }>): DataTableColumn<string[]>[] {
  return block.header.map((text, index) => ({ id: String(index), header: text, numeric: block.align?.[index] === 'right', cell: (row) => row[index] ?? '' }));
}

function PreviewBlock({ block, labels, codeLabel }: { block: DocumentBlock; labels: PlanDocument['labels']; codeLabel: (language: string) => string }) {
  switch (block.kind) {
    case 'heading':
      // Section titles are h4 here, so the document's level 3 is h5 and its level 4 is h6.
      return block.level === 3 ? <h5>{block.text}</h5> : <h6>{block.text}</h6>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return <DataTable caption={block.caption} columns={documentTableColumns(block)} rows={block.rows} rowKey={(_, index) => index} />;
    case 'code':
      return (
        <ScrollablePreview className="export-preview-code" label={codeLabel(block.language)}>
          {block.text}
        </ScrollablePreview>
      );
    case 'note':
      return (
        <p className={`export-preview-note ${block.tone}`}>
          <strong>
            {block.tone === 'source' ? labels.source : labels.warning}
            {labels.colon}
          </strong>
          {block.text}
        </p>
      );
  }
}

/**
 * The document as the HTML and PDF exports lay it out, drawn by React: the app's CSP allows no
 * inline styles, so the exported file's own stylesheet cannot be shown in a frame here.
 * Headings sit one level below the page's own.
 */
export function DocumentPreview({ document }: { document: PlanDocument }) {
  const { t } = useTranslation('planExport');
  const codeLabel = (language: string) => t('codeLabel', { language: language.toUpperCase() });
  return (
    <article className="export-preview-document" lang={document.language}>
      <h3 className="export-preview-title">{document.title}</h3>
      <dl className="export-preview-meta">
        {document.meta.map(({ label, value }) => (
          <div key={label}>
            <dt>
              {label}
              {document.labels.colon}
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {document.sections.map((section) => (
        <section key={section.id} data-section={section.id}>
          <h4 className="export-preview-section-title">{section.title}</h4>
          {section.blocks.map((block, index) => (
            <PreviewBlock key={index} block={block} labels={document.labels} codeLabel={codeLabel} />
          ))}
        </section>
      ))}
    </article>
  );
}
