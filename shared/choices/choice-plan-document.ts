import type { SectionDocumentBuilder } from '../plan/section-document';
import type { CaasPaasPlanSection, SdnPlanSection, StoragePlanSection } from './choice-plan-sections';

// TEMPORARY STUBS for the choices helper to replace.
export const caasPaasSectionToDocument: SectionDocumentBuilder<CaasPaasPlanSection> = () => [];
export const sdnSectionToDocument: SectionDocumentBuilder<SdnPlanSection> = () => [];
export const storageSectionToDocument: SectionDocumentBuilder<StoragePlanSection> = () => [];
