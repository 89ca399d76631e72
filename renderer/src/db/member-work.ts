// A panel member's own work in a workspace: who they are, their scores, evidence notes,
// comments and recusals. Each command is one transaction with its edit-log entry, and
// resolves only once IndexedDB has committed it (so the screen may then say "Saved").

import type { JsonObject } from '../../../core/types';
import { db } from './connection';
import { appendEditLog, lastEditLogEntry } from './edit-log';
import { rememberForSaving, saveScoreChange } from './save-channel';
import { WorkspaceError } from './exercises';
import type { CandidateNoteRecord, MemberIdentityRecord, ScoreRecord } from './records';

/** Everything a member has entered for one candidate. */
export interface CandidateWork {
  scores: ScoreRecord[];
  note: CandidateNoteRecord | undefined;
}

/** Everything a member has entered in a workspace. */
export interface MemberWork {
  scores: ScoreRecord[];
  notes: CandidateNoteRecord[];
}

const identityKey = (workspaceId: string) => `member-identity:${workspaceId}`;

function change<T>(tables: 'scores' | 'notes' | 'both' | 'settings', work: () => Promise<T>): Promise<T> {
  const database = db();
  const scope = {
    scores: [database.scores],
    notes: [database.candidateNotes],
    both: [database.scores, database.candidateNotes],
    settings: [database.settings],
  }[tables];
  return database.transaction('rw', [...scope, database.editLog], work);
}

/** All of a member's scores and candidate notes in a workspace. */
export async function readMemberWork(workspaceId: string): Promise<MemberWork> {
  const database = db();
  const [scores, notes] = await Promise.all([
    database.scores.where('workspaceId').equals(workspaceId).toArray(),
    database.candidateNotes.where('workspaceId').equals(workspaceId).toArray(),
  ]);
  return { scores, notes };
}

/** A member's scores and note for one candidate (remembered, so that the next change to them takes one round trip). */
export async function readCandidateWork(workspaceId: string, candidateId: string): Promise<CandidateWork> {
  const database = db();
  const [scores, note, head] = await database.transaction('r', [database.scores, database.candidateNotes, database.editLog], () =>
    Promise.all([
      database.scores.where('[workspaceId+candidateId]').equals([workspaceId, candidateId]).toArray(),
      database.candidateNotes.get([workspaceId, candidateId]),
      lastEditLogEntry(workspaceId),
    ]),
  );
  rememberForSaving(workspaceId, candidateId, scores, head);
  return { scores, note };
}

/** Sets (or with null clears) the score of one candidate on one criterion. */
export async function setScore(workspaceId: string, candidateId: string, criterionId: string, score: number | null, now = new Date()): Promise<void> {
  await saveScoreChange([workspaceId, candidateId, criterionId], { field: 'score', score, at: now.toISOString() });
}

/** Sets the evidence notes of one candidate on one criterion (an empty text removes them). */
export async function setEvidence(workspaceId: string, candidateId: string, criterionId: string, evidence: string, now = new Date()): Promise<void> {
  await saveScoreChange([workspaceId, candidateId, criterionId], { field: 'evidence', evidence, at: now.toISOString() });
}

function noteOf(existing: CandidateNoteRecord | undefined, workspaceId: string, candidateId: string, at: string): CandidateNoteRecord {
  return { ...(existing ?? { workspaceId, candidateId, recused: false }), updatedAt: at };
}

/** Sets the overall comment on a candidate (an empty text removes it). */
export async function setComment(workspaceId: string, candidateId: string, comment: string, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await change('notes', async () => {
    const note = noteOf(await db().candidateNotes.get([workspaceId, candidateId]), workspaceId, candidateId, at);
    if (comment === '') delete note.comment;
    else note.comment = comment;
    await db().candidateNotes.put(note);
    await appendEditLog(workspaceId, 'comment', { candidateId, comment }, at);
  });
}

/** Declares a conflict of interest: the candidate's scores and evidence from this member are removed. */
export async function declareRecusal(workspaceId: string, candidateId: string, reason: string, now = new Date()): Promise<void> {
  const trimmed = reason.trim();
  if (trimmed === '') throw new WorkspaceError('A recusal needs its reason (for example “former colleague”): the secretariat and the panel will see it.');
  const at = now.toISOString();
  await change('both', async () => {
    const removed = await db().scores.where('[workspaceId+candidateId]').equals([workspaceId, candidateId]).toArray();
    await db().scores.bulkDelete(removed.map((s): [string, string, string] => [workspaceId, candidateId, s.criterionId]));
    const note = noteOf(await db().candidateNotes.get([workspaceId, candidateId]), workspaceId, candidateId, at);
    await db().candidateNotes.put({ ...note, recused: true, recusalReason: trimmed });
    const removedScores: JsonObject = Object.fromEntries(removed.map((s) => [s.criterionId, s.score]));
    await appendEditLog(workspaceId, 'recuse', { candidateId, reason: trimmed, removedScores }, at);
  });
}

/** Withdraws a recusal declared by mistake: the candidate can be scored again. */
export async function withdrawRecusal(workspaceId: string, candidateId: string, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await change('notes', async () => {
    const note = noteOf(await db().candidateNotes.get([workspaceId, candidateId]), workspaceId, candidateId, at);
    delete note.recusalReason;
    await db().candidateNotes.put({ ...note, recused: false });
    await appendEditLog(workspaceId, 'withdraw-recusal', { candidateId }, at);
  });
}

/** Which panel entry this workspace's member is, or undefined before they have said. */
export async function getMemberIdentity(workspaceId: string): Promise<MemberIdentityRecord | undefined> {
  const row = await db().settings.get(identityKey(workspaceId));
  return row?.value as MemberIdentityRecord | undefined;
}

/** Records which panel entry this workspace's member is, with the key they sign with. */
export async function setMemberIdentity(identity: MemberIdentityRecord): Promise<void> {
  await change('settings', async () => {
    await db().settings.put({ key: identityKey(identity.workspaceId), value: identity });
    const { memberId, fingerprint } = identity;
    await appendEditLog(identity.workspaceId, 'identity', { memberId, fingerprint }, identity.chosenAt);
  });
}
