import { describe, expect, it } from 'vitest';
import landscapeTagsJson from '../../data/catalogue/landscape-tags.json' with { type: 'json' };
import { pathKey } from './landscape-fold';
import { landscapeTagsFileSchema, tagsForLandscapePath } from './landscape-tags';

describe('tagsForLandscapePath', () => {
  it('maps subcategories deliberately, whatever their punctuation', () => {
    expect(tagsForLandscapePath({ category: 'Platform', subcategory: 'Certified Kubernetes - Hosted' })).toEqual([
      'managed-service',
    ]);
    expect(tagsForLandscapePath({ category: 'Runtime', subcategory: 'Cloud-Native Storage' })).toEqual(['storage']);
    expect(
      tagsForLandscapePath({ category: 'AI Native Infra', subcategory: 'Governance, Policy & Security' }),
    ).toEqual(['security']);
    expect(tagsForLandscapePath({ category: 'CNCF Members', subcategory: 'Silver' })).toEqual([]);
  });

  it('tags anything under Serverless as serverless, and knows nothing else it was not told', () => {
    expect(tagsForLandscapePath({ category: 'Serverless', subcategory: 'Platform' })).toEqual(['serverless']);
    expect(tagsForLandscapePath({ category: 'Cloud', subcategory: 'Public' })).toBeUndefined();
  });

  it('lists every subcategory of the data file once, however it is punctuated', () => {
    const { subcategories } = landscapeTagsFileSchema.parse(landscapeTagsJson);
    const keys = subcategories.map((row) => pathKey(row));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});
