import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import questionnaireJson from '../../data/choices/questionnaire.json' with { type: 'json' };
import storageOptionsJson from '../../data/choices/storage-options.json' with { type: 'json' };
import { type TradeoffData, tradeoffDataSchema } from '../../shared/choices/tradeoff-schema';
import type { Handlers } from './dispatch';

/** The three data files main serves to the Choices page, each checked at build and again here. */
export const tradeoffDataFiles = {
  questionnaire: 'data/choices/questionnaire.json',
  sdn: 'data/choices/network-plugins.json',
  storage: 'data/choices/storage-options.json',
} as const;

/** Parses the built-in trade-off data once; a broken file fails at start, naming the field. */
export function loadTradeoffData(): TradeoffData {
  return tradeoffDataSchema.parse({ questionnaire: questionnaireJson, sdn: networkPluginsJson, storage: storageOptionsJson });
}

export function createChoicesHandlers(): Pick<Handlers, 'getTradeoffData'> {
  const data = loadTradeoffData();
  return { getTradeoffData: async () => data };
}
