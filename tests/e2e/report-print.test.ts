import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../core/report/report-model';
import { renderReportHtml } from '../../renderer/src/features/report/render-report-html';
import { type DecidedDemo, decidedDemo } from '../helpers/decided-demo';
import type { BrowserSession } from './browser';
import { useServerAndBrowser } from './flows/fixture';
import { readPdf } from './flows/pdf';

const fx = useServerAndBrowser({ server: false, work: 'panelscore-report-print-' });
let decided: DecidedDemo;
let session: BrowserSession;
let reportUrl: string;

beforeAll(async () => {
  decided = await decidedDemo();
  const path = join(fx.work(), 'report.html');
  await writeFile(path, renderReportHtml(buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets })));
  reportUrl = pathToFileURL(path).href;
  session = await fx.launch({ viewport: { width: 1280, height: 900 } });
});

describe('the standalone report in real Chromium', () => {
  it('prints to an A4 PDF of several pages with a page for each candidate', async () => {
    await session.page.goto(reportUrl);
    await session.page.screenshot({ path: 'test-results/screenshots/report-standalone-1280x900.png', fullPage: false });
    const pdf = await session.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await mkdir('test-results', { recursive: true });
    await writeFile('test-results/report-demo.pdf', pdf); // kept as a test artifact, to look at
    const { pages, size } = await readPdf(pdf);
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

  it('prints the French report (`--lang fr`) in French, accents and all', async () => {
    const path = join(fx.work(), 'report.fr.html');
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets, anonymous: true });
    await writeFile(path, renderReportHtml(model, { language: 'fr' }));
    await session.page.goto(pathToFileURL(path).href);
    await session.page.screenshot({ path: 'test-results/screenshots/report-standalone-fr-1280x900.png', fullPage: false });
    const { pages } = await readPdf(await session.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    const all = pages.join(' ');
    for (const heading of ['Exercice et jury', 'Méthode', 'Résultats par candidat', 'Divergences et leur résolution', 'Fiabilité']) expect(all).toContain(heading);
    expect(all).toContain('Membre A');
    expect(all).not.toContain('Reliability');
  });
});
