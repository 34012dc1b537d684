import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { resources } from '../i18n/resources';
import { exportFormatSchema, planExportFormatSchema } from '../ipc/contract';
import { exportFormatIds, exportFormatOfFileName, exportFormats, planExportFormatChoices, planExportFormatIds } from './export-formats';

describe('the export format registry', () => {
  it.each(exportFormatIds)('gives %s a MIME type, an extension no other format claims, a name in both languages and an encoding', (id) => {
    const format = exportFormats[id];
    expect(format.mimeType).toMatch(/^[a-z]+\/[a-z.+-]+(;charset=utf-8)?$/u);
    for (const language of ['en', 'zh-CN'] as const) expect(resources[language].common.fileFormats[id].trim()).not.toBe('');
    expect(format.binary).toBe(!format.mimeType.includes('charset'));
    for (const extension of format.extensions) {
      expect(extension).toMatch(/^[a-z0-9]+$/u);
      expect(exportFormatOfFileName(`plan.${extension}`)).toBe(id);
    }
  });

  it('is what the IPC contract accepts, so a save or an export can’t name a format it lacks', () => {
    expect([...exportFormatSchema.options].sort()).toEqual([...exportFormatIds].sort());
    expect(planExportFormatSchema.options).toEqual(planExportFormatIds);
  });

  it('tells a file’s format by its last extension, in any case, and nothing for one it doesn’t write', () => {
    expect(exportFormatOfFileName('checkout.kplan.json')).toBe('json');
    expect(exportFormatOfFileName('checkout-manifests.ZIP')).toBe('zip');
    expect(exportFormatOfFileName('checkout.k8s.yml')).toBe('yaml');
    expect(exportFormatOfFileName('checkout.docx')).toBeUndefined();
    expect(exportFormatOfFileName('.bashrc')).toBeUndefined();
  });

  it.each(planExportFormatIds)('names and explains the plan format %s in both languages', (id) => {
    for (const language of ['en', 'zh-CN'] as const) {
      const texts = resources[language].planExport;
      expect(texts.formats[id].trim()).not.toBe('');
      expect(texts.formatHints[id].trim()).not.toBe('');
    }
  });

  it.each(['en', 'zh-CN'] as const)('lists every plan format in the CLI usage (%s)', async (language) => {
    const i18n = await createI18n(language);
    const usage = i18n.getFixedT(language, 'cli')('usage');
    expect(usage).toContain(`--format ${planExportFormatChoices}`);
  });
});
