/**
 * Renders assets/icon.svg to the PNGs electron-builder packages: assets/icon.png (1024 px, used for
 * macOS and Windows) and assets/icons/NxN.png (the Linux icon set). Run by hand after changing the
 * SVG, then commit the PNGs:
 *
 *   npx tsx tests/packaging/render-icons.ts
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ASSETS_DIR = join(import.meta.dirname, '../../assets');
const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512];
const MAIN_ICON_SIZE = 1024;

/** Debian's Chromium: Playwright's own browser download is blocked on this project's machines. */
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

async function renderIcons(): Promise<void> {
  const svg = await readFile(join(ASSETS_DIR, 'icon.svg'), 'utf8');
  await mkdir(join(ASSETS_DIR, 'icons'), { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const targets = [
      { size: MAIN_ICON_SIZE, path: join(ASSETS_DIR, 'icon.png') },
      ...LINUX_ICON_SIZES.map((size) => ({ size, path: join(ASSETS_DIR, 'icons', `${size}x${size}.png`) })),
    ];
    for (const { size, path } of targets) {
      await page.setViewportSize({ width: size, height: size });
      // The SVG scales to the viewport, so Chromium rasterizes each size from the vectors.
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>` +
          `</body></html>`,
      );
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`${path} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await renderIcons();
