import { LimitRange } from 'kubernetes-models/v1/LimitRange';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { z } from 'zod';
import { namespaceNameSchema, objectNameSchema } from '../topology/topology-plan-section';
import { checkClusterNetwork } from '../cluster/cluster-network';
import { kindClusterSchema, kubeadmClusterConfigurationSchema, kubeadmInitConfigurationSchema } from './cluster-config';
import type { ManifestBundle } from './manifest-bundle';

type Validator = (object: Record<string, unknown>) => void;

const kubernetesModel =
  (Model: new (data: never) => { validate(): void }): Validator =>
  (object) =>
    new Model(object as never).validate();

const zodSchema =
  (schema: z.ZodType): Validator =>
  (object) => {
    const result = schema.safeParse(object);
    if (!result.success) {
      throw new Error(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '));
    }
  };

/** Keyed by `apiVersion kind`; a document of any other type is a problem in itself. */
const validators: Record<string, Validator> = {
  'v1 Namespace': kubernetesModel(Namespace),
  'v1 ResourceQuota': kubernetesModel(ResourceQuota),
  'v1 LimitRange': kubernetesModel(LimitRange),
  'networking.k8s.io/v1 NetworkPolicy': kubernetesModel(NetworkPolicy),
  'policy/v1 PodDisruptionBudget': kubernetesModel(PodDisruptionBudget),
  'kind.x-k8s.io/v1alpha4 Cluster': zodSchema(kindClusterSchema),
  'kubeadm.k8s.io/v1beta4 InitConfiguration': zodSchema(kubeadmInitConfigurationSchema),
  'kubeadm.k8s.io/v1beta4 ClusterConfiguration': (object) => {
    zodSchema(kubeadmClusterConfigurationSchema)(object);
    checkKubeadmNetwork(object);
  },
};

/** kubeadm's subnet rules are kind's plus its prefix limits; the family follows from the subnets written. */
function checkKubeadmNetwork(object: Record<string, unknown>): void {
  const networking = (object.networking ?? {}) as { podSubnet?: string; serviceSubnet?: string };
  const podSubnet = networking.podSubnet ?? '';
  const ipFamily = podSubnet.includes(',') ? 'dual' : podSubnet.includes(':') ? 'ipv6' : 'ipv4';
  const issues = checkClusterNetwork({ ipFamily, podSubnet, serviceSubnet: networking.serviceSubnet ?? '' });
  if (issues.length > 0) throw new Error(issues.map((issue) => issue.message).join(' '));
}

export type ManifestProblem = { fileName: string; index: number; kind: string; name: string; message: string };

/** The OpenAPI schemas do not check names; the API server does, so this does too. */
function checkNames(object: Record<string, unknown>): void {
  const metadata = object.metadata as { name?: unknown; namespace?: unknown } | undefined;
  if (!metadata) return;
  if (object.kind === 'Namespace' ? !namespaceNameSchema.safeParse(metadata.name).success : !objectNameSchema.safeParse(metadata.name).success) {
    throw new Error(`metadata.name "${String(metadata.name)}" is not a valid Kubernetes name`);
  }
  if (metadata.namespace !== undefined && !namespaceNameSchema.safeParse(metadata.namespace).success) {
    throw new Error(`metadata.namespace "${String(metadata.namespace)}" is not a valid namespace name`);
  }
}

/**
 * Checks every document: Kubernetes objects against the API's own schemas (kubernetes-models),
 * kind and kubeadm configs against the zod schemas in cluster-config.ts. Returns every problem found.
 */
export function validateManifestBundle(bundle: ManifestBundle): { valid: boolean; problems: ManifestProblem[] } {
  const problems: ManifestProblem[] = [];
  for (const file of bundle.files) {
    file.documents.forEach(({ object }, index) => {
      const kind = String(object.kind ?? '');
      const metadataName = (object.metadata as { name?: unknown } | undefined)?.name ?? object.name;
      const name = typeof metadataName === 'string' ? metadataName : '';
      const validator = validators[`${String(object.apiVersion ?? '')} ${kind}`];
      try {
        if (!validator) throw new Error(`${String(object.apiVersion)} ${kind} is not a type this bundle knows how to check`);
        validator(object);
        checkNames(object);
      } catch (error) {
        problems.push({ fileName: file.fileName, index, kind, name, message: (error as Error).message });
      }
    });
  }
  return { valid: problems.length === 0, problems };
}
