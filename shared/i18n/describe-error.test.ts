import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { IpcError } from '../ipc/result';
import { createI18n } from './create-i18n';
import { describeError } from './describe-error';

let chinese: I18n;
beforeAll(async () => {
  chinese = await createI18n('zh-CN');
});

const refused = {
  code: 'invalid-request' as const,
  message: 'Kube Planner opens only https links to known sites, and http://example.com/ is not one.',
  i18n: { key: 'openExternal.refused', params: { url: 'http://example.com/' } },
};

describe('describeError', () => {
  it('says a described error in the UI language, with its specifics', () => {
    expect(describeError(refused, chinese.t)).toBe('Kube Planner 只打开指向已知网站的 https 链接，http://example.com/ 不在此列。');
    expect(describeError(new IpcError(refused), chinese.getFixedT('zh-CN', 'catalogue'))).toContain('http://example.com/ 不在此列');
  });

  it('nests the translation of what a landscape file should have had', () => {
    const error = {
      code: 'invalid-file' as const,
      message: 'x.yml: Not a CNCF landscape file: at landscape, expected a list of categories (line 1).',
      i18n: { key: 'landscape.notLandscapeAt', params: { file: 'x.yml', path: 'landscape', problem: 'categories', line: 1 } },
    };
    expect(describeError(error, chinese.t)).toBe('x.yml：不是 CNCF landscape 文件：landscape 处（第 1 行）应为分类列表。');
  });

  it('falls back to the English message for an unknown key or an error without one', () => {
    expect(describeError({ ...refused, i18n: { key: 'from.a.newer.build', params: {} } }, chinese.t)).toBe(refused.message);
    expect(describeError(new Error('disk gone'), chinese.t)).toBe('disk gone');
  });
});
