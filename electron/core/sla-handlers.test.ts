import { describe, expect, it } from 'vitest';
import type { ChannelName, ChannelRequest, ChannelResponse } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { MAX_COMPOSITE_DEPTH } from '../../shared/ipc/sla-channels';
import { defaultKubernetesPreset } from '../../shared/sla/kubernetes-availability';
import { type Handlers, dispatch } from './dispatch';
import { createSlaHandlers } from './sla-handlers';

// Only the SLA channels are served here; a call to any other one would fail as "not a function".
const handlers = createSlaHandlers() as Handlers;

async function call<C extends ChannelName>(channel: C, request: ChannelRequest<C> | Record<string, unknown>) {
  return (await dispatch(handlers, channel, request)) as IpcResult<ChannelResponse<C>>;
}

async function answer<C extends ChannelName>(channel: C, request: ChannelRequest<C>): Promise<ChannelResponse<C>> {
  const result = await call(channel, request);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

describe('the SLA channels through dispatch', () => {
  it('gives the downtime per period and a custom period, with a real calendar quarter', async () => {
    const budget = await answer('computeDowntimeBudget', {
      availabilityPercent: 99.9,
      convention: 'calendar-month',
      calendarQuarterDays: 90,
      customPeriodSeconds: 90 * 86_400,
    });
    expect(budget.seconds.quarter).toBe(7_776);
    expect(budget.custom).toEqual({ periodSeconds: 7_776_000, allowedSeconds: 7_776 });
    expect((await answer('computeDowntimeBudget', { availabilityPercent: 99.9 })).custom).toBeUndefined();
  });

  it('reverses a downtime into availability, and refuses one longer than its period before computing', async () => {
    expect((await answer('computeAvailabilityFromDowntime', { downtimeSeconds: 7.2 * 3_600, periodSeconds: 30 * 86_400 })).availabilityPercent).toBeCloseTo(99, 10);
    const longer = await call('computeAvailabilityFromDowntime', { downtimeSeconds: 31, periodSeconds: 30 });
    expect(longer).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('longer than the period') } });
  });

  it('evaluates a composite tree level by level and names its weakest component', async () => {
    const { evaluated, weakest } = await answer('evaluateComposite', {
      tree: {
        kind: 'serial',
        children: [
          { kind: 'component', name: 'lb', availabilityPercent: 99.9 },
          { kind: 'k-of-n', required: 2, count: 3, unit: { kind: 'component', name: 'etcd', availabilityPercent: 99 } },
        ],
      },
    });
    expect(evaluated.children.map((child) => child.node.kind)).toEqual(['component', 'k-of-n']);
    // 2 of 3 at 1 % unavailability each: 3 × 0.01² × 0.99 + 0.01³ = 0.000298.
    expect(evaluated.children[1]?.unavailability).toBeCloseTo(0.000298, 12);
    // The load balancer's 0.1 % is down more often than the quorum's 0.0298 %.
    expect(weakest).toEqual({ kind: 'component', name: 'lb', availabilityPercent: 99.9 });
  });

  it('refuses a tree that is not one, and a percentage above 100, without evaluating it', async () => {
    expect(await call('evaluateComposite', { tree: { kind: 'bogus' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const above = await call('evaluateComposite', { tree: { kind: 'component', name: 'a', availabilityPercent: 101 } });
    expect(above).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('tree') } });
  });

  it('refuses a tree too deep for the recursive checks, and a group needing more members than it has, as bad requests', async () => {
    const nest = (levels: number) => {
      let tree: unknown = { kind: 'component', name: 'a', availabilityPercent: 99 };
      for (let level = 1; level < levels; level++) tree = { kind: 'serial', children: [tree] };
      return tree;
    };
    expect((await call('evaluateComposite', { tree: nest(MAX_COMPOSITE_DEPTH) })).ok).toBe(true);
    // Deep enough to overflow the stack of a recursive parse: refused before it, not thrown.
    const hostile = await call('evaluateComposite', { tree: nest(50_000) });
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining(`at most ${MAX_COMPOSITE_DEPTH} levels`) } });
    expect(await call('evaluateComposite', { tree: nest(MAX_COMPOSITE_DEPTH + 1) })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const group = { kind: 'k-of-n', required: 5, count: 3, unit: { kind: 'component', name: 'a', availabilityPercent: 99 } };
    expect(await call('evaluateComposite', { tree: group })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('k ≤ n') } });
  });

  it('gives the Kubernetes preset and its what-ifs, and refuses more zones than the model sums over', async () => {
    const preset = defaultKubernetesPreset;
    const { result, whatIfs } = await answer('evaluateKubernetesAvailability', { preset });
    const addZone = whatIfs.find((whatIf) => whatIf.change === 'add-zone');
    expect(addZone?.preset.zones).toBe(3);
    expect(addZone!.result.controlPlaneUnavailability).toBeLessThan(result.controlPlaneUnavailability);
    expect(await call('evaluateKubernetesAvailability', { preset: { ...preset, zones: 9 } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('gives the error budget in time and requests', async () => {
    expect(await answer('computeErrorBudget', { sloPercent: 99.9, windowDays: 30, requestsPerSecond: 100 })).toMatchObject({
      budgetSeconds: 2_592,
      budgetRequests: 259_200,
    });
    expect(await call('computeErrorBudget', { sloPercent: 100, windowDays: 30 })).toMatchObject({ ok: false });
  });

  it('works out the burn rate from the budget spent, and refuses four windows for a 7-day SLO', async () => {
    const burn = await answer('computeBurnRate', { windowDays: 30, spent: { budgetPercent: 2, elapsedSeconds: 3_600 }, remainingPercent: 50 });
    expect(burn.burnRate).toBeCloseTo(14.4, 10);
    expect(burn.exhaustionSeconds).toBeCloseTo(25 * 3_600, 6);
    expect(burn.alerts.map((alert) => alert.longWindow)).toEqual(['1h', '6h', '3d']);
    expect((await answer('computeBurnRate', { windowDays: 30 })).burnRate).toBeUndefined();
    const four = await call('computeBurnRate', { windowDays: 7, windowSet: 'four' });
    expect(four).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('windowSet') } });
  });

  it('writes the rule file, with the example SLI when none is given', async () => {
    const rules = await answer('generateAlertRules', { sloPercent: 99.9, windowDays: 30 });
    expect(rules.yaml).toContain('http_requests_total');
  });

  it('fails with the SLI’s or the unreachable threshold’s error, its English from the locale', async () => {
    const noWindow = await call('generateAlertRules', { sloPercent: 99.9, windowDays: 30, sliExpression: 'rate(errors[5m])' });
    expect(noWindow).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'The expression needs {{window}} where the rate window goes.',
        i18n: { key: 'sla.sli.noPlaceholder', params: { placeholder: '{{window}}' } },
      },
    });
    const syntax = await call('generateAlertRules', { sloPercent: 99.9, windowDays: 30, sliExpression: 'rate(errors[{{window}}]) total' });
    expect(syntax).toMatchObject({ ok: false, error: { message: 'This is not valid PromQL: it stops parsing at character 18, near “total”.' } });
    const unreachable = await call('generateAlertRules', { sloPercent: 90, windowDays: 30 });
    expect(unreachable).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('At a 90 % SLO a 14.4× burn means an error ratio of 1.44'), i18n: { key: 'sla.unreachableThreshold' } },
    });
  });

  it('recomputes Table 4.1 cell by cell', async () => {
    const rows = await answer('compareTable41', {});
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.cells.map((cell) => cell.period)).toEqual(['year', 'month', 'week', 'day']);
  });
});
