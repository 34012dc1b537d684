import { z } from 'zod';
import landscapeTagsJson from '../../data/catalogue/landscape-tags.json' with { type: 'json' };
import { parsedOnFirstUse } from '../data-files/parsed-on-first-use';
import { type LandscapePath, pathKey, pathPartKey } from './landscape-fold';
import { type CatalogueTag, catalogueTagSchema } from './schema';

const tagsSchema = z.array(catalogueTagSchema);
/** Why a subcategory has the tags it has, where its name does not say it. */
const noteSchema = z.string().min(1).optional();

/** `data/catalogue/landscape-tags.json`: the catalogue tags of each landscape subcategory, and of whole categories. */
export const landscapeTagsFileSchema = z.object({
  source: z.string().min(1),
  subcategories: z.array(z.object({ category: z.string().min(1), subcategory: z.string().min(1), tags: tagsSchema, note: noteSchema })).min(1),
  categories: z.array(z.object({ category: z.string().min(1), tags: tagsSchema, note: noteSchema })),
});

/** Parsed on the first import, not when a CLI call or the host starts. */
const landscapeTags = parsedOnFirstUse(() => {
  const file = landscapeTagsFileSchema.parse(landscapeTagsJson);
  return {
    byPath: new Map(file.subcategories.map((row) => [pathKey(row), row.tags])),
    byCategory: new Map(file.categories.map((row) => [pathPartKey(row.category), row.tags])),
  };
});

/** Tags for a landscape path; `undefined` when neither the path nor its category is in the mapping. */
export function tagsForLandscapePath(path: LandscapePath): readonly CatalogueTag[] | undefined {
  const { byPath, byCategory } = landscapeTags();
  return byPath.get(pathKey(path)) ?? byCategory.get(pathPartKey(path.category));
}
