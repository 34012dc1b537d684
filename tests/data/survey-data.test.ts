import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import networkPlugins from '../../data/choices/network-plugins.json';
import storageOptions from '../../data/choices/storage-options.json';
import { type Survey, sdnDataSchema, storageDataSchema } from '../../shared/choices/tradeoff-schema';
import { monitoringSurvey } from '../../shared/plan/plan-checklists';

const storage = storageDataSchema.parse(storageOptions);
const surveys: [string, Survey][] = [
  ['network plugins', sdnDataSchema.parse(networkPlugins).survey],
  ['storage systems', storage.survey],
  ['storage kinds', storage.kindsSurvey],
  ['monitoring tools', monitoringSurvey],
];
const shares = (survey: Survey) => Object.fromEntries(survey.shares.map((share) => [share.id, share.percent]));

describe('the seed’s survey figures', () => {
  it('records the storage kinds: block 66 %, file 46 %, object 29 %', () => {
    expect(shares(storage.kindsSurvey)).toEqual({ block: 66, file: 46, object: 29 });
  });

  it('records the monitoring tools: Prometheus 63 %, Heapster 40 %, cAdvisor 37 %', () => {
    expect(shares(monitoringSurvey)).toEqual({ prometheus: 63, heapster: 40, cadvisor: 37 });
  });
});

const seedDir = resolve(import.meta.dirname, '../../../shared/seeds');
const seedFile = existsSync(seedDir) ? readdirSync(seedDir).find((name) => name.startsWith('000_') && name.endsWith('.txt')) : undefined;

/** "66%" or "66 %", and the seed's "百分之七" for a share under ten. */
function percentPattern(percent: number): RegExp {
  const spelled = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][percent];
  return new RegExp(`(?<!\\d)${percent}\\s*%${spelled === undefined ? '' : `|百分之${spelled}`}`, 'u');
}

describe.skipIf(seedFile === undefined)('survey figures against the seed (needs ../shared/seeds/000_*.txt)', () => {
  const lines = seedFile === undefined ? [] : readFileSync(resolve(seedDir, seedFile), 'utf8').split('\n');

  it.each(surveys)('finds every %s share in the lines it cites', (_name, survey) => {
    if (survey.source.kind !== 'seed') throw new Error('a survey comes from the seed');
    const [from, to] = survey.source.lines;
    const passage = lines.slice(from - 1, to).join('\n');
    for (const share of survey.shares) expect(passage, share.id).toMatch(percentPattern(share.percent));
  });
});
