import { describe, expect, it } from 'vitest';
import { createChoicesHandlers } from './choices-handlers';
import { loadBundledConformance } from './conformance-store';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

describe('choices handlers', () => {
  it('serves the trade-off data with the seed survey shares (flannel 45%, EBS 50%)', async () => {
    const data = await createChoicesHandlers().getTradeoffData({});
    expect(data.sdn.survey.shares.find((share) => share.id === 'flannel')?.percent).toBe(45);
    expect(data.storage.survey.shares.find((share) => share.id === 'aws-ebs')?.percent).toBe(50);
    expect(data.caasPaas.questions.length).toBeGreaterThan(8);
  });

  it('answers through the contract, which validates the response', async () => {
    const handlers = createHandlers({ dataDir: '/nonexistent', transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
    await expect(dispatch(handlers, 'getTradeoffData', {})).resolves.toMatchObject({ ok: true });
    await expect(dispatch(handlers, 'getTradeoffData', { extra: 1 })).resolves.toMatchObject({ ok: false });
  });

  it('ranks distributions with the conformance data in use: an import that certifies nothing leaves every profile uncertified', async () => {
    const bundled = loadBundledConformance();
    const bundledData = await createChoicesHandlers({ load: async () => {}, dataset: () => bundled }).getTradeoffData({});
    expect(bundledData.distributionChooser.profiles.some((profile) => profile.certification !== null)).toBe(true);
    const empty = { ...bundled, products: [] };
    const imported = await createChoicesHandlers({ load: async () => {}, dataset: () => empty }).getTradeoffData({});
    expect(imported.distributionChooser.profiles.every((profile) => profile.certification === null)).toBe(true);
  });
});
