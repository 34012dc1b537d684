/**
 * The CNI plugin a trial cluster should run, from the plan's SDN choice. Names are product names
 * and stay untranslated. kind ships kindnet as its own default CNI; any other plugin needs kind's
 * default switched off and the plugin installed once the nodes are up.
 */
export type CniPlugin = { id: string; name: string; isKindDefault: boolean; enforcesNetworkPolicy: boolean | undefined };

/**
 * Network-policy support as the seed describes it (HA and networking chapter: Calico and Weave Net
 * add network policy on top of IPAM; Flannel is the simple overlay). Canal is flannel's overlay with
 * Calico's policy engine. Plugins the seed does not describe are left unknown.
 */
const knownPlugins: Record<string, Omit<CniPlugin, 'id'>> = {
  kindnet: { name: 'kindnet', isKindDefault: true, enforcesNetworkPolicy: undefined },
  flannel: { name: 'Flannel', isKindDefault: false, enforcesNetworkPolicy: false },
  calico: { name: 'Calico', isKindDefault: false, enforcesNetworkPolicy: true },
  canal: { name: 'Canal', isKindDefault: false, enforcesNetworkPolicy: true },
  'weave-net': { name: 'Weave Net', isKindDefault: false, enforcesNetworkPolicy: true },
};

export function cniPluginFor(chosenOptionId: string | undefined): CniPlugin {
  const id = chosenOptionId && chosenOptionId.trim() !== '' ? chosenOptionId.trim() : 'kindnet';
  const known = knownPlugins[id];
  return known ? { id, ...known } : { id, name: id, isKindDefault: false, enforcesNetworkPolicy: undefined };
}

/** kind's and kubeadm's documented default pod subnet, used when the plan names none (kind.sigs.k8s.io, as of 2026). */
export const DEFAULT_POD_CIDR = '10.244.0.0/16';
