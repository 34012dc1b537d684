import type { Plan } from './plan-schema';

/** One field that two versions of a plan disagree on, with each version's value as text. */
export type PlanDifference = { path: string; mine: string; theirs: string };

/** Bookkeeping that differs between any two saves and says nothing about the plan's content. */
const BOOKKEEPING = new Set(['updatedAt', 'revision']);

function leaves(value: unknown, path: string, into: Map<string, string>): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index + 1}]`, into));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, into);
  } else if (value !== null && value !== '' && !BOOKKEEPING.has(path)) into.set(path, String(value));
  return into;
}

/**
 * What differs between the plan in this page and the one saved elsewhere, field by field (lists
 * by position, counted from 1), in the plan's own order: the side-by-side a user reads before
 * choosing which to keep.
 */
export function planDifferences(mine: Plan, theirs: Plan): PlanDifference[] {
  const [own, other] = [leaves(mine, '', new Map()), leaves(theirs, '', new Map())];
  const paths = [...new Set([...own.keys(), ...other.keys()])];
  return paths
    .filter((path) => own.get(path) !== other.get(path))
    .map((path) => ({ path, mine: own.get(path) ?? '', theirs: other.get(path) ?? '' }));
}
