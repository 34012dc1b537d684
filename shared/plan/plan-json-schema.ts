import { z } from 'zod';
import { PLAN_SCHEMA_VERSION, planSchema } from './plan-schema';

/**
 * The JSON Schema (draft 2020-12) of a `.kplan.json` file, generated from the zod schema the app
 * itself validates with, so the two cannot drift. It describes the input side: a field with a
 * default may be left out, as the app fills it in on open. Editors use it through the file's
 * `$schema` key, which the app keeps as written.
 */
export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    title: `Kube Planner plan, version ${PLAN_SCHEMA_VERSION} (.kplan.json)`,
    description: 'A deployment plan written by Kube Planner. Older versions are migrated when the app opens them.',
  };
}

/** The schema as the CLI prints it and as assets/kplan.schema.json holds it. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
