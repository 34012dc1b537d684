import type { SectionDocumentBuilder } from '../plan/section-document';
import type { SlaPlanSection } from './sla-plan-section';

// TEMPORARY STUB for the SLA helper to replace.
export const slaSectionToDocument: SectionDocumentBuilder<SlaPlanSection> = () => [];
