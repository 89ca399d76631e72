// Screenshots the e2e tests take for people to look at: each screen at 1280×720 and 1920×1080,
// into test-results/screenshots/ (gitignored).

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

/** Saves `name-1280x720.png` and `name-1920x1080.png` (and full-page ones when asked), then goes back to 1280×720. */
export async function screenshots(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`) });
    if (options.fullPage === true) await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}-full-page.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

/** Saves `name.png` at the page's current size. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Clicks `button` and saves the download it starts into `dir` under its suggested name; returns the path. */
export async function downloadFrom(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}
