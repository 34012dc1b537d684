import { describe, expect, it } from 'vitest';
import { createChoicesHandlers } from './choices-handlers';
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
});
