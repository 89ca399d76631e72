import { beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../../core/report/format';
import { buildReportModel } from '../../../core/report/report-model';
import { REPORT_CSP, renderReportHtml } from '../../../renderer/src/features/report/render-report-html';
import { decidedDemo } from '../../helpers/decided-demo';
import type { DecidedDemo } from '../../helpers/decided-demo';

let decided: DecidedDemo;
let html: string;
beforeAll(async () => {
  decided = await decidedDemo();
  html = renderReportHtml(buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets }));
}, 60_000);

// Rendering the whole report in jsdom takes seconds on a loaded machine.
describe('renderReportHtml', { timeout: 30_000 }, () => {
  it('is a complete document whose CSP allows inline styles and nothing else', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(doc.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
    expect(doc.querySelector('style')?.textContent).toContain('@page { size: A4;');
    expect(doc.title).toContain(decided.demo.exercise.title);
  });

  it('has no inline style attribute, which the app’s own CSP (style-src \'self\') would refuse', () => {
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('carries every candidate’s panel score as the decision records it', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const rows = [...doc.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === 'Ranking: independent and with consensus')!.querySelectorAll('tbody tr');
    const shown = new Map([...rows].map((r) => [r.querySelector('th')!.textContent, r.querySelectorAll('td')[1].textContent]));
    for (const c of decided.decision.candidates) {
      const name = decided.demo.exercise.candidates.find((x) => x.id === c.candidateId)!.name;
      expect(shown.get(name)).toBe(formatScore(c.panelScore));
    }
  });

  it('escapes text from the files instead of interpreting it', () => {
    const hostile = { ...decided.demo.exercise, title: '<script>alert(1)</script> & co' };
    const out = renderReportHtml(buildReportModel({ exercise: hostile, decision: decided.decision }));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });
});
