import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FULL_PLAN_PATH } from '../../tests/fixtures/plans/full-plan';
import { serializePlan } from './plan-file';
import { planJsonSchema, planJsonSchemaText } from './plan-json-schema';
import { createEmptyPlan } from './plan-schema';

/** The published copy beside the sources, for editors that fetch a schema from a path. */
const PUBLISHED_SCHEMA = join(import.meta.dirname, '..', '..', 'assets', 'kplan.schema.json');

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(planJsonSchema());

describe('the JSON Schema of a .kplan.json file', () => {
  it('accepts the fixture plan as it is stored, and a new plan as the app saves it', async () => {
    const fixture = JSON.parse(await readFile(FULL_PLAN_PATH, 'utf8'));
    expect(validate(fixture), ajv.errorsText(validate.errors)).toBe(true);
    const saved = JSON.parse(serializePlan(createEmptyPlan({ id: 'new', title: 'New', now: new Date('2026-01-01T00:00:00Z') })));
    expect(validate(saved), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('refuses what the app refuses: a wrong type, an unknown status, a malformed date, a missing title', async () => {
    const fixture = JSON.parse(await readFile(FULL_PLAN_PATH, 'utf8'));
    const broken = [
      { ...fixture, title: 42 },
      { ...fixture, approval: { ...fixture.approval, status: 'signed' } },
      { ...fixture, createdAt: '1 March 2026' },
      { ...fixture, backup: { ...fixture.backup, rpoMinutes: -5 } },
      (({ title: _title, ...rest }) => rest)(fixture),
    ];
    for (const plan of broken) expect(validate(plan)).toBe(false);
  });

  it('is published as generated: assets/kplan.schema.json matches the zod schema', async () => {
    // After a change to the plan schema: npm run -s cli -- plan schema > assets/kplan.schema.json
    expect(await readFile(PUBLISHED_SCHEMA, 'utf8')).toBe(planJsonSchemaText());
  });
});
