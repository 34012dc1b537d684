import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import { parsedOnFirstUse } from '../data-files/parsed-on-first-use';
import { type SdnOption, sdnDataSchema } from '../choices/tradeoff-schema';

/**
 * The CNI plugin a trial cluster runs, from the plan's SDN choice. Its name and network-policy
 * support come from the Choices data (data/choices/network-plugins.json), the one place those facts
 * are kept and sourced; names are product names and stay untranslated.
 */
export type CniPlugin = {
  id: string;
  name: string;
  /** kind ships kindnet as its own CNI; any other plugin needs kind's switched off and itself installed. */
  isKindDefault: boolean;
  /** From the data's network-policy rating: 0 means it ignores NetworkPolicy; undefined where nobody sourced it. */
  enforcesNetworkPolicy: boolean | undefined;
};

/**
 * kind's built-in CNI, used when the plan names no SDN. It is not one of the Choices page's options,
 * so its policy support is not recorded and the bundle says so rather than guess.
 */
export const KIND_DEFAULT_CNI: CniPlugin = { id: 'kindnet', name: 'kindnet', isKindDefault: true, enforcesNetworkPolicy: undefined };

const networkPlugins = parsedOnFirstUse((): readonly SdnOption[] => sdnDataSchema.parse(networkPluginsJson).options);

function cniPluginFromOption(option: SdnOption): CniPlugin {
  const rating = option.ratings['network-policy']?.rating;
  return {
    id: option.id,
    name: option.name,
    isKindDefault: false,
    enforcesNetworkPolicy: rating === null || rating === undefined ? undefined : rating > 0,
  };
}

/** The plugin for a chosen option id; an id the data does not know (a newer app's) keeps its id as its name. */
export function cniPluginFor(chosenOptionId: string | undefined): CniPlugin {
  const id = chosenOptionId?.trim() ?? '';
  if (id === '') return KIND_DEFAULT_CNI;
  const option = networkPlugins().find((candidate) => candidate.id === id);
  return option ? cniPluginFromOption(option) : { id, name: id, isKindDefault: false, enforcesNetworkPolicy: undefined };
}
