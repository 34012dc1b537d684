import { describe, expect, it } from 'vitest';
import { moveColumnBy, moveColumnOnto } from './column-order';

const order = ['star', 'name', 'organization', 'seedSection', 'tags'];

describe('moving columns', () => {
  it('moves a column one place either way', () => {
    expect(moveColumnBy(order, 'organization', -1)).toEqual(['star', 'organization', 'name', 'seedSection', 'tags']);
    expect(moveColumnBy(order, 'organization', 1)).toEqual(['star', 'name', 'seedSection', 'organization', 'tags']);
  });

  it('never moves the pinned star column or anything in front of it', () => {
    expect(moveColumnBy(order, 'name', -1)).toEqual(order);
    expect(moveColumnBy(order, 'star', 1)).toEqual(order);
    expect(moveColumnBy(order, 'tags', 1)).toEqual(order);
  });

  it('drops a dragged column where the target column is', () => {
    expect(moveColumnOnto(order, 'tags', 'name')).toEqual(['star', 'tags', 'name', 'organization', 'seedSection']);
    expect(moveColumnOnto(order, 'name', 'seedSection')).toEqual(['star', 'organization', 'seedSection', 'name', 'tags']);
    expect(moveColumnOnto(order, 'name', 'star')).toEqual(order);
    expect(moveColumnOnto(order, 'unknown', 'name')).toEqual(order);
  });
});
