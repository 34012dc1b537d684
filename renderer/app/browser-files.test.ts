import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyPlan } from '../../shared/plan/plan-schema';
import { browserFileChannels } from './browser-files';

/** What the browser was handed to download: the file's name, and the blob's type and bytes. */
function captureDownloads() {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

/** jsdom's Blob has no text() or arrayBuffer(); its FileReader reads it. */
function blobBytes(blob: Blob | undefined): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable blob'));
    reader.readAsArrayBuffer(blob ?? new Blob());
  });
}

const blobText = async (blob: Blob | undefined) => new TextDecoder().decode(await blobBytes(blob));

afterEach(() => vi.restoreAllMocks());

describe("the browser's save channels", () => {
  it('download a base64 export as its bytes, with the type its format registers', async () => {
    const { blobs, names } = captureDownloads();
    // 'JVBERg==' is the base64 of the bytes of "%PDF".
    const result = await browserFileChannels.saveExportFile({ suggestedName: 'plan.en.pdf', format: 'pdf', content: 'JVBERg==', encoding: 'base64' });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(names).toEqual(['plan.en.pdf']);
    expect(blobs[0]?.type).toBe('application/pdf');
    expect(await blobBytes(blobs[0])).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
  });

  it('download text as it is', async () => {
    const { blobs } = captureDownloads();
    await browserFileChannels.saveExportFile({ suggestedName: 'view.csv', format: 'csv', content: 'a,b' });
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobText(blobs[0])).toBe('a,b');
  });

  it('download the plan file, or refuse one too large to open again in words', async () => {
    const { blobs, names } = captureDownloads();
    const plan = createEmptyPlan({ id: 'browser-save', title: 'Checkout', now: new Date('2026-02-03T04:05:06Z') });
    expect(await browserFileChannels.savePlanFileAs({ plan, suggestedName: 'Checkout.kplan.json' })).toEqual({ ok: true, value: { saved: true } });
    expect(names).toEqual(['Checkout.kplan.json']);
    expect(JSON.parse(await blobText(blobs[0]))).toMatchObject({ id: 'browser-save', title: 'Checkout' });

    // Each control character is written as six ("\u0001"), so this log is past the 5 MB a plan may be.
    const huge = { ...plan, decisionLog: Array.from({ length: 500 }, (_, index) => ({ id: `d${index}`, date: '2026-01-01', decision: '\u0001'.repeat(2_000) })) };
    const refused = await browserFileChannels.savePlanFileAs({ plan: huge, suggestedName: 'huge.kplan.json' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'file-too-large', i18n: { key: 'planFile.tooLargeToSave' } } });
    expect(names).toHaveLength(1);
  });
});
