import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The specifiers a module loads when it is evaluated: imports and re-exports that are not type-only; `import()` is left out. */
function loadedSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      return typeOnly ? [] : [(statement.moduleSpecifier as ts.StringLiteral).text];
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      return [(statement.moduleSpecifier as ts.StringLiteral).text];
    }
    return [];
  });
}

/** Every file of the project a module loads before it runs, itself included, relative to the root. */
function staticallyLoaded(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [resolve(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    const name = relative(root, file).split('\\').join('/');
    if (seen.has(name)) continue;
    seen.add(name);
    if (!/\.tsx?$/u.test(file)) continue;
    for (const specifier of loadedSpecifiers(file)) {
      if (!specifier.startsWith('.')) continue;
      const base = resolve(dirname(file), specifier);
      const found = [base, `${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
      if (found) pending.push(found);
    }
  }
  return seen;
}

describe('what the CLI loads before an `sla` calculation', () => {
  // `node kube-planner.js sla 99.9 --json` is timed against plain node (tests/bench/cli-cold-start.ts):
  // each of these, loaded at start, builds schemas or parses data that a calculation never uses.
  const loaded = staticallyLoaded('electron/cli/main.ts');

  it('leaves out the whole contract, the plan, the choices and the catalogue, which load on their first call', () => {
    for (const heavy of [
      'shared/ipc/contract.ts',
      'shared/plan/plan-schema.ts',
      'shared/choices/decision-registry.ts',
      'electron/core/catalogue-handlers.ts',
      'electron/core/plan-handlers.ts',
      'electron/core/state-handlers.ts',
      'electron/cli/catalogue-command.ts',
      'electron/cli/export-command.ts',
    ]) {
      expect(loaded, heavy).not.toContain(heavy);
    }
  });

  it('loads no data file', () => {
    expect([...loaded].filter((file) => file.startsWith('data/'))).toEqual([]);
  });

  it('does load the SLA channels’ schemas and dispatch, which check the call', () => {
    expect(loaded).toContain('shared/ipc/sla-channels.ts');
    expect(loaded).toContain('electron/core/dispatch.ts');
  });
});
