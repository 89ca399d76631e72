// What a re-issue changes for the members, in words: the list shown before signing again.

import { fingerprint } from '../../../../../core/crypto/ed25519';
import type { Exercise, UnsignedExercise } from '../../../../../core/types';
import type { PackageDraft } from '../../../../../core/package/package';

type Comparable = Pick<UnsignedExercise, 'title' | 'description' | 'scale' | 'divergenceThreshold' | 'criteria' | 'panel'> & {
  candidates: PackageDraft['candidates'];
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One line per change from `before` (the exercise as last issued) to `after`. Empty when nothing changed. */
export function describeChanges(before: Exercise, after: Comparable): string[] {
  const changes: string[] = [];
  if (before.title !== after.title) changes.push(`Title changed to “${after.title}”.`);
  if ((before.description ?? '') !== (after.description ?? '')) changes.push('Description changed.');
  if (!same({ ...before.scale }, { ...after.scale })) changes.push('Scale changed.');
  if ((before.divergenceThreshold ?? 2) !== (after.divergenceThreshold ?? 2)) changes.push(`Divergence threshold changed to ${after.divergenceThreshold ?? 2}.`);

  const oldCriteria = new Map(before.criteria.map((c) => [c.id, c]));
  const newCriteria = new Map(after.criteria.map((c) => [c.id, c]));
  for (const c of after.criteria) {
    const old = oldCriteria.get(c.id);
    if (!old) changes.push(`Competency added: ${c.name}.`);
    else if (!same(old, c)) changes.push(`Competency changed: ${c.name}.`);
  }
  for (const c of before.criteria) if (!newCriteria.has(c.id)) changes.push(`Competency removed: ${c.name}.`);
  if (same([...oldCriteria.keys()].filter((id) => newCriteria.has(id)), [...newCriteria.keys()].filter((id) => oldCriteria.has(id))) === false) {
    changes.push('Competencies reordered.');
  }

  const oldCandidates = new Map(before.candidates.map((c) => [c.id, c]));
  const newIds = new Set(after.candidates.map((c) => c.id));
  for (const c of after.candidates) {
    const old = oldCandidates.get(c.id);
    if (!old) changes.push(`Candidate added: ${c.name}.`);
    else if (old.name !== c.name || (old.summary ?? '') !== (c.summary ?? '') || !same(old.fields ?? {}, c.fields ?? {})) changes.push(`Candidate changed: ${c.name}.`);
    else if (!same((old.documents ?? []).map((d) => d.path), (c.documents ?? []).map((d) => d.path))) changes.push(`Documents of ${c.name} changed.`);
  }
  for (const c of before.candidates) if (!newIds.has(c.id)) changes.push(`Candidate removed: ${c.name}.`);

  const oldPanel = new Map(before.panel.map((m) => [m.id, m]));
  const newPanel = new Set(after.panel.map((m) => m.id));
  for (const m of after.panel) {
    const old = oldPanel.get(m.id);
    if (!old) {
      changes.push(`Panel member added: ${m.name}${m.publicKey ? ` (key ${fingerprint(m.publicKey)} pinned)` : ''}.`);
      continue;
    }
    if (old.publicKey !== m.publicKey) {
      changes.push(
        m.publicKey === undefined
          ? `Key of ${m.name} no longer pinned.`
          : `Key of ${m.name} pinned: ${fingerprint(m.publicKey)}${old.publicKey ? ` (was ${fingerprint(old.publicKey)})` : ''}.`,
      );
    }
    if (old.name !== m.name || (old.affiliation ?? '') !== (m.affiliation ?? '') || old.role !== m.role) changes.push(`Panel member changed: ${m.name}.`);
  }
  for (const m of before.panel) if (!newPanel.has(m.id)) changes.push(`Panel member removed: ${m.name}.`);
  return changes;
}
