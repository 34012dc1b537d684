import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_PLAN_FILE_BYTES, parsePlanFile, serializePlan } from './plan-file';
import { UserError } from '../user-error';
import { largePlanArbitrary } from '../../tests/fixtures/plans/large-plan-arbitrary';
import { type Plan, createEmptyPlan, planSchema } from './plan-schema';

type JsonSchemaNode = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  maxLength?: number;
  maxItems?: number;
  maxProperties?: number;
  prefixItems?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: JsonSchemaNode | boolean;
  propertyNames?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
};

/** Every place in the schema where a value could grow without a bound, by its path. */
function unbounded(node: JsonSchemaNode, path: string): string[] {
  const found: string[] = [];
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) found.push(...unbounded(branch, path));
  if (node.type === 'string' && node.maxLength === undefined && node.enum === undefined && node.const === undefined) found.push(`${path} (text)`);
  if (node.type === 'array') {
    if (node.maxItems === undefined && node.prefixItems === undefined) found.push(`${path} (list)`);
    if (node.items) found.push(...unbounded(node.items, `${path}[]`));
    (node.prefixItems ?? []).forEach((item, index) => found.push(...unbounded(item, `${path}[${index}]`)));
  }
  if (node.type === 'object') {
    for (const [key, child] of Object.entries(node.properties ?? {})) found.push(...unbounded(child, `${path}.${key}`));
    if (typeof node.additionalProperties === 'object') {
      if (node.maxProperties === undefined) found.push(`${path} (record)`);
      found.push(...unbounded(node.additionalProperties, `${path}.*`));
      if (node.propertyNames) found.push(...unbounded(node.propertyNames, `${path}.<key>`));
    }
  }
  return found;
}

describe('the plan schema bounds everything', () => {
  it('gives every text, list and record of a plan a limit', () => {
    const jsonSchema = z.toJSONSchema(planSchema, { unrepresentable: 'any', io: 'input' }) as JsonSchemaNode;
    expect(unbounded(jsonSchema, 'plan')).toEqual([]);
  });

  it('finds an unbounded text, list and record (the walk itself can fail)', () => {
    const loose = z.object({ note: z.string(), tags: z.array(z.string().max(5)), notes: z.record(z.string().max(5), z.string().max(5)) });
    expect(unbounded(z.toJSONSchema(loose) as JsonSchemaNode, 'x')).toEqual(['x.note (text)', 'x.tags (list)', 'x.notes (record)']);
  });

  it('refuses more audit entries than the limit', () => {
    const audit = Object.fromEntries(Array.from({ length: 501 }, (_, index) => [`item-${index}`, { status: 'pass', note: '' }]));
    expect(planSchema.safeParse({ ...createEmptyPlan({ id: 'p', title: 't', now: new Date(0) }), audit }).success).toBe(false);
  });
});

function savedText(plan: Plan): string | UserError {
  try {
    return serializePlan(plan);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}

describe('one size rule: what is saved opens again', () => {
  it('saves a plan only when the file it writes opens again, and the reopened plan is the same', () => {
    const outcomes = { saved: 0, refused: 0 };
    fc.assert(
      fc.property(largePlanArbitrary, (plan) => {
        const text = savedText(plan);
        if (text instanceof UserError) {
          outcomes.refused += 1;
          expect(text.key).toBe('planFile.tooLargeToSave');
          expect(new TextEncoder().encode(JSON.stringify(plan, null, 2)).length).toBeGreaterThan(MAX_PLAN_FILE_BYTES - 2);
          return;
        }
        outcomes.saved += 1;
        expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_PLAN_FILE_BYTES);
        expect(parsePlanFile(text)).toEqual(plan);
      }),
      { numRuns: 30, seed: 20261130 },
    );
    // Both sides of the limit were tried, or the property says nothing.
    expect(outcomes.saved).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 60_000);

  it('imports a compact file only into a plan whose own saved file (and JSON export) imports again', () => {
    fc.assert(
      fc.property(largePlanArbitrary, (plan) => {
        let imported: Plan;
        try {
          imported = parsePlanFile(JSON.stringify(plan));
        } catch {
          return;
        }
        const text = savedText(imported);
        if (text instanceof UserError) return;
        expect(parsePlanFile(text)).toEqual(imported);
      }),
      { numRuns: 20, seed: 11 },
    );
  }, 60_000);

  it('refuses the two plans of the report: 500 log entries of 2,000 characters, and a 4.9 MB compact file', () => {
    const base = createEmptyPlan({ id: 'log', title: 'Log', now: new Date(0) });
    const longLog = planSchema.parse({
      ...base,
      decisionLog: Array.from({ length: 500 }, (_, index) => ({ id: `d${index}`, date: '2026-01-01', decision: '\u0001'.repeat(2_000) })),
    });
    expect((savedText(longLog) as UserError).key).toBe('planFile.tooLargeToSave');

    const compact = planSchema.parse({
      ...base,
      goals: Array.from({ length: 100 }, () => 'x'.repeat(1_000)),
      decisionLog: Array.from({ length: 500 }, (_, index) => ({ id: `d${index}`, date: '2026-01-01', decision: '中'.repeat(2_000), by: 'a' })),
      risks: Array.from({ length: 200 }, (_, index) => ({ id: `r${index}`, description: '中'.repeat(2_000), mitigation: 'x'.repeat(2_000) })),
    });
    const compactText = JSON.stringify(compact);
    expect(new TextEncoder().encode(compactText).length).toBeLessThanOrEqual(MAX_PLAN_FILE_BYTES);
    const saved = savedText(parsePlanFile(compactText));
    if (!(saved instanceof UserError)) expect(parsePlanFile(saved)).toEqual(compact);
    else expect(saved.i18n).toMatchObject({ key: 'planFile.tooLargeToSave', params: { file: 'Log', limit: '5.0 MB' } });
  });
});
