import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../core/report/report-model';
import { renderReportHtml } from '../../renderer/src/features/report/render-report-html';
import { type DecidedDemo, decidedDemo } from '../helpers/decided-demo';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';

/** The text of each page of a PDF, read with pdf.js (scripting off, no eval). */
async function pdfPages(bytes: Uint8Array): Promise<{ pages: string[]; size: [number, number] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  const [, , width, height] = (await pdf.getPage(1)).view;
  return { pages, size: [Math.round(width), Math.round(height)] };
}

let decided: DecidedDemo;
let dir: string;
let profile: string;
let session: BrowserSession;
let reportUrl: string;

beforeAll(async () => {
  decided = await decidedDemo();
  dir = await mkdtemp(join(tmpdir(), 'panelscore-report-print-'));
  const path = join(dir, 'report.html');
  await writeFile(path, renderReportHtml(buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets })));
  reportUrl = pathToFileURL(path).href;
  profile = await newProfileDir();
  session = await launchBrowser(profile, { width: 1280, height: 900 });
});

afterAll(async () => {
  await session?.close();
  await removeProfile(profile);
  await rm(dir, { recursive: true, force: true });
});

describe('the standalone report in real Chromium', () => {
  it('prints to an A4 PDF of several pages with a page for each candidate', async () => {
    await session.page.goto(reportUrl);
    await session.page.screenshot({ path: 'test-results/screenshots/report-standalone-1280x900.png', fullPage: false });
    const pdf = await session.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await mkdir('test-results', { recursive: true });
    await writeFile('test-results/report-demo.pdf', pdf); // kept as a test artifact, to look at
    const { pages, size } = await pdfPages(pdf);
    expect(size).toEqual([595, 842]);
    expect(pages.length).toBeGreaterThan(decided.demo.exercise.candidates.length);
    for (const candidate of decided.demo.exercise.candidates) {
      // Each candidate's section starts a page: its heading opens one.
      expect(pages.some((text) => text.trimStart().startsWith(`${candidate.name} (${candidate.id})`))).toBe(true);
    }
    const all = pages.join(' ');
    for (const input of decided.decision.inputs) expect(all).toContain(input.fingerprint);
    expect(all).toContain(decided.demo.exercise.title);
  });

  it('loads nothing and breaks no rule of its content security policy', async () => {
    const requests: string[] = [];
    session.page.on('request', (request) => requests.push(request.url()));
    await session.page.goto(reportUrl);
    expect(requests).toEqual([reportUrl]);
    expect(session.problems.cspViolations).toEqual([]);
    expect(session.problems.errors).toEqual([]);
  });
});
