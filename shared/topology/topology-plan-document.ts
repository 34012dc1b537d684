import type { SectionDocumentBuilder } from '../plan/section-document';
import type { TopologyPlanSection } from './topology-plan-section';

// TEMPORARY STUB for the topology helper to replace.
export const topologySectionToDocument: SectionDocumentBuilder<TopologyPlanSection> = () => [];
