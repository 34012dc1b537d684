import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import questionnaireJson from '../../data/choices/questionnaire.json' with { type: 'json' };
import storageOptionsJson from '../../data/choices/storage-options.json' with { type: 'json' };
import { type DecisionId, type TradeoffData, tradeoffDataSchema } from '../../shared/choices/decision-registry';
import { resolveDistributionProfiles } from '../../shared/distributions/resolve-profiles';
import { loadBundledConformance } from './conformance-store';
import { loadDistributionProfiles } from './distribution-handlers';
import type { Handlers } from './dispatch';

/** Each decision's data file, as main serves it to the Choices page; checked at build and again here. */
const decisionDataFiles = {
  caasPaas: questionnaireJson,
  sdn: networkPluginsJson,
  storage: storageOptionsJson,
  // The chooser ranks the profiles with the bundled conformance data; the catalogue reads an import.
  distributionChooser: resolveDistributionProfiles(loadDistributionProfiles(), loadBundledConformance()),
} satisfies Record<DecisionId, unknown>;

/** Parses the built-in trade-off data once; a broken file fails at start, naming the field. */
export function loadTradeoffData(): TradeoffData {
  return tradeoffDataSchema.parse(decisionDataFiles);
}

export function createChoicesHandlers(): Pick<Handlers, 'getTradeoffData'> {
  const data = loadTradeoffData();
  return { getTradeoffData: async () => data };
}
