// The debrief's working state for one workspace, saved the moment it changes: consensus scores,
// the outcome being recorded, each member's concurrence, and the signed decision once there is one.

import type { Concurrence, ConsensusScore, DecisionRecord } from '../../../core/types';
import { db } from './connection';
import type { DebriefRecord, OutcomeDraft } from './records';

const PRESENTATION_KEY = 'debrief-presentation';

/** How the debrief screen looks: remembered across meetings on this computer. */
export interface PresentationSettings {
  theme: 'dark' | 'light';
  /** Show members by name, or as Member A, B, … in panel order. */
  memberLabels: 'names' | 'letters';
}

export const DEFAULT_PRESENTATION: PresentationSettings = { theme: 'dark', memberLabels: 'names' };

/** An empty outcome draft. */
export function emptyDraft(): OutcomeDraft {
  return { selected: [], rationale: '', concurrences: [] };
}

function emptyState(workspaceId: string): DebriefRecord {
  return {
    workspaceId,
    decision: null,
    consensus: [],
    outcome: null,
    updatedAt: new Date(0).toISOString(),
    draft: emptyDraft(),
  };
}

/** The debrief state of a workspace (an empty one when nothing was recorded yet). */
export async function getDebriefState(workspaceId: string): Promise<DebriefRecord> {
  const row = await db().debrief.get(workspaceId);
  if (row === undefined) return emptyState(workspaceId);
  return { ...row, draft: row.draft ?? emptyDraft() };
}

/** Reads, changes and writes the state in one transaction, so two quick edits never lose one another. */
async function updateState(
  workspaceId: string,
  change: (state: DebriefRecord) => DebriefRecord,
  now: Date,
): Promise<DebriefRecord> {
  const database = db();
  return database.transaction('rw', database.debrief, async () => {
    const next = { ...change(await getDebriefState(workspaceId)), updatedAt: now.toISOString() };
    await database.debrief.put(next);
    return next;
  });
}

/**
 * Records the consensus score the panel agreed for one (candidate, criterion), replacing an earlier
 * one for the same item. Throws when the justification is empty: a consensus score needs one.
 */
export async function recordConsensus(
  workspaceId: string,
  entry: ConsensusScore,
  now: Date = new Date(),
): Promise<DebriefRecord> {
  const justification = entry.justification.trim();
  if (justification === '') {
    throw new Error(
      'A consensus score needs a written justification: write why the panel agreed this score, then record it.',
    );
  }
  const recorded = { ...entry, justification };
  return updateState(
    workspaceId,
    (state) => ({
      ...state,
      consensus: [
        ...state.consensus.filter(
          (c) => c.candidateId !== entry.candidateId || c.criterionId !== entry.criterionId,
        ),
        recorded,
      ],
    }),
    now,
  );
}

/** Withdraws the consensus score of one item: the independent scores alone stand for it again. */
export async function withdrawConsensus(
  workspaceId: string,
  candidateId: string,
  criterionId: string,
  now: Date = new Date(),
): Promise<DebriefRecord> {
  return updateState(
    workspaceId,
    (state) => ({
      ...state,
      consensus: state.consensus.filter(
        (c) => c.candidateId !== candidateId || c.criterionId !== criterionId,
      ),
    }),
    now,
  );
}

/** Saves part of the outcome being recorded (selected candidates, rationale). */
export async function updateOutcomeDraft(
  workspaceId: string,
  patch: Partial<Pick<OutcomeDraft, 'selected' | 'rationale'>>,
  now: Date = new Date(),
): Promise<DebriefRecord> {
  return updateState(
    workspaceId,
    (state) => ({ ...state, draft: { ...(state.draft ?? emptyDraft()), ...patch } }),
    now,
  );
}

/** Records one member's concurrence (agrees or dissents, with an optional note), replacing an earlier one. */
export async function recordConcurrence(
  workspaceId: string,
  concurrence: Concurrence,
  now: Date = new Date(),
): Promise<DebriefRecord> {
  return updateState(
    workspaceId,
    (state) => {
      const draft = state.draft ?? emptyDraft();
      const others = draft.concurrences.filter((c) => c.memberId !== concurrence.memberId);
      return { ...state, draft: { ...draft, concurrences: [...others, concurrence] } };
    },
    now,
  );
}

/** Keeps the signed decision record (and its outcome) as the one the debrief produced. */
export async function recordSignedDecision(
  workspaceId: string,
  decision: DecisionRecord,
  now: Date = new Date(),
): Promise<DebriefRecord> {
  return updateState(workspaceId, (state) => ({ ...state, decision, outcome: decision.outcome }), now);
}

/** The remembered presentation settings (defaults when none were saved or they no longer fit). */
export async function getPresentationSettings(): Promise<PresentationSettings> {
  const value = (await db().settings.get(PRESENTATION_KEY))?.value as
    Partial<PresentationSettings> | undefined;
  return {
    theme: value?.theme === 'light' ? 'light' : 'dark',
    memberLabels: value?.memberLabels === 'letters' ? 'letters' : 'names',
  };
}

/** Remembers the presentation settings for the next meeting. */
export async function setPresentationSettings(settings: PresentationSettings): Promise<void> {
  await db().settings.put({ key: PRESENTATION_KEY, value: settings });
}
