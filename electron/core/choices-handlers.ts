import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import questionnaireJson from '../../data/choices/questionnaire.json' with { type: 'json' };
import storageOptionsJson from '../../data/choices/storage-options.json' with { type: 'json' };
import { type DecisionId, type TradeoffData, tradeoffDataSchema } from '../../shared/choices/decision-registry';
import { resolveDistributionProfiles } from '../../shared/distributions/resolve-profiles';
import { type ConformanceStore, loadBundledConformance } from './conformance-store';
import { loadDistributionProfiles } from './distribution-handlers';
import type { Handlers } from './dispatch';

/** Each decision's data file, as main serves it to the Choices page; checked at build and again here. */
const decisionDataFiles = {
  caasPaas: questionnaireJson,
  sdn: networkPluginsJson,
  storage: storageOptionsJson,
  // Without a conformance store (tests, the build's check) the profiles carry the bundled conformance data.
  distributionChooser: resolveDistributionProfiles(loadDistributionProfiles(), loadBundledConformance()),
} satisfies Record<DecisionId, unknown>;

/** Parses the built-in trade-off data once; a broken file fails at start, naming the field. */
export function loadTradeoffData(): TradeoffData {
  return tradeoffDataSchema.parse(decisionDataFiles);
}

/**
 * With the conformance store, the distribution chooser reads the conformance data in use, so an
 * import of a newer checkout moves every profile's certification, as in the catalogue.
 */
export function createChoicesHandlers(conformance?: Pick<ConformanceStore, 'load' | 'dataset'>): Pick<Handlers, 'getTradeoffData'> {
  const data = loadTradeoffData();
  const profiles = loadDistributionProfiles();
  return {
    getTradeoffData: async () => {
      if (!conformance) return data;
      await conformance.load();
      return { ...data, distributionChooser: resolveDistributionProfiles(profiles, conformance.dataset()) };
    },
  };
}
