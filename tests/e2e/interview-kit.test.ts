import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDemoAsMember } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { readPdf } from './flows/pdf';
import { SCREENSHOTS, screenshot } from './flows/screenshots';

const fx = useServerAndBrowser({ demo: true });

describe('the interview kit in Chromium', () => {
  it('prints to A4 with the candidate’s name on every page, every competency, and none of the app around it', async () => {
    const { page, problems } = await fx.launch();
    const { exercise } = fx.demo();
    const candidate = exercise.candidates[1];

    await openDemoAsMember(page, fx.server().url);
    await page.getByRole('button', { name: `Interview kit for ${candidate.name} (to print)` }).click();
    const kit = page.getByRole('dialog', { name: `Interview kit for ${candidate.name}` });
    await kit.waitFor();
    for (const criterion of exercise.criteria) {
      await kit.getByRole('region', { name: new RegExp(`^${criterion.name}`) }).waitFor();
    }
    await screenshot(page, 'interview-kit-1280x720');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const { pages: texts, size } = await readPdf(new Uint8Array(pdf));

    expect(texts.length).toBeGreaterThan(1);
    texts.forEach((text, index) => expect(text.replace(/\s+/g, ''), `page ${index + 1}`).toContain(candidate.name.replace(/\s+/g, '')));
    await writeFile(join(SCREENSHOTS, 'interview-kit.pdf'), pdf);
    // Ligatures (fi, ff) come out of text extraction with spaces around them: compare without spaces.
    const all = texts.join(' ');
    const squeezed = all.replace(/\s+/g, '');
    for (const criterion of exercise.criteria) expect(squeezed).toContain(criterion.name.replace(/\s+/g, ''));
    for (const chrome of ['Skip to content', 'Change role', 'Print or save as PDF', 'Search candidates']) expect(all).not.toContain(chrome);
    // A4 is 595 × 842 points.
    expect(size).toEqual([595, 842]);

    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await expect.poll(() => kit.count()).toBe(0);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  }, 120_000);
});
