import { describe, expect, it } from 'vitest';
import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import { sdnDataSchema } from '../choices/tradeoff-schema';
import { KIND_DEFAULT_CNI, cniPluginFor } from './cni-plugin';

const data = sdnDataSchema.parse(networkPluginsJson);

describe('cniPluginFor', () => {
  it('agrees with the Choices data on every plugin’s name and network-policy support', () => {
    for (const option of data.options) {
      const rating = option.ratings['network-policy']?.rating;
      const plugin = cniPluginFor(option.id);
      expect(plugin.name, option.id).toBe(option.name);
      expect(plugin.enforcesNetworkPolicy, option.id).toBe(rating === null || rating === undefined ? undefined : rating > 0);
      expect(plugin.isKindDefault).toBe(false);
    }
  });

  it('writes Cilium with its capital and knows Cilium and Antrea enforce NetworkPolicy, flannel does not', () => {
    expect(cniPluginFor('cilium')).toMatchObject({ name: 'Cilium', enforcesNetworkPolicy: true });
    expect(cniPluginFor('antrea').enforcesNetworkPolicy).toBe(true);
    expect(cniPluginFor('flannel').enforcesNetworkPolicy).toBe(false);
  });

  it('falls back to kind’s kindnet without a choice, and keeps an unknown id as its name', () => {
    expect(cniPluginFor(undefined)).toEqual(KIND_DEFAULT_CNI);
    expect(cniPluginFor('newer-plugin')).toEqual({ id: 'newer-plugin', name: 'newer-plugin', isKindDefault: false, enforcesNetworkPolicy: undefined });
  });
});
