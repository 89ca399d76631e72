// axe-core in the page under test: injected through the DevTools protocol (page.evaluate), which
// the app's CSP (script-src 'self') does not govern, so the served app keeps its real policy.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, reduced to what a person needs to find and fix it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** What axe leaves out: CSS selectors of parts of the page another check answers for (say why at the call). */
export interface AxeOptions {
  exclude?: string[];
}

/** Runs axe in the page (its default rules: WCAG 2.x A and AA plus best practices); the violations found. */
export async function axeViolations(page: Page, { exclude = [] }: AxeOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>(`typeof window.axe === 'object'`))) await page.evaluate(AXE_SOURCE);
  const context = JSON.stringify({ include: [['html']], exclude: exclude.map((selector) => [selector]) });
  return page.evaluate<AxeViolation[]>(`
    window.axe.run(${context}, { resultTypes: ['violations'] }).then((results) =>
      results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    )`);
}

/** Fails with a readable list when axe finds any serious or critical violation on the page as it is now. */
export async function expectNoSeriousViolations(
  page: Page,
  label: string,
  options: AxeOptions = {},
): Promise<void> {
  const serious = (await axeViolations(page, options)).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (serious.length === 0) return;
  const lines = serious.map(
    (v) => `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n    ${v.targets.slice(0, 5).join('\n    ')}`,
  );
  throw new Error(
    `axe found ${serious.length} serious or critical violation(s) on ${label}:\n${lines.join('\n')}`,
  );
}
