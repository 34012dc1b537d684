/**
 * Errors created outside the page (main process, browser host, CLI), by the keys in
 * `../error-keys.ts`. These texts are the errors' English: the envelope's `message` is rendered from
 * them (`../english-errors.ts`), so no throw site writes its own. `$t(errors:landscape.shape.{{problem}})`
 * nests the translation of what the file should have had.
 */
export const errors = {
  landscape: {
    fileTooLarge: '{{file}} is {{size}}; the largest landscape file Kube Planner accepts is {{limit}}.',
    tooLarge: '{{file}}: The file is larger than {{limit}} MB, the most a landscape file may be.',
    notYaml: '{{file}}: Not valid YAML: $t(errors:landscape.yaml.{{problem}}).',
    notYamlAt: '{{file}}: Not valid YAML: $t(errors:landscape.yaml.{{problem}}) (line {{line}}, column {{column}}).',
    yaml: {
      multipleDocuments:
        'the file holds more than one YAML document (a line of only `---` starts another); a landscape file is one document, so remove the extra `---` or split the file',
      duplicateKey: 'a key appears twice in the same mapping; remove or rename one of them',
      tabIndent: 'a line is indented with a tab; YAML indents with spaces only',
      indentation: 'the indentation does not line up: the entries of one mapping or list must start in the same column',
      unclosed: 'a quote or bracket is opened but not closed',
      badEscape: 'a double-quoted text has a backslash escape that YAML does not know; use single quotes, or write a backslash as `\\\\`',
      reservedStart: 'a value starts with a character that YAML reserves (such as `@` or a backtick); put the value in quotes',
      keyLayout: 'a key is written in a way YAML does not allow: over several lines, nested as in `a: b: c`, or longer than 1,024 characters',
      anchorsAndTags: 'an anchor (`&`), alias (`*`), tag (`!`) or directive (`%`) is malformed',
      syntax: 'the text here is not YAML syntax, for example a list item and a mapping key at the same level',
    },
    undefinedAlias: '{{file}}: Not valid YAML: an alias refers to an anchor that is not defined before it.',
    undefinedAliasAt: '{{file}}: Not valid YAML: an alias refers to an anchor that is not defined before it (line {{line}}).',
    aliasBomb:
      '{{file}}: Its YAML aliases expand to too much data (a "billion laughs" document); a landscape file needs no aliases.',
    notLandscape: '{{file}}: Not a CNCF landscape file: at {{path}}, $t(errors:landscape.shape.{{problem}}).',
    notLandscapeAt: '{{file}}: Not a CNCF landscape file: at {{path}}, $t(errors:landscape.shape.{{problem}}) (line {{line}}).',
    notLandscapeTop: '{{file}}: Not a CNCF landscape file: at the top level, $t(errors:landscape.shape.{{problem}}).',
    notLandscapeTopAt: '{{file}}: Not a CNCF landscape file: at the top level, $t(errors:landscape.shape.{{problem}}) (line {{line}}).',
    shape: {
      document: 'expected a mapping with a top-level `landscape:` list of categories',
      categories: 'expected a list of categories',
      category: 'expected a category (a mapping with a name and subcategories)',
      subcategories: 'expected a list of subcategories',
      subcategory: 'expected a subcategory (a mapping with a name and items)',
      items: 'expected a list of items',
      item: 'expected an item (a mapping with a name)',
      name: 'expected a name',
      unexpected: 'unexpected content',
    },
    noNamedItem: '{{file}}: No item has a name; the first item without one is in {{category}} / {{subcategory}}.',
    noNamedItemAt: '{{file}}: No item has a name; the first item without one is in {{category}} / {{subcategory}} (line {{line}}).',
    noItems: '{{file}}: The landscape has no items.',
  },
  conformance: {
    noProductFiles: '{{source}}: none of its {{count}} files is a vX.Y/<folder>/PRODUCT.yaml of the cncf/k8s-conformance repository.',
    notZip: '{{source}} is not a zip file: {{reason}}',
    zipTooLarge: '{{source}} is larger than {{limit}} MB, the largest conformance zip Kube Planner reads.',
  },
  store: {
    readFailed: 'Could not read {{path}}: {{reason}}',
    notJson: '{{path}} is not valid JSON: {{reason}}',
    wrongShape: '{{path}} does not have the expected shape: {{reason}}',
    saveFailed: 'Could not save {{path}}: {{reason}}',
    removeFailed: 'Could not remove {{path}}: {{reason}}',
  },
  export: {
    dialogUnavailable: 'Saving through a dialog is only available in the desktop app.',
    pdfFailed: 'Could not print the plan to PDF: {{reason}}',
    pdfUnavailable: 'PDF export is not available here.',
    invalidNetwork: 'The plan’s pod or service network can’t be used, so no manifests were exported: {{problems}}',
    invalidManifests: 'The manifests failed the Kubernetes schema check, so none were exported: {{problems}}',
  },
  planFile: {
    tooLarge: '{{file}}: The plan file is {{size}}; the largest plan Kube Planner opens is {{limit}}.',
    empty: '{{file}}: The plan file is empty.',
    truncated: '{{file}}: The plan file ends too early: it looks cut off, perhaps by an interrupted save or copy.',
    notJson: '{{file}}: The plan file is not valid JSON: {{reason}}',
    tooDeep: '{{file}}: The plan file nests {{depth}} levels deep; a plan never nests more than {{limit}}.',
    hostileKey: '{{file}}: The plan file contains the key "{{path}}", which no plan has and which could tamper with the app.',
    notAPlan: '{{file}}: The file is JSON but not a Kube Planner plan: it has no plan version.',
    newerVersion:
      '{{file}}: The plan was saved by a newer Kube Planner (plan version {{version}}); this version opens plans up to version {{supported}}. Update Kube Planner to open it.',
    wrongShape: '{{file}}: The plan file (version {{version}}) has a wrong value at {{field}}: {{reason}}',
    tooLargeToSave:
      '{{file}}: Saved, the plan would be {{size}}, and the largest plan Kube Planner opens is {{limit}}, so it was not saved. Shorten the longest texts or remove entries.',
  },
  planStore: {
    notFound: 'There is no plan {{id}} in the workspace.',
    notInTrash: 'There is no plan {{id}} in the trash.',
    notRecent: '{{path}} is not one of the recent plan files; open it through the Open dialog.',
    openDialogUnavailable: 'Opening through a dialog is only available in the desktop app.',
    changedElsewhere:
      'The plan "{{title}}" was changed elsewhere (another window, tab or program) after this page loaded it, so it was not saved over.',
  },
  stateFile: {
    fieldsReset: '{{file}} had values Kube Planner cannot use, so these were reset to their defaults: {{fields}}. The file as it was is kept as {{copy}}.',
    damaged: '{{file}} could not be read ({{reason}}), so Kube Planner started from its defaults. The damaged file is kept as {{copy}}.',
  },
  request: {
    invalid: 'Invalid request for {{channel}}: {{issues}}',
    invalidResponse: 'The {{channel}} handler returned an invalid response: {{issues}}',
    unknownChannel: 'Unknown channel "{{channel}}".',
    internal: '{{channel}} failed: {{reason}}',
  },
  openExternal: {
    refused: 'Kube Planner opens only https links to known sites, and {{url}} is not one.',
  },
  showInFolder: {
    unavailable: 'Showing a file in its folder is only available in the desktop app.',
    notSaved: '{{path}} was not saved by Kube Planner in this session.',
  },
  web: {
    forbiddenOrigin: 'Requests from {{origin}} are not accepted.',
    unauthorized: 'Missing or wrong session token.',
  },
  host: {
    unreachable: 'The Kube Planner host did not answer: {{reason}}',
    noResult: 'The Kube Planner host answered {{status}} without a result.',
  },
  sla: {
    sli: {
      empty: 'Enter an SLI expression.',
      noPlaceholder: 'The expression needs {{placeholder}} where the rate window goes.',
      incomplete: 'This is not valid PromQL: it ends too early (a bracket or an operand is missing).',
      syntax: 'This is not valid PromQL: it stops parsing at character {{position}}, near “{{near}}”.',
    },
    unreachableThreshold:
      'At a {{slo, number}} % SLO a {{rate, number}}× burn means an error ratio of {{threshold, number}}: a ratio never exceeds 1, so the alert could never fire. Choose a higher SLO.',
    fourWindowsUnavailable: 'The four-window alert set is published for 28- and 30-day SLO windows only, not for {{days}} days.',
    composite: {
      expected: 'Expected “{{char}}” at character {{position}} of “{{spec}}”.',
      quorum: 'A quorum needs 1 ≤ K ≤ N (got {{required}}of{{count}}) at character {{position}} of “{{spec}}”.',
      noCopies: 'At least one copy is needed at character {{position}} of “{{spec}}”.',
      component: 'Expected a component such as “api:99.9” at character {{position}} of “{{spec}}”.',
      above100: 'Availability above 100 % ({{value}}) at character {{position}} of “{{spec}}”.',
      notPercentage: 'Not a percentage ({{value}}) at character {{position}} of “{{spec}}”.',
      unexpected: 'Unexpected “{{char}}” at character {{position}} of “{{spec}}”.',
    },
  },
};
