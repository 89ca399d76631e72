// The secretariat's exercise drafts, saved as they are edited so nothing typed is lost.
// Kept in the `settings` table under `secretariat-draft:<slot>` (no schema change needed).

import { db } from './connection';

const PREFIX = 'secretariat-draft:';

/** The slot of the draft for a brand-new exercise (before it has a workspace). */
export const NEW_EXERCISE_SLOT = 'new';

/** Stores `draft` in `slot` (the new-exercise slot or a secretariat workspace id), replacing what was there. */
export async function saveDraft(slot: string, draft: unknown): Promise<void> {
  await db().settings.put({ key: PREFIX + slot, value: draft });
}

/** The draft stored in `slot`, or undefined. */
export async function loadDraft<T>(slot: string): Promise<T | undefined> {
  const row = await db().settings.get(PREFIX + slot);
  return row?.value as T | undefined;
}

/** Forgets the draft in `slot` (after it is issued, or when the person discards it). */
export async function deleteDraft(slot: string): Promise<void> {
  await db().settings.delete(PREFIX + slot);
}
