import { describe, expect, it } from 'vitest';
import { activeColumnPreset, columnsForPreset } from './column-presets';

const all = ['star', 'name', 'organization', 'distributionType', 'status', 'sources', 'maturity', 'seedSection', 'distributionKind', 'professionalService', 'devopsStage', 'tags'];

describe('column presets', () => {
  it('show a preset’s columns first and in its order, the star column pinned, the rest hidden after them', () => {
    const { order, visibility } = columnsForPreset('compareDistributions', all);
    expect(order.slice(0, 8)).toEqual(['star', 'name', 'organization', 'distributionType', 'distributionKind', 'professionalService', 'status', 'sources']);
    expect(order).toHaveLength(all.length);
    expect(all.filter((id) => visibility[id])).toEqual(['star', 'name', 'organization', 'distributionType', 'status', 'sources', 'distributionKind', 'professionalService']);
    expect(visibility['tags']).toBe(false);
  });

  it('"Everything" shows every column in the order the user has', () => {
    const moved = ['star', 'tags', ...all.slice(1, -1)];
    const { order, visibility } = columnsForPreset('everything', moved);
    expect(order).toEqual(moved);
    expect(Object.values(visibility).every(Boolean)).toBe(true);
  });

  it('names the preset the visible columns match, and none once the user changes them', () => {
    const { order, visibility } = columnsForPreset('statusCheck', all);
    const visible = order.filter((id) => visibility[id]);
    expect(activeColumnPreset(visible, all)).toBe('statusCheck');
    expect(activeColumnPreset(visible.slice(0, -1), all)).toBeUndefined();
    expect(activeColumnPreset(all, all)).toBe('everything');
  });
});
