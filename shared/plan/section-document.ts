import type { Language } from '../language';
import type { DocumentBlock, DocumentTranslate } from './document-model';

/**
 * How a feature turns its plan section into document blocks: `t` is bound to the feature's own
 * i18n namespace in the export's language, `language` formats numbers and dates.
 */
export type SectionDocumentBuilder<Section> = (
  section: Section,
  context: { t: DocumentTranslate; language: Language },
) => DocumentBlock[];
