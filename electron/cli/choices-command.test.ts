import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import { sdnDataSchema } from '../../shared/choices/tradeoff-schema';
import { cliOnScratchFolder } from './cli-test-support';

const { dataDir, run } = await cliOnScratchFolder('kube-planner-choices-');

type JsonRanking = {
  ok: boolean;
  ranking: { optionId: string; score: number; standing: string; unmet: { requirementId: string; fact: string | null; sources: unknown[] }[] }[];
};
async function ranking(args: string[]): Promise<JsonRanking> {
  const { code, stdout, stderr } = await run([...args, '--json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as JsonRanking;
}
const ids = (result: JsonRanking) => result.ranking.map((entry) => entry.optionId);

describe('runCli choices', () => {
  it('ranks the network plugins as the page does with the default weights', async () => {
    const result = await ranking(['choices', 'sdn']);
    expect(ids(result)).toEqual(['calico', 'cilium', 'antrea', 'flannel', 'canal', 'weave-net']);
    expect(result.ranking.map((entry) => Math.round(entry.score))).toEqual([87, 80, 80, 71, 68, 49]);
  });

  it('with network policy required, ranks no plugin without it above one that has it, naming the fact and its source', async () => {
    const sdn = sdnDataSchema.parse(networkPluginsJson);
    const hasPolicy = (id: string) => (sdn.options.find((option) => option.id === id)!.ratings['network-policy'].rating ?? 0) > 0;
    const result = await ranking(['choices', 'sdn', '--require', 'network-policy', '--weight', 'network-policy=0', '--weight', 'simplicity=5']);
    expect(ids(result)).toEqual(['calico', 'cilium', 'antrea', 'canal', 'weave-net', 'flannel']);
    const flags = ids(result).map(hasPolicy);
    expect(flags.slice(flags.indexOf(false))).not.toContain(true);
    const flannel = result.ranking.at(-1)!;
    expect(flannel.standing).toBe('fails');
    expect(flannel.unmet).toEqual([
      expect.objectContaining({ requirementId: 'tenant-isolation', fact: expect.stringMatching(/^flannel does networking only/u), sources: [expect.objectContaining({ url: 'https://github.com/flannel-io/flannel' })] }),
    ]);
    // The page's own requirement ids work as well as the criteria's, and several at once.
    const both = await ranking(['choices', 'sdn', '--require', 'tenant-isolation,encryption']);
    expect(ids(both).slice(-2)).toEqual(['canal', 'flannel']);
    expect(both.ranking.map((entry) => entry.standing).slice(-2)).toEqual(['unknown', 'fails']);
  });

  it('with object storage the only need, ranks MinIO above every block-only option on every infrastructure', async () => {
    for (const infra of ['aws', 'gcp', 'azure', 'on-prem']) {
      const result = await ranking(['choices', 'storage', '--infra', infra, '--need', 'object']);
      expect(ids(result)[0]).toBe('minio');
      expect(result.ranking.slice(1).every((entry) => entry.standing === 'fails')).toBe(true);
    }
    const onPremises = await ranking(['choices', 'storage', '--infra', 'on-prem', '--need', 'object']);
    expect(ids(onPremises)).toEqual(['minio', 'ceph-rbd-rook', 'portworx', 'longhorn', 'cephfs-rook', 'nfs', 'glusterfs']);
  });

  it('takes needs by workload and adds repeated --need options up', async () => {
    const byKind = await ranking(['choices', 'storage', '--infra', 'on-prem', '--need', 'block', '--need', 'file']);
    const byWorkload = await ranking(['choices', 'storage', '--infra', 'on-prem', '--need', 'stateful-databases=block,legacy-shared-files=file']);
    expect(ids(byKind)).toEqual(ids(byWorkload));
    expect(ids(byKind).slice(0, 2).sort()).toEqual(['longhorn', 'portworx']);
  });

  it('ranks the distribution types from an answers file, with its must-haves as constraints', async () => {
    const file = join(dataDir, 'answers.json');
    await writeFile(file, JSON.stringify({ answers: { 'kubernetes-skills': 'strong', 'enterprise-support': 'required' }, weights: { 'enterprise-support': 0 }, mustHaves: ['enterprise-support'] }));
    const result = await ranking(['choices', 'caas-paas', '--answers', file]);
    expect(ids(result)).toEqual(['vendor', 'vendor-value-add', 'application-platform', 'community']);
    expect(result.ranking.at(-1)).toMatchObject({ standing: 'fails', score: 100 });
    await writeFile(file, JSON.stringify({ operator: 'own-platform-team' }));
    const bare = await ranking(['choices', 'caas-paas', '--answers', file]);
    expect(bare.ranking.map((entry) => [entry.optionId, entry.score])).toEqual([
      ['community', 100],
      ['vendor', 80],
      ['vendor-value-add', 60],
      ['application-platform', 40],
    ]);
  });

  it('prints a table with the failing options apart, in either language', async () => {
    const { code, stdout } = await run(['choices', 'sdn', '--require', 'network-policy']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Doesn’t meet what you require:\n6\tflannel\t71\t\n {4}Doesn’t meet: isolation between tenants \(network policy\) — flannel does networking only/u);
    const zh = await run(['choices', 'sdn', '--require', 'network-policy', '--lang', 'zh']);
    expect(zh.stdout).toContain('不满足你的需求：');
  });

  it('ranks real distributions certified for v1.34 or newer, on bare metal, air-gapped, with Calico: none failing above one meeting all', async () => {
    const result = await ranking(['choices', 'distribution', '--since', 'v1.34', '--target', 'bare-metal', '--sdn', 'calico', '--require', 'air-gap']);
    const standings = result.ranking.map((entry) => entry.standing);
    expect(standings[0]).toBe('meets-all');
    expect(standings.slice(standings.indexOf('fails'))).not.toContain('meets-all');
    expect(standings.slice(standings.indexOf('unknown'))).not.toContain('meets-all');
    expect(result.ranking.length).toBeGreaterThanOrEqual(30);
    const failing = result.ranking.find((entry) => entry.standing === 'fails');
    if (failing) expect(failing.unmet[0]!.sources).not.toEqual([]);
    expect(await run(['choices', 'distribution', '--target', 'mars'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid value "mars" for --target') });
    const zh = await run(['choices', 'distribution', '--since', 'v1.34', '--require', 'air-gap', '--lang', 'zh']);
    expect(zh.stdout).toContain('已通过 v1.34 或更新版本的认证');
  });

  it('names what is wrong: an unknown decision, requirement, infrastructure, weight or answers file', async () => {
    expect(await run(['choices', 'ingress'])).toMatchObject({ code: 2, stderr: expect.stringContaining('choices sdn [--require') });
    expect(await run(['choices', 'sdn', '--require', 'quantum'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid value "quantum" for --require') });
    expect(await run(['choices', 'storage', '--infra', 'mars'])).toMatchObject({ code: 2, stderr: expect.stringContaining('use aws|gcp|azure|on-prem') });
    expect(await run(['choices', 'storage', '--need', 'tape'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Invalid value "tape" for --need') });
    expect(await run(['choices', 'sdn', '--weight', 'encryption'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--weight') });
    const bad = await run(['choices', 'sdn', '--weight', 'encryption=9', '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, problem: { code: 'invalid-weight', criterionId: 'encryption' } });
    const file = join(dataDir, 'broken.json');
    await writeFile(file, '{ nope');
    expect(await run(['choices', 'caas-paas', '--answers', file])).toMatchObject({ code: 2, stderr: expect.stringContaining('is not JSON') });
    expect(await run(['choices', 'caas-paas', '--answers', join(dataDir, 'missing.json')])).toMatchObject({ code: 1 });
    expect(await run(['choices', 'caas-paas'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Answer at least one question') });
  });
});
