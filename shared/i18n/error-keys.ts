/**
 * Every key of the `errors` namespace. Code that fails for the user throws a `UserError`
 * (`shared/user-error.ts`) naming one of these, with the error's specifics as parameters; the
 * boundary (dispatch, the transports, the CLI) renders its English `message` from the English locale,
 * what logs and `--json` carry, and the page and the CLI say it in the user's language. This module
 * imports nothing, so domain code may name a key without reaching a locale. A test checks that this
 * list and both languages' `errors` namespaces hold the same keys.
 */
export const errorKeys = [
  'landscape.fileTooLarge',
  'landscape.tooLarge',
  'landscape.notYaml',
  'landscape.notYamlAt',
  'landscape.yaml.multipleDocuments',
  'landscape.yaml.duplicateKey',
  'landscape.yaml.tabIndent',
  'landscape.yaml.indentation',
  'landscape.yaml.unclosed',
  'landscape.yaml.badEscape',
  'landscape.yaml.reservedStart',
  'landscape.yaml.keyLayout',
  'landscape.yaml.anchorsAndTags',
  'landscape.yaml.syntax',
  'landscape.undefinedAlias',
  'landscape.undefinedAliasAt',
  'landscape.aliasBomb',
  'landscape.notLandscape',
  'landscape.notLandscapeAt',
  'landscape.notLandscapeTop',
  'landscape.notLandscapeTopAt',
  'landscape.shape.document',
  'landscape.shape.name',
  'landscape.shape.item',
  'landscape.shape.items',
  'landscape.shape.subcategory',
  'landscape.shape.subcategories',
  'landscape.shape.category',
  'landscape.shape.categories',
  'landscape.shape.unexpected',
  'landscape.noNamedItem',
  'landscape.noNamedItemAt',
  'landscape.noItems',
  'conformance.noProductFiles',
  'conformance.notZip',
  'conformance.zipTooLarge',
  'store.readFailed',
  'store.notJson',
  'store.wrongShape',
  'store.saveFailed',
  'store.removeFailed',
  'export.dialogUnavailable',
  'export.pdfFailed',
  'export.pdfUnavailable',
  'export.invalidNetwork',
  'export.invalidManifests',
  'planFile.tooLarge',
  'planFile.empty',
  'planFile.truncated',
  'planFile.notJson',
  'planFile.tooDeep',
  'planFile.hostileKey',
  'planFile.notAPlan',
  'planFile.newerVersion',
  'planFile.wrongShape',
  'planFile.tooLargeToSave',
  'planStore.notFound',
  'planStore.notInTrash',
  'planStore.notRecent',
  'planStore.openDialogUnavailable',
  'planStore.changedElsewhere',
  'stateFile.fieldsReset',
  'stateFile.damaged',
  'request.invalid',
  'request.invalidResponse',
  'request.unknownChannel',
  'request.internal',
  'openExternal.refused',
  'showInFolder.unavailable',
  'showInFolder.notSaved',
  'web.forbiddenOrigin',
  'web.unauthorized',
  'host.unreachable',
  'host.noResult',
  'sla.sli.empty',
  'sla.sli.noPlaceholder',
  'sla.sli.incomplete',
  'sla.sli.syntax',
  'sla.unreachableThreshold',
  'sla.fourWindowsUnavailable',
  'sla.composite.expected',
  'sla.composite.quorum',
  'sla.composite.noCopies',
  'sla.composite.component',
  'sla.composite.above100',
  'sla.composite.notPercentage',
  'sla.composite.unexpected',
] as const;
export type ErrorKey = (typeof errorKeys)[number];

/**
 * What is wrong with a file that is not YAML, in our words rather than the parser's (whose messages
 * are English only and can give advice meant for programmers): the `problem` parameter of
 * `landscape.notYaml*`, whose text nests `landscape.yaml.<problem>`.
 */
export type LandscapeYamlProblem = ErrorKey extends infer Key
  ? Key extends `landscape.yaml.${infer Problem}`
    ? Problem
    : never
  : never;

/**
 * What part of a landscape file is not landscape-shaped: the `problem` parameter of
 * `landscape.notLandscape*`, whose text nests `landscape.shape.<problem>`.
 */
export type LandscapeShapeProblem = ErrorKey extends infer Key
  ? Key extends `landscape.shape.${infer Problem}`
    ? Problem
    : never
  : never;
