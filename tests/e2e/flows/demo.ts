// The built-in demo exercise, opened from the start screen the way a person tries the app:
// in a role, and for a panel member as one of the demo panel's members.

import type { Page } from 'playwright-core';
import type { Demo } from '../../../core/demo';
import { chooseIdentity } from './member';

/** The demo exercise's title, as its workspace heading shows it. */
export const DEMO_TITLE = 'Director, Implementation Support Unit (DEMO)';
/** The demo panel member the tests score as. */
export const DEMO_MEMBER = 'Mr. Khamphet Vongsavath';

/** Opens the demo exercise from the start screen (already loaded) in `role`'s workspace. */
export async function openDemo(page: Page, role: 'Panel member' | 'Secretariat' | 'Debrief'): Promise<void> {
  await page.getByLabel('Open it as').selectOption({ label: role });
  await page.getByRole('button', { name: 'Open the demo exercise' }).click();
}

/** Loads the app at `url`, opens the demo as a panel member and says who they are: ends on the candidate list. */
export async function openDemoAsMember(page: Page, url: string, member = DEMO_MEMBER): Promise<void> {
  await page.goto(url);
  await openDemo(page, 'Panel member');
  await chooseIdentity(page, member);
}

/** The first demo candidate with a PDF among their documents (the dossier tests read it). */
export function candidateWithPdf(demo: Demo): Demo['exercise']['candidates'][number] {
  const candidate = demo.exercise.candidates.find((c) => (c.documents ?? []).some((d) => d.mediaType === 'application/pdf'));
  if (candidate === undefined) throw new Error('No demo candidate has a PDF document: the dossier tests need one (core/demo).');
  return candidate;
}
