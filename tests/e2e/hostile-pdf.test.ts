// Hostile PDFs in the dossier's viewer, in real Chromium with pdf.js as the app configures it:
// no PDF script runs, nothing navigates or reaches the network, each file settles in under 2 s
// (the page drawn, or a message that says the file cannot be shown and what to do).

import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PDFS } from '../helpers/hostile-pdf-cases';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { buildPdfHarness } from './pdf-harness-build';
import { type StaticServer, startServer } from './serve.mjs';

let server: StaticServer;
let session: BrowserSession;
let profile: string;
const dialogs: string[] = [];
const foreignRequests: string[] = [];
const popups: string[] = [];
const navigations: string[] = [];
/** What each file ended as, printed at the end for the closing note's figures. */
const outcomes = new Map<string, string>();

/** Waits until the viewer settled: a drawn page, or an error message. */
const SETTLED = `(() => {
  const alert = document.querySelector('[role="alert"]');
  if (alert) return { outcome: 'refused', message: alert.textContent };
  const slow = document.querySelector('[data-pdf-slow]');
  if (slow) return { outcome: 'slow', message: slow.textContent };
  const canvas = document.querySelector('.pdf-viewer__page canvas');
  if (canvas && canvas.getAttribute('data-rendered') !== '0') return { outcome: 'rendered', pages: document.querySelector('.pdf-viewer__toolbar')?.textContent ?? '' };
  return null;
})()`;

async function show(page: Page, bytes: Uint8Array, title: string): Promise<{ outcome: string; message?: string; ms: number }> {
  const started = Date.now();
  await page.evaluate(`showPdf(${JSON.stringify(Buffer.from(bytes).toString('base64'))}, ${JSON.stringify(title)})`);
  // Polled from here: waitForFunction would evaluate a string in the page, which the CSP forbids.
  while (Date.now() - started < 10_000) {
    const result = await page.evaluate<{ outcome: string; message?: string } | null>(SETTLED);
    if (result) return { ...result, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { outcome: 'hung', ms: Date.now() - started };
}

beforeAll(async () => {
  server = await startServer({ root: await buildPdfHarness() });
  profile = await newProfileDir();
  session = await launchBrowser(profile);
  const { page, context } = session;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  context.on('request', (request: Request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  context.on('page', (popup) => popups.push(popup.url()));
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  await page.goto(`${server.url}/index.html`);
  for (let tries = 0; (await page.evaluate('typeof showPdf')) !== 'function' && tries < 300; tries++) await page.waitForTimeout(100);
  navigations.length = 0;
}, 120_000);

afterAll(async () => {
  process.stdout.write(`hostile PDFs: ${[...outcomes].map(([name, outcome]) => `${name}=${outcome}`).join(', ')}\n`);
  await session?.close();
  await server?.close();
  if (profile) await removeProfile(profile);
});

describe('the dossier’s PDF viewer given a hostile PDF', () => {
  it.each(HOSTILE_PDFS.map((c) => [c.name, c] as const))('%s: settles within 2 s, runs nothing, goes nowhere', async (name, c) => {
    const { page, problems } = session;
    const result = await show(page, c.bytes(), name);
    expect(result.ms, c.attack).toBeLessThan(2_000);
    if (c.outcome !== 'either') expect(result.outcome, `${c.attack}: ${result.message ?? ''}`).toBe(c.outcome);
    outcomes.set(name, result.outcome);
    if (result.outcome === 'slow') expect(result.message).toMatch(/is taking long to show: .* save a copy and open it with another program\.$/);
    if (result.outcome === 'refused') {
      expect(result.message).toContain(`“${name}” could not be shown:`);
      expect(result.message).toMatch(/You can still save a copy and open it with another program\.$/);
    }
    if (name === 'encrypted-user-password.pdf') expect(result.message).toMatch(/protected by a password.*Ask the secretariat for a copy without a password/);
    if (result.outcome === 'rendered') {
      // A page declared miles wide is drawn smaller, never on a canvas too large to allocate.
      const pixels = await page.evaluate<number>(`(() => { const c = document.querySelector('.pdf-viewer__page canvas'); return c.width * c.height; })()`);
      expect(pixels).toBeGreaterThan(0);
      expect(pixels).toBeLessThanOrEqual(2 ** 24);
    }
    // Let any deferred action (an open action, a timer in a script) have its chance.
    await page.waitForTimeout(100);
    expect({ name, dialogs, foreignRequests, popups, navigations }).toEqual({ name, dialogs: [], foreignRequests: [], popups: [], navigations: [] });
    expect(foreignRequests).toEqual([]);
    expect(popups).toEqual([]);
    expect(navigations).toEqual([]);
    expect(page.url()).toBe(`${server.url}/index.html`);
    expect(problems.cspViolations).toEqual([]);
  });
});
