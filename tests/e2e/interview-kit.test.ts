import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, buildDemo } from '../../core/demo';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { type StaticServer, startServer } from './serve.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const MEMBER = 'Mr. Khamphet Vongsavath';

let server: StaticServer;
let demo: Demo;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

/** The text of each page of a PDF, whitespace collapsed. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await pdf.destroy();
  return texts;
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, demo] = await Promise.all([startServer(), buildDemo()]);
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await server?.close();
});

describe('the interview kit in Chromium', () => {
  it('prints to A4 with the candidate’s name on every page, every competency, and none of the app around it', async () => {
    const profile = await newProfileDir();
    profiles.push(profile);
    const session = await launchBrowser(profile);
    sessions.push(session);
    const { page, problems } = session;
    const candidate = demo.exercise.candidates[1];

    await page.goto(server.url);
    await page.getByLabel('Open it as').selectOption({ label: 'Panel member' });
    await page.getByRole('button', { name: 'Open the demo exercise' }).click();
    await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click({ timeout: 60_000 });
    await page.getByRole('radio', { name: new RegExp(MEMBER) }).check();
    await page.getByRole('button', { name: `I am ${MEMBER}` }).click();
    await page.getByRole('button', { name: `Interview kit for ${candidate.name} (to print)` }).click();
    const kit = page.getByRole('dialog', { name: `Interview kit for ${candidate.name}` });
    await kit.waitFor();
    for (const criterion of demo.exercise.criteria) {
      await kit.getByRole('region', { name: new RegExp(`^${criterion.name}`) }).waitFor();
    }
    await page.screenshot({ path: `${SCREENSHOTS}interview-kit-1280x720.png` });

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const texts = await pageTexts(new Uint8Array(pdf));

    expect(texts.length).toBeGreaterThan(1);
    texts.forEach((text, index) => expect(text.replace(/\s+/g, ''), `page ${index + 1}`).toContain(candidate.name.replace(/\s+/g, '')));
    await writeFile(`${SCREENSHOTS}interview-kit.pdf`, pdf);
    // Ligatures (fi, ff) come out of text extraction with spaces around them: compare without spaces.
    const all = texts.join(' ');
    const squeezed = all.replace(/\s+/g, '');
    for (const criterion of demo.exercise.criteria) expect(squeezed).toContain(criterion.name.replace(/\s+/g, ''));
    for (const chrome of ['Skip to content', 'Change role', 'Print or save as PDF', 'Search candidates']) expect(all).not.toContain(chrome);
    // A4 is 595 × 842 points.
    const first = await (await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise).getPage(1);
    const [, , width, height] = first.view;
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);

    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await expect.poll(() => kit.count()).toBe(0);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  }, 120_000);
});
