import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * A strict field check: every key of a manifest must be a field of its Kubernetes type. The
 * validators kubernetes-models ships (compiled from the OpenAPI schemas) accept unknown keys such
 * as `spec.podselector`, and kubectl validates only against a live API server's OpenAPI document;
 * so this walks the type declarations kubernetes-models generates from the same OpenAPI schemas,
 * with the TypeScript checker.
 */
const MODELS: Record<string, { module: string; name: string }> = {
  'v1 Namespace': { module: 'kubernetes-models/v1/Namespace', name: 'INamespace' },
  'v1 ResourceQuota': { module: 'kubernetes-models/v1/ResourceQuota', name: 'IResourceQuota' },
  'v1 LimitRange': { module: 'kubernetes-models/v1/LimitRange', name: 'ILimitRange' },
  'networking.k8s.io/v1 NetworkPolicy': { module: 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy', name: 'INetworkPolicy' },
  'policy/v1 PodDisruptionBudget': { module: 'kubernetes-models/policy/v1/PodDisruptionBudget', name: 'IPodDisruptionBudget' },
};

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = join(ROOT, '__kubernetes_field_check__.ts');

function loadModelTypes(): { checker: ts.TypeChecker; types: Map<string, ts.Type> } {
  const keys = Object.keys(MODELS);
  const source = [
    ...keys.map((key, index) => `import type { ${MODELS[key]!.name} as M${index} } from '${MODELS[key]!.module}';`),
    `export type Models = { ${keys.map((key, index) => `'${key}': M${index};`).join(' ')} };`,
  ].join('\n');
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (fileName, language, ...rest) =>
    fileName === ENTRY ? ts.createSourceFile(fileName, source, language) : getSourceFile(fileName, language, ...rest);
  host.fileExists = (fileName) => fileName === ENTRY || fileExists(fileName);
  const program = ts.createProgram([ENTRY], options, host);
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(ENTRY)!;
  const alias = entry.statements.find(ts.isTypeAliasDeclaration)!;
  const models = checker.getTypeAtLocation(alias.name);
  const types = new Map(keys.map((key) => [key, checker.getTypeOfSymbol(models.getProperty(key)!)]));
  return { checker, types };
}

let loaded: ReturnType<typeof loadModelTypes> | undefined;

function walk(checker: ts.TypeChecker, value: unknown, declared: ts.Type, path: string, problems: string[]): void {
  const type = checker.getNonNullableType(declared);
  if (Array.isArray(value)) {
    const element = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
    if (element) value.forEach((item, index) => walk(checker, item, element, `${path}[${index}]`, problems));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const indexed = checker.getIndexInfoOfType(type, ts.IndexKind.String);
  if (indexed) {
    for (const [key, item] of Object.entries(value)) walk(checker, item, indexed.type, `${path}.${key}`, problems);
    return;
  }
  const properties = checker.getPropertiesOfType(type);
  // A type with no declared fields (a union of primitives, `unknown`) has nothing to hold keys against.
  if (properties.length === 0) return;
  for (const [key, item] of Object.entries(value)) {
    const property = properties.find((candidate) => candidate.name === key);
    if (!property) {
      problems.push(`${path}.${key}: unknown field`);
      continue;
    }
    walk(checker, item, checker.getTypeOfSymbol(property), `${path}.${key}`, problems);
  }
}

/** Unknown fields in one object, as `kind/name .spec.podselector: unknown field`; a type this check does not know is a problem too. */
export function unknownKubernetesFields(object: Record<string, unknown>): string[] {
  loaded ??= loadModelTypes();
  const key = `${String(object.apiVersion)} ${String(object.kind)}`;
  const type = loaded.types.get(key);
  if (!type) return [`${key}: not a type the strict field check knows`];
  const problems: string[] = [];
  walk(loaded.checker, object, type, '', problems);
  const name = (object.metadata as { name?: string } | undefined)?.name ?? '';
  return problems.map((problem) => `${String(object.kind)}/${name} ${problem}`);
}
