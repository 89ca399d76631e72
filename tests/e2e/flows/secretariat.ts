// The secretariat's collect and merge steps: choose many sheet files at once, read each file's
// row (status, reason, fingerprint), confirm a fingerprint, and read the ranking off the screen.

import type { Locator, Page } from 'playwright-core';
import type { DecisionRecord } from '../../../core/types';

/** Chooses the files on the "Score sheets" tab and waits for the import's notice. */
export async function collectSheetFiles(page: Page, paths: readonly string[]): Promise<void> {
  await page.getByRole('tab', { name: /Score sheets/ }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose score sheets…' }).click()]);
  await chooser.setFiles([...paths]);
  await page.getByRole('status').filter({ hasText: /files? added\./ }).waitFor();
}

/** The row of the collected-files table for the file named `fileName`. */
export function fileRow(page: Page, fileName: string): Locator {
  return page
    .getByRole('table', { name: 'Collected score-sheet files' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: fileName, exact: true }) });
}

/** Confirms the fingerprint on the row of the accepted file `fileName` once it reads `expected` (as the member read it aloud). */
export async function confirmFingerprint(page: Page, fileName: string, expected: string): Promise<void> {
  const row = fileRow(page, fileName).filter({ hasText: 'Accepted' });
  await row.getByRole('button', { name: 'Confirm fingerprint' }).click();
  const question = row.getByRole('group', { name: /^Confirm the key of / });
  const shown = await question.locator('code').textContent();
  if (shown !== expected) throw new Error(`the secretariat was asked to confirm ${String(shown)}, but the member's app shows ${expected}`);
  await question.getByRole('button', { name: 'It matches: trust this key' }).click();
  await row.getByText('pinned', { exact: true }).waitFor();
}

/** A ranking row as the screen writes it: rank, candidate, panel score, spread of members' totals. */
export type RankingRow = [rank: string, candidate: string, panelScore: string, totals: string];

/** The ranking as the merge view shows it, in screen order. */
export async function rankingOnScreen(page: Page): Promise<RankingRow[]> {
  const rows = page.getByRole('table', { name: 'Ranking by panel score' }).locator('tbody tr');
  const ranking: RankingRow[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator(':scope > *');
    const [rank, name, score, totals] = await cells.allTextContents();
    // The totals cell ends with a hint: how many members' totals it spans.
    const hint = (await cells.nth(3).locator('.hint').textContent()) ?? '';
    ranking.push([rank.replace(' (shared)', ''), name, score, totals.slice(0, totals.length - hint.length)]);
  }
  return ranking;
}

const two = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The same ranking computed from a decision record (full precision), written the way the screen writes it. */
export function rankingOf(decision: DecisionRecord, names: ReadonlyMap<string, string>): RankingRow[] {
  return decision.candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => (a.c.rank ?? Infinity) - (b.c.rank ?? Infinity) || a.order - b.order)
    .map(({ c }) => {
      const totals = Object.values(c.memberTotals).filter((t): t is number => t !== null);
      const spread = totals.length === 0 ? '—' : Math.min(...totals) === Math.max(...totals) ? two(totals[0]) : `${two(Math.min(...totals))}–${two(Math.max(...totals))}`;
      return [String(c.rank ?? '—'), names.get(c.candidateId) ?? c.candidateId, two(c.panelScore), spread];
    });
}
