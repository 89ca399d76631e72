// Validation as the secretariat types: first what a person would miss (names, weights), then
// the very parser a member's app runs on import (parseUnsignedExercise), its paths put in words.

import { base64UrlEncode } from '../../../../../core/encoding';
import { publicKeyOf } from '../../../../../core/crypto/ed25519';
import { parseUnsignedExercise } from '../../../../../core/formats/exercise';
import { type ExerciseDraft, parseNumber, toPackageDraft } from './draft';

// A key no person holds, standing in for the secretariat's until the package is signed.
const STAND_IN_KEY = base64UrlEncode(publicKeyOf(new Uint8Array(32).fill(0x5a)));
const STAND_IN_HASH = `sha256:${'0'.repeat(64)}`;

function editorProblem(draft: ExerciseDraft): string | null {
  if (draft.title.trim() === '') return 'Give the exercise a title.';
  if (draft.secretariatName.trim() === '') return 'Give the secretariat’s name: members see it beside your key.';
  const threshold = parseNumber(draft.divergenceThreshold);
  if (draft.divergenceThreshold.trim() !== '' && (threshold === null || threshold <= 0)) {
    return `The divergence threshold “${draft.divergenceThreshold}” is not a number greater than 0.`;
  }
  if (draft.criteria.length === 0) return 'Add at least one competency, or start from the demo’s competencies.';
  for (const [i, c] of draft.criteria.entries()) {
    if (c.name.trim() === '') return `Competency ${i + 1} has no name.`;
    const weight = parseNumber(c.weight);
    if (weight === null || weight <= 0) return `Competency ${i + 1} (${c.name.trim()}): the weight “${c.weight}” is not a number greater than 0.`;
  }
  if (!draft.candidates.some((c) => c.shortlisted)) return 'Add a candidate, or put at least one on the shortlist.';
  for (const [i, c] of draft.candidates.entries()) if (c.shortlisted && c.name.trim() === '') return `Candidate ${i + 1} has no name.`;
  if (draft.panel.length === 0) return 'Add at least one panel member.';
  for (const [i, m] of draft.panel.entries()) if (m.name.trim() === '') return `Panel member ${i + 1} has no name.`;
  return null;
}

/** Core's message with its paths (`criteria[0].weight`) named as the editor shows them. */
function inEditorTerms(message: string, draft: ExerciseDraft): string {
  const shortlist = draft.candidates.filter((c) => c.shortlisted);
  return message
    .replace(/: ask the secretariat[^:]*$/, '.')
    .replace(/\bcriteria\[(\d+)\]\.?/g, (_, i: string) => `Competency ${Number(i) + 1} (${draft.criteria[Number(i)]?.name ?? ''}) `)
    .replace(/\bcandidates\[(\d+)\]\.?/g, (_, i: string) => `Candidate ${shortlist[Number(i)]?.name ?? Number(i) + 1} `)
    .replace(/\bpanel\[(\d+)\]\.?/g, (_, i: string) => `Panel member ${draft.panel[Number(i)]?.name ?? Number(i) + 1} `)
    .replace(/^exerciseId\b/, 'The exercise id');
}

/** Why the draft could not be issued as it stands, or null when it could. */
export function draftProblem(draft: ExerciseDraft, secretariatKey: string = STAND_IN_KEY): string | null {
  const own = editorProblem(draft);
  if (own !== null) return own;
  const { exercise } = toPackageDraft(draft, secretariatKey, '2026-01-01T00:00:00Z');
  const withSizes = {
    ...exercise,
    candidates: exercise.candidates.map((c) =>
      c.documents ? { ...c, documents: c.documents.map((d) => ({ ...d, size: 0, sha256: STAND_IN_HASH })) } : c,
    ),
  };
  try {
    parseUnsignedExercise(withSizes);
    return null;
  } catch (error) {
    return inEditorTerms(error instanceof Error ? error.message : String(error), draft);
  }
}
