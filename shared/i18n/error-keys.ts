/**
 * Every key of the `errors` namespace. Code that creates an error for the user (a handler's
 * `HandlerError`, a `LandscapeImportError`, dispatch, the transports) names one of these, with the
 * error's specifics as parameters, so the page and the CLI can say it in the user's language; the
 * English `message` beside it stays the fallback and what logs and `--json` carry. A test checks
 * that this list and both languages' `errors` namespaces hold the same keys.
 */
export const errorKeys = [
  'landscape.fileTooLarge',
  'landscape.tooLarge',
  'landscape.notYaml',
  'landscape.notYamlAt',
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
  'store.readFailed',
  'store.notJson',
  'store.wrongShape',
  'store.saveFailed',
  'store.removeFailed',
  'export.dialogUnavailable',
  'export.pdfFailed',
  'export.pdfUnavailable',
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
  'planStore.notFound',
  'planStore.notInTrash',
  'planStore.notRecent',
  'planStore.openDialogUnavailable',
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
] as const;
export type ErrorKey = (typeof errorKeys)[number];

/**
 * What part of a landscape file is not landscape-shaped: the `problem` parameter of
 * `landscape.notLandscape*`, whose text nests `landscape.shape.<problem>`.
 */
export type LandscapeShapeProblem = ErrorKey extends infer Key
  ? Key extends `landscape.shape.${infer Problem}`
    ? Problem
    : never
  : never;
