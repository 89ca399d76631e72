import { describe, expect, it } from 'vitest';
import { candidateWithPdf, openDemoAsMember } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { screenshots } from './flows/screenshots';

/** Counts, in the page, the pixels of the dossier's canvas that are not white. Source text: no DOM types here. */
const INKED_PIXELS = `(() => {
  const canvas = document.querySelector('.pdf-viewer__page canvas');
  if (!canvas || canvas.width === 0) return 0;
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) inked++;
  return inked;
})()`;

/** Counts the pixels of the canvas tinted by a search highlight (yellow over white paper). */
const HIGHLIGHTED_PIXELS = `(() => {
  const canvas = document.querySelector('.pdf-viewer__page canvas');
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let marked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] > 235 && data[i + 1] > 220 && data[i + 2] < 200) marked++;
  return marked;
})()`;

const fx = useServerAndBrowser({ demo: true });

describe('a panel member reads a candidate’s dossier in Chromium', () => {
  it('renders the CV with pdf.js and finds the candidate’s name in its text', async () => {
    const { page, problems } = await fx.launch();
    const candidate = candidateWithPdf(fx.demo());

    await openDemoAsMember(page, fx.server().url);
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    await page.getByRole('button', { name: 'Read the dossier' }).click();

    await page.locator('.pdf-viewer__page canvas:not([data-rendered="0"])').waitFor({ timeout: 60_000 });
    expect(await page.evaluate<number>(INKED_PIXELS)).toBeGreaterThan(500);
    expect(await page.evaluate<number>(HIGHLIGHTED_PIXELS)).toBe(0);
    await expect(page.getByRole('img', { name: /page 1 of \d+/ }).count()).resolves.toBe(1);

    await page.getByLabel('Search in the document').fill(candidate.name);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const matches = page.getByRole('status').filter({ hasText: `“${candidate.name}” is on page` });
    await matches.waitFor();
    await expect(matches.getByRole('button', { name: '1', exact: true }).count()).resolves.toBe(1);
    await page.locator(`.pdf-viewer__page canvas[data-marked="${candidate.name}"]`).waitFor();
    expect(await page.evaluate<number>(HIGHLIGHTED_PIXELS)).toBeGreaterThan(200);

    await page.getByLabel('Search in the document').fill('a phrase no CV contains zqxj');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'does not occur in the text of this document' })
      .waitFor();
    await page.getByLabel('Search in the document').fill(candidate.name);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await matches.waitFor();
    await screenshots(page, 'member-dossier');

    await page.getByRole('button', { name: `Back to scoring ${candidate.name}` }).click();
    await page.getByRole('button', { name: 'Interview mode' }).click();
    const interview = page.getByRole('dialog', { name: candidate.name });
    await interview.waitFor();
    await page.keyboard.press('4');
    await page.keyboard.press('ArrowRight');
    await interview.getByLabel(/^Evidence notes for/).fill('Clear example of leading a review conference.');
    await interview.locator('[data-save-state="saved"]').waitFor();
    await screenshots(page, 'member-interview');
    await page.keyboard.press('Escape');
    await interview.waitFor({ state: 'detached' });
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });
});
