import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHostProcess } from '../support/host-process';

/** The autosave's promise: no edit waits longer than this to be sent. */
const MAX_WAIT_MS = 2_000;
/** The save's own trip (HTTP, fsync, rename) on a loaded two-core machine, on top of the wait. */
const SAVE_TRIP_MS = 500;

test('20 s of continuous typing, then the host is killed: at most the last 2 s are lost', async ({ page }) => {
  test.setTimeout(90_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-crash-'));
  try {
    const first = await startHostProcess(dataDir);
    await page.goto(first.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
    // A first launch has no plan until the user makes one.
    await page.locator('.plan-empty').getByRole('button', { name: 'New plan' }).click();
    const context = page.getByLabel('Context', { exact: true });
    await context.click();

    // A key every 160 ms for 20 s, never pausing the 500 ms the debounce waits for.
    const typedAt: number[] = [];
    const started = Date.now();
    for (let key = 0; Date.now() - started < 20_000; key += 1) {
      await page.keyboard.type(String.fromCharCode(97 + (key % 26)));
      typedAt.push(Date.now());
      await page.waitForTimeout(150);
    }
    await first.kill();
    const killedAt = Date.now();
    await page.close();

    const second = await startHostProcess(dataDir);
    try {
      const next = await page.context().newPage();
      await next.goto(second.url);
      await next.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
      const kept = await next.getByLabel('Context', { exact: true }).inputValue();
      const mustHaveKept = typedAt.filter((time) => time <= killedAt - MAX_WAIT_MS - SAVE_TRIP_MS).length;
      expect(typedAt.length).toBeGreaterThan(100);
      expect(kept.length, `kept ${kept.length} of ${typedAt.length} characters`).toBeGreaterThanOrEqual(mustHaveKept);
      expect(kept).toBe(Array.from({ length: kept.length }, (_, key) => String.fromCharCode(97 + (key % 26))).join(''));
    } finally {
      await second.kill();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
