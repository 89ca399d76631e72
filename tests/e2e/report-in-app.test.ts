import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemo } from './flows/demo';
import { expectNoSeriousViolations } from './axe';
import { useServerAndBrowser } from './flows/fixture';
import { readPdf } from './flows/pdf';
import { screenshot } from './flows/screenshots';

const fx = useServerAndBrowser({ demo: true });

/** The heading of the debrief view on screen: `11/11 Decision`. */
function viewHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: new RegExp(`^\\d+/\\d+ ${title}$`) });
}

describe('the report in the app, in Chromium', () => {
  it('opens from the debrief over the app and prints only the report, under the app’s CSP', async () => {
    const demo = fx.demo();
    const { page, problems } = await fx.openApp();
    await openDemo(page, 'Debrief');
    await viewHeading(page, 'Score sheets received').waitFor({ timeout: 60_000 });
    for (let i = 0; i < 20 && (await viewHeading(page, 'Decision').count()) === 0; i++) await page.keyboard.press('ArrowRight');
    await viewHeading(page, 'Decision').waitFor();

    await page.getByRole('button', { name: 'Print the report' }).click();
    const report = page.getByRole('dialog', { name: `Comparative analysis report: ${demo.exercise.title}` });
    await report.waitFor();
    await report.getByRole('heading', { level: 1, name: demo.exercise.title }).waitFor();
    await screenshot(page, 'report-in-app-1280x720');
    await report.getByRole('button', { name: 'Print / Save as PDF' }).hover();
    await expectNoSeriousViolations(page, 'the report over the app');

    // What "Print / Save as PDF" sends to the printer: Chromium's print layout of this page.
    const { pages } = await readPdf(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    expect(pages.length).toBeGreaterThan(demo.exercise.candidates.length);
    expect(pages[0]).toContain('Comparative analysis report'.toUpperCase());
    const all = pages.join(' ');
    for (const candidate of demo.exercise.candidates) expect(all).toContain(`${candidate.name} (${candidate.id})`);
    // The app's own screens are hidden in print: the deck's heading does not reach the paper.
    expect(all).not.toMatch(/\d+\/\d+ Decision/);
    expect(all).not.toContain('Print / Save as PDF');

    await page.keyboard.press('Escape');
    await report.waitFor({ state: 'detached' });
    await viewHeading(page, 'Decision').waitFor();
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
