import { readFileSync } from 'node:fs';
import { readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../shared/plan/plan-file';
import { FULL_PLAN_PATH } from '../../tests/fixtures/plans/full-plan';
import { cliOnScratchFolder } from './cli-test-support';

const PLAN = FULL_PLAN_PATH;
const { dataDir: scratch, run } = await cliOnScratchFolder('kube-planner-cli-export-');

describe('runCli export', () => {
  it('writes the Markdown document in Chinese into --out, with --lang zh accepted for zh-CN', async () => {
    const out = join(scratch, 'md');
    const { code, stdout } = await run(['export', PLAN, '--format', 'md', '--lang', 'zh', '--out', out]);
    expect(code).toBe(0);
    const [file] = await readdir(out);
    expect(file).toBe('payments-platform-支付平台-kubernetes-rollout.zh-CN.md');
    expect(stdout).toBe(`已写入 ${join(out, file!)}\n`);
    expect(await readFile(join(out, file!), 'utf8')).toContain('## 发行版决策');
  });

  it('writes a plan file that imports back to the same plan', async () => {
    const out = join(scratch, 'json');
    expect((await run(['export', PLAN, '--format', 'json', '--out', out])).code).toBe(0);
    const exported = await readFile(join(out, 'payments-platform-支付平台-kubernetes-rollout.kplan.json'), 'utf8');
    expect(parsePlanFile(exported)).toEqual(parsePlanFile(readFileSync(PLAN, 'utf8')));
  });

  it('writes one YAML file per reader (not a zip) and prints every note, translated', async () => {
    const out = join(scratch, 'yaml');
    const base = 'payments-platform-支付平台-kubernetes-rollout';
    const { code, stdout } = await run(['export', PLAN, '--format', 'yaml', '--cluster', 'both', '--out', out]);
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([`${base}.k8s.yaml`, `${base}.kind.yaml`, `${base}.kubeadm.yaml`]);
    expect(stdout).toContain('Notes on the manifests');
    expect(stdout).toContain('- Install Calico, the plan’s network plugin');
    const kind = await readFile(join(out, `${base}.kind.yaml`), 'utf8');
    expect(kind).toContain('# - Install Calico, the plan\'s network plugin');
    const zh = await run(['export', PLAN, '--format', 'yaml', '--cluster', 'none', '--lang', 'zh', '--out', join(scratch, 'yaml-zh')]);
    expect(await readdir(join(scratch, 'yaml-zh'))).toEqual([`${base}.k8s.yaml`]);
    expect(zh.stdout).toContain('用于生产之前');
  });

  it('writes the kind config by default and refuses an unknown --cluster', async () => {
    const out = join(scratch, 'yaml-default');
    expect((await run(['export', PLAN, '--format', 'yaml', '--out', out])).code).toBe(0);
    expect((await readdir(out)).map((file) => file.split('.').slice(1).join('.')).sort()).toEqual(['k8s.yaml', 'kind.yaml']);
    const { code, stderr } = await run(['export', PLAN, '--format', 'yaml', '--cluster', 'k3s', '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('use kind|kubeadm|both|none');
  });

  it('refuses an unknown format, naming the ones it knows', async () => {
    const { code, stderr } = await run(['export', PLAN, '--format', 'docx', '--out', scratch]);
    expect(code).toBe(2);
    expect(stderr).toContain('Invalid value "docx" for --format; use md|html|pdf|json|yaml.');
  });

  it('names the file and the problem when the plan file is broken', async () => {
    const broken = join(scratch, 'broken.kplan.json');
    await writeFile(broken, '{"schemaVersion": 2, "title": ');
    const { code, stderr } = await run(['export', broken, '--out', scratch]);
    expect(code).toBe(1);
    expect(stderr).toContain('broken.kplan.json');
    expect(stderr).toMatch(/cut off/u);
  });

  it('reads the plan as the workspace does: an oversized file refused by its size, a missing one named', async () => {
    const huge = join(scratch, 'huge.kplan.json');
    await writeFile(huge, '');
    await truncate(huge, 6 * 1024 * 1024);
    const refused = JSON.parse((await run(['export', huge, '--out', scratch, '--json'])).stdout);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-file', i18n: { params: { size: '6.0 MB', limit: '5.0 MB' } } } });
    const missing = await run(['export', join(scratch, 'nope.kplan.json'), '--out', scratch]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error \(io-failure\): .*nope\.kplan\.json/u);
  });

  it('says which argument is missing', async () => {
    const { code, stderr } = await run(['export']);
    expect(code).toBe(2);
    expect(stderr).toContain('Missing argument: PLAN.');
  });
});
