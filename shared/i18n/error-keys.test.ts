import { describe, expect, it } from 'vitest';
import { errorKeys } from './error-keys';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('errorKeys', () => {
  it('are exactly the keys of the errors namespace, in both languages', () => {
    const listed = [...errorKeys].sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(keysOf(resources.en.errors).sort()).toEqual(listed);
    expect(keysOf(resources['zh-CN'].errors).sort()).toEqual(listed);
  });
});
