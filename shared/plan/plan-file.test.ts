import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributionTypeIdSchema } from '../choices/choice-plan-sections';
import { periodConventionSchema } from '../sla/downtime-budget';
import { MAX_PLAN_FILE_BYTES, MAX_PLAN_NESTING, type PlanFileProblem, parsePlanFile, serializePlan } from './plan-file';
import { englishErrorMessage } from '../i18n/english-errors';
import { UserError } from '../user-error';
import { PLAN_SCHEMA_VERSION, type Plan, auditStatusSchema, createEmptyPlan, planSchema, riskStatusSchema } from './plan-schema';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'];

const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
// JSON has no negative zero: -0 comes back as 0, which is the same number to every reader of the plan.
const number = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((value) => value + 0);
const isoInstant = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const isoDay = isoInstant.map((instant) => instant.slice(0, 10));
const safeKey = fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !HOSTILE_KEYS.includes(key));
const ids = fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 5 });

const budgetSeconds = fc.record({
  day: number(0, 86_400),
  week: number(0, 604_800),
  month: number(0, 3e6),
  quarter: number(0, 8e6),
  year: number(0, 3.2e7),
});

/** Any plan the schema accepts, foreign sections included or left empty. */
const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    schemaVersion: fc.constant(PLAN_SCHEMA_VERSION),
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/),
    createdAt: isoInstant,
    updatedAt: isoInstant,
    title: text(200),
    team: text(200),
    context: text(500),
    goals: fc.array(text(100), { maxLength: 5 }),
    distribution: fc.record({
      context: text(200),
      consideredEntryIds: ids,
      chosenEntryIds: ids,
      rationale: text(200),
      consequences: text(200),
    }),
    caasPaas: fc.option(
      fc.record({
        answers: fc.dictionary(safeKey, text(30)),
        weights: fc.dictionary(safeKey, number(0, 5)),
        ranking: fc.array(fc.record({ type: fc.constantFrom(...distributionTypeIdSchema.options), score: number(0, 100) })),
        rationale: text(100),
      }),
    ),
    sdn: fc.constant(null),
    storage: fc.constant(null),
    sla: fc.option(
      fc.record({ targetPercent: number(0, 100), convention: fc.constantFrom(...periodConventionSchema.options), budgetSeconds }),
    ),
    topology: fc.constant(null),
    observability: fc.record({
      monitoringOptionIds: ids,
      monitoring: text(200),
      loggingOptionIds: ids,
      logging: text(200),
    }),
    security: fc.record({ namespaces: text(100), secrets: text(100), rbac: text(100), networkPolicy: text(100) }),
    audit: fc.dictionary(safeKey, fc.record({ status: fc.constantFrom(...auditStatusSchema.options), note: text(100) })),
    risks: fc.array(
      fc.record({
        id: fc.string({ maxLength: 20 }),
        description: text(100),
        mitigation: text(100),
        owner: text(50),
        status: fc.constantFrom(...riskStatusSchema.options),
      }),
      { maxLength: 4 },
    ),
    decisionLog: fc.array(fc.record({ id: fc.string({ maxLength: 20 }), date: isoDay, decision: text(100), by: text(50) }), { maxLength: 4 }),
  })
  .map((candidate) => planSchema.parse(candidate));

function problemOf(task: () => unknown): { problem: PlanFileProblem; message: string; params: Record<string, unknown> } {
  try {
    task();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const planError = error as UserError;
    expect(planError.key).toMatch(/^planFile\./u);
    return { problem: planError.key.slice('planFile.'.length) as PlanFileProblem, message: englishErrorMessage(planError), params: planError.params };
  }
  throw new Error('expected parsePlanFile to refuse the text');
}

const validPlan = createEmptyPlan({ id: 'plan-1', title: 'Checkout', now: new Date('2026-01-02T03:04:05.000Z') });
const validText = serializePlan(validPlan);

describe('serializePlan and parsePlanFile', () => {
  it('give back an equal plan for any plan (plan → JSON → plan)', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(parsePlanFile(serializePlan(plan))).toEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('serialize to the same text twice, so an unchanged plan writes an unchanged file', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(serializePlan(parsePlanFile(serializePlan(plan)))).toBe(serializePlan(plan));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a $schema key as written, first in the file, so an editor keeps validating it', () => {
    const withSchema = { $schema: './assets/kplan.schema.json', ...validPlan };
    const saved = serializePlan(parsePlanFile(JSON.stringify(withSchema)));
    expect(saved.startsWith('{\n  "$schema": "./assets/kplan.schema.json",\n')).toBe(true);
    expect(parsePlanFile(saved)).toEqual(withSchema);
    expect(serializePlan(validPlan)).not.toContain('$schema');
  });

  it('refuses to serialize a plan the schema rejects', () => {
    expect(() => serializePlan({ ...validPlan, id: '../escape' })).toThrow();
  });
});

describe('parsePlanFile on bad input', () => {
  it('names the file in every message', () => {
    expect(problemOf(() => parsePlanFile('', 'team.kplan.json')).message).toBe('team.kplan.json: The plan file is empty.');
  });

  it('refuses a corrupted file as not JSON, with the parser’s reason', () => {
    const { problem, params } = problemOf(() => parsePlanFile(validText.replace('"title"', 'title')));
    expect(problem).toBe('notJson');
    expect(String(params.reason)).not.toBe('');
  });

  it('recognizes a truncated file, wherever it was cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: validText.trimEnd().length - 1 }), (length) => {
        expect(problemOf(() => parsePlanFile(validText.slice(0, length))).problem).toBe('truncated');
      }),
    );
  });

  it('refuses a plan from a newer app clearly, with both versions', () => {
    const newer = JSON.stringify({ ...validPlan, schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    const { problem, message } = problemOf(() => parsePlanFile(newer, 'new.kplan.json'));
    expect(problem).toBe('newerVersion');
    expect(message).toContain(`plan version ${PLAN_SCHEMA_VERSION + 1}`);
    expect(message).toContain(`up to version ${PLAN_SCHEMA_VERSION}`);
  });

  it('refuses JSON that is not a plan at all', () => {
    for (const json of ['[]', '42', '{"hello":"world"}', 'null']) {
      expect(problemOf(() => parsePlanFile(json)).problem).toBe('notAPlan');
    }
  });

  it('refuses a file over the size cap before parsing it, with its size', () => {
    const padded = validText.replace('"team": ""', `"team": "${'x'.repeat(MAX_PLAN_FILE_BYTES)}"`);
    const { problem, params } = problemOf(() => parsePlanFile(padded));
    expect(problem).toBe('tooLarge');
    expect(params).toMatchObject({ size: '5.0 MB', limit: '5.0 MB' });
  });

  it('counts the cap in UTF-8 bytes, so three-byte Chinese text reaches it at a third of the characters', () => {
    const chinese = `"${'网'.repeat(Math.floor(MAX_PLAN_FILE_BYTES / 3) + 1)}"`;
    expect(chinese.length).toBeLessThan(MAX_PLAN_FILE_BYTES);
    expect(problemOf(() => parsePlanFile(chinese)).problem).toBe('tooLarge');
  });

  it.each(HOSTILE_KEYS)('refuses a %s key anywhere in the file, naming where', (key) => {
    const nested = `{"schemaVersion":2,"audit":{"a":{"status":"pass","${key}":{"polluted":true}}}}`;
    const { problem, params } = problemOf(() => parsePlanFile(nested));
    expect(problem).toBe('hostileKey');
    expect(params.path).toBe(`audit.a.${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting before parsing it', () => {
    const deep = `${'['.repeat(MAX_PLAN_NESTING + 1)}${']'.repeat(MAX_PLAN_NESTING + 1)}`;
    expect(problemOf(() => parsePlanFile(deep)).problem).toBe('tooDeep');
    const veryDeep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(problemOf(() => parsePlanFile(veryDeep)).params).toMatchObject({ depth: 100_000, limit: MAX_PLAN_NESTING });
  });

  it('names the field of a plan with a wrong value', () => {
    const wrong = JSON.stringify({ ...validPlan, goals: 'not a list' });
    const { problem, params } = problemOf(() => parsePlanFile(wrong));
    expect(problem).toBe('wrongShape');
    expect(params.field).toBe('goals');
  });

  it('does not count brackets inside strings as nesting', () => {
    const plan = { ...validPlan, context: '['.repeat(500) };
    expect(parsePlanFile(serializePlan(plan)).context).toBe(plan.context);
  });
});
