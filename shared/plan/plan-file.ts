import type { ErrorKey } from '../i18n/error-keys';
import { type ErrorParams, UserError } from '../user-error';
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

/**
 * Why a text is not a plan the app can open, naming the file: `planFile.<problem>`. A plan too large
 * to save is `file-too-large`, any other problem makes the file `invalid-file`.
 */
export function planFileError(problem: PlanFileProblem, fileName: string, params: ErrorParams = {}): UserError {
  return new UserError(problem === 'tooLargeToSave' ? 'file-too-large' : 'invalid-file', `planFile.${problem}`, { ...params, file: fileName });
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
export function planFileTooLarge(fileName: string, bytes: number): UserError {
  return planFileError('tooLarge', fileName, { size: megabytes(bytes), limit: megabytes(MAX_PLAN_FILE_BYTES) });
}

/**
 * Reads a `.kplan.json` text into a current-version plan, migrating older versions. Throws a
 * {@link planFileError} naming the problem; it never returns a partial plan.
 */
export function parsePlanFile(text: string, fileName = 'plan.kplan.json'): Plan {
  const fail = (problem: PlanFileProblem, params?: ErrorParams) => planFileError(problem, fileName, params);
  const bytes = utf8Bytes(text);
  if (bytes > MAX_PLAN_FILE_BYTES) throw planFileTooLarge(fileName, bytes);
  if (text.trim() === '') throw fail('empty');
  const { maxDepth, endsOpen } = scanStructure(text);
  if (maxDepth > MAX_PLAN_NESTING) {
    throw fail('tooDeep', { depth: maxDepth, limit: MAX_PLAN_NESTING });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (endsOpen) throw fail('truncated');
    throw fail('notJson', { reason: (error as Error).message });
  }
  const hostileKey = findHostileKey(json);
  if (hostileKey !== undefined) {
    throw fail('hostileKey', { path: hostileKey });
  }
  const version = readPlanVersion(json);
  if (version === undefined) throw fail('notAPlan');
  if (version > PLAN_SCHEMA_VERSION) {
    throw fail('newerVersion', { version, supported: PLAN_SCHEMA_VERSION });
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

function wrongShape(error: unknown, version: number, fileName: string): UserError {
  const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  const reason = issue?.message ?? (error as Error).message;
  return planFileError('wrongShape', fileName, { version, field, reason });
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
    throw planFileError('tooLargeToSave', plan.title || plan.id, { size: megabytes(bytes), limit: megabytes(MAX_PLAN_FILE_BYTES) });
  }
  return text;
}
