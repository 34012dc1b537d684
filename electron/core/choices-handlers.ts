import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import questionnaireJson from '../../data/choices/questionnaire.json' with { type: 'json' };
import storageOptionsJson from '../../data/choices/storage-options.json' with { type: 'json' };
import { type DecisionId, type TradeoffData, tradeoffDataSchema } from '../../shared/choices/decision-registry';
import { resolveDistributionProfiles } from '../../shared/distributions/resolve-profiles';
import { type ConformanceStore, loadBundledConformance } from './conformance-store';
import { loadDistributionProfiles } from './distribution-handlers';
import type { Handlers } from './dispatch';

/** Each decision's data file, as main serves it to the Choices page; checked at build and again on first use. */
function decisionDataFiles() {
  return {
    caasPaas: questionnaireJson,
    sdn: networkPluginsJson,
    storage: storageOptionsJson,
    // Without a conformance store (tests, the build's check) the profiles carry the bundled conformance data.
    distributionChooser: resolveDistributionProfiles(loadDistributionProfiles(), loadBundledConformance()),
  } satisfies Record<DecisionId, unknown>;
}

/** Parses the built-in trade-off data; a broken file fails the first call, naming the field. */
export function loadTradeoffData(): TradeoffData {
  return tradeoffDataSchema.parse(decisionDataFiles());
}

/**
 * With the conformance store, the distribution chooser reads the conformance data in use, so an
 * import of a newer checkout moves every profile's certification, as in the catalogue.
 */
export function createChoicesHandlers(conformance?: Pick<ConformanceStore, 'load' | 'dataset'>): Pick<Handlers, 'getTradeoffData'> {
  // Read and checked on the first call, not at start: the first screen is the catalogue.
  let loaded: { data: TradeoffData; profiles: ReturnType<typeof loadDistributionProfiles> } | undefined;
  return {
    getTradeoffData: async () => {
      loaded ??= { data: loadTradeoffData(), profiles: loadDistributionProfiles() };
      if (!conformance) return loaded.data;
      await conformance.load();
      return { ...loaded.data, distributionChooser: resolveDistributionProfiles(loaded.profiles, conformance.dataset()) };
    },
  };
}
