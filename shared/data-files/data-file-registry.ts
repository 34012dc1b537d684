import type { z } from 'zod';
import { searchTermsFileSchema } from '../catalogue/catalogue-search';
import { landscapeTagsFileSchema } from '../catalogue/landscape-tags';
import { productStatusFileSchema } from '../catalogue/product-status';
import { builtInCatalogueSchema, distributionTypeTableSchema } from '../catalogue/schema';
import { questionnaireSchema, sdnDataSchema, storageDataSchema } from '../choices/tradeoff-schema';
import { conformanceDatasetSchema } from '../conformance/conformance-schema';
import { distributionProfilesSchema } from '../distributions/profile-schema';
import type { ChannelName } from '../ipc/channels';
import { designReviewOptionsFileSchema } from '../plan/design-review-sections';
import { auditItemsFileSchema, observabilityOptionsFileSchema } from '../plan/plan-checklists';
import { table41Schema } from '../sla/table-4-1';
import { table51Schema } from '../topology/table-5-1';

/**
 * How a data file reaches the page. Served: main imports it (`importedBy`, under electron/core) and
 * the page asks for it over these channels, so a newer import can replace it. Bundled: a module of
 * shared/ imports it, so it is in every bundle that module is (the renderer's included), for the reason given.
 */
export type DataFileEntry = {
  schema: z.ZodType;
  served?: { importedBy: string; channels: readonly [ChannelName, ...ChannelName[]] };
  bundled?: { importedBy: string; reason: string };
};

/**
 * Every file under data/, by its path there, once. The build validates each against its schema
 * (electron.vite.config.ts), and the module that imports it parses it once: when it is first read
 * (parsedOnFirstUse), so that a process reading none of it (a CLI calculation) does not pay for it,
 * or when the module loads. A broken file fails the build, never the user. A test holds this table
 * and data/ to each other.
 */
export const dataFiles = {
  'catalogue/products.json': {
    schema: builtInCatalogueSchema,
    served: { importedBy: 'electron/core/catalogue-handlers.ts', channels: ['getCatalogue'] },
  },
  'catalogue/distribution-types.json': {
    schema: distributionTypeTableSchema,
    served: { importedBy: 'electron/core/catalogue-handlers.ts', channels: ['getCatalogue'] },
  },
  'catalogue/product-status.json': {
    schema: productStatusFileSchema,
    bundled: {
      importedBy: 'shared/catalogue/product-status.ts',
      reason: 'Every ranking and plan document words a product’s state from it, in main, the CLI and the page alike; main also attaches it to the catalogue it serves.',
    },
  },
  'catalogue/landscape-tags.json': {
    schema: landscapeTagsFileSchema,
    bundled: {
      importedBy: 'shared/catalogue/landscape-tags.ts',
      reason: 'The landscape importer tags each imported row while it reads the file, in main and in the CLI alike.',
    },
  },
  'catalogue/search-terms.json': {
    schema: searchTermsFileSchema,
    bundled: {
      importedBy: 'shared/catalogue/catalogue-search.ts',
      reason: 'The catalogue page searches on every key press, with no call to main between two letters.',
    },
  },
  'choices/questionnaire.json': {
    schema: questionnaireSchema,
    served: { importedBy: 'electron/core/choices-handlers.ts', channels: ['getTradeoffData'] },
  },
  'choices/network-plugins.json': {
    schema: sdnDataSchema,
    served: { importedBy: 'electron/core/choices-handlers.ts', channels: ['getTradeoffData'] },
    bundled: {
      importedBy: 'shared/manifests/cni-plugin.ts',
      reason: 'The manifests take each plugin’s CNI facts from it, and the export panel previews them as the user types, without a call.',
    },
  },
  'choices/storage-options.json': {
    schema: storageDataSchema,
    served: { importedBy: 'electron/core/choices-handlers.ts', channels: ['getTradeoffData'] },
  },
  'conformance/k8s-conformance.json': {
    schema: conformanceDatasetSchema,
    served: { importedBy: 'electron/core/conformance-store.ts', channels: ['getCatalogue', 'getDistributionProfiles', 'getTradeoffData'] },
  },
  'distributions/profiles.json': {
    schema: distributionProfilesSchema,
    served: { importedBy: 'electron/core/distribution-handlers.ts', channels: ['getDistributionProfiles', 'getTradeoffData'] },
  },
  'plan/audit-items.json': {
    schema: auditItemsFileSchema,
    bundled: { importedBy: 'shared/plan/plan-checklists.ts', reason: 'A small checklist the plan page shows and the plan document writes.' },
  },
  'plan/observability-options.json': {
    schema: observabilityOptionsFileSchema,
    bundled: { importedBy: 'shared/plan/plan-checklists.ts', reason: 'A small list of options the plan page shows and the plan document writes.' },
  },
  'plan/design-review-options.json': {
    schema: designReviewOptionsFileSchema,
    bundled: { importedBy: 'shared/plan/design-review-sections.ts', reason: 'A small list of options the plan page shows and the plan document writes.' },
  },
  'sla/table-4-1.json': {
    schema: table41Schema,
    bundled: { importedBy: 'shared/sla/table-4-1.ts', reason: 'The book’s table, which the SLA page shows beside the values it computes itself.' },
  },
  'topology/table-5-1.json': {
    schema: table51Schema,
    bundled: { importedBy: 'shared/topology/table-5-1.ts', reason: 'The book’s table, which the topology planner reproduces with its own calculation.' },
  },
} as const satisfies Record<string, DataFileEntry>;

export type DataFilePath = keyof typeof dataFiles;
