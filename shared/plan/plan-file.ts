import type { ErrorParams } from '../ipc/result';
import type { ErrorKey } from '../i18n/error-keys';
import { migratePlanDocument, readPlanVersion } from './plan-migrations';
import { PLAN_SCHEMA_VERSION, type Plan, planSchema } from './plan-schema';

/** A plan file is a few hundred kilobytes at most; anything far larger is not a plan worth parsing. */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;
/** A plan nests about six levels deep; the cap keeps hostile nesting away from the recursive checks. */
export const MAX_PLAN_NESTING = 64;
/** Keys that, copied into an object, would reach its prototype. JSON.parse keeps them as plain data, but later spreads and merges might not. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const PLAN_FILE_EXTENSION = '.kplan.json';

/** What is wrong with a plan file; each is a key `planFile.<problem>` of the `errors` namespace. */
export type PlanFileProblem = ErrorKey extends infer Key ? (Key extends `planFile.${infer Problem}` ? Problem : never) : never;

/** Why a text is not a plan the app can open, naming the file; `i18n` says it in the user's language. */
export class PlanFileError extends Error {
  readonly problem: PlanFileProblem;
  readonly i18n: { key: ErrorKey; params: ErrorParams };

  constructor(problem: PlanFileProblem, fileName: string, message: string, params: ErrorParams = {}) {
    super(`${fileName}: ${message}`);
    this.name = 'PlanFileError';
    this.problem = problem;
    this.i18n = { key: `planFile.${problem}`, params: { ...params, file: fileName } };
  }
}

/** UTF-8 length without encoding (the shared code has no TextEncoder type): 1–3 bytes a UTF-16 unit. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/**
 * One pass over the raw text, before JSON.parse: how deep it nests and whether it stops inside a
 * string or an open bracket, which is what a file cut off by a crash or a partial copy looks like.
 */
function scanStructure(text: string): { maxDepth: number; endsOpen: boolean } {
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') maxDepth = Math.max(maxDepth, ++depth);
    else if (char === '}' || char === ']') depth -= 1;
  }
  return { maxDepth, endsOpen: inString || depth > 0 };
}

/** The first prototype-reaching key, with its path, or undefined. Depth is already capped. */
function findHostileKey(root: unknown): string | undefined {
  const pending: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (!Array.isArray(value) && HOSTILE_KEYS.has(key)) return childPath;
      pending.push({ value: (value as Record<string, unknown>)[key], path: childPath });
    }
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file over the cap, with its size; main refuses one with it before reading it from disk. */
export function planFileTooLarge(fileName: string, bytes: number): PlanFileError {
  const [size, limit] = [megabytes(bytes), megabytes(MAX_PLAN_FILE_BYTES)];
  return new PlanFileError('tooLarge', fileName, `The plan file is ${size}; the largest plan Kube Planner opens is ${limit}.`, { size, limit });
}

/**
 * Reads a `.kplan.json` text into a current-version plan, migrating older versions. Throws a
 * PlanFileError naming the problem; it never returns a partial plan.
 */
export function parsePlanFile(text: string, fileName = 'plan.kplan.json'): Plan {
  const fail = (problem: PlanFileProblem, message: string, params?: ErrorParams) => new PlanFileError(problem, fileName, message, params);
  const bytes = utf8Bytes(text);
  if (bytes > MAX_PLAN_FILE_BYTES) throw planFileTooLarge(fileName, bytes);
  if (text.trim() === '') throw fail('empty', 'The plan file is empty.');
  const { maxDepth, endsOpen } = scanStructure(text);
  if (maxDepth > MAX_PLAN_NESTING) {
    throw fail('tooDeep', `The plan file nests ${maxDepth} levels deep; a plan never nests more than ${MAX_PLAN_NESTING}.`, {
      depth: maxDepth,
      limit: MAX_PLAN_NESTING,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (endsOpen) throw fail('truncated', 'The plan file ends too early: it looks cut off, perhaps by an interrupted save or copy.');
    const reason = (error as Error).message;
    throw fail('notJson', `The plan file is not valid JSON: ${reason}`, { reason });
  }
  const hostileKey = findHostileKey(json);
  if (hostileKey !== undefined) {
    throw fail('hostileKey', `The plan file contains the key "${hostileKey}", which no plan has and which could tamper with the app.`, {
      path: hostileKey,
    });
  }
  const version = readPlanVersion(json);
  if (version === undefined) throw fail('notAPlan', 'The file is JSON but not a Kube Planner plan: it has no plan version.');
  if (version > PLAN_SCHEMA_VERSION) {
    throw fail(
      'newerVersion',
      `The plan was saved by a newer Kube Planner (plan version ${version}); this version opens plans up to version ${PLAN_SCHEMA_VERSION}. Update Kube Planner to open it.`,
      { version, supported: PLAN_SCHEMA_VERSION },
    );
  }
  let current: unknown;
  try {
    current = migratePlanDocument(json, version);
  } catch (error) {
    throw wrongShape(error, version, fileName);
  }
  const parsed = planSchema.safeParse(current);
  if (!parsed.success) throw wrongShape(parsed.error, version, fileName);
  return parsed.data;
}

function wrongShape(error: unknown, version: number, fileName: string): PlanFileError {
  const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  const reason = issue?.message ?? (error as Error).message;
  return new PlanFileError('wrongShape', fileName, `The plan file (version ${version}) has a wrong value at ${field}: ${reason}`, {
    version,
    field,
    reason,
  });
}

/**
 * The text of a `.kplan.json` file: the validated plan, indented so a diff of two versions reads
 * well. A text over what parsePlanFile accepts is refused here, where every save, copy and export
 * passes, so nothing is ever written that the app could not open again.
 */
export function serializePlan(plan: Plan): string {
  const text = `${JSON.stringify(planSchema.parse(plan), null, 2)}\n`;
  const bytes = utf8Bytes(text);
  if (bytes > MAX_PLAN_FILE_BYTES) {
    const [size, limit] = [megabytes(bytes), megabytes(MAX_PLAN_FILE_BYTES)];
    throw new PlanFileError('tooLargeToSave', plan.title || plan.id, `Saved, the plan would be ${size}, and the largest plan Kube Planner opens is ${limit}, so it was not saved. Shorten the longest texts or remove entries.`, {
      size,
      limit,
    });
  }
  return text;
}
