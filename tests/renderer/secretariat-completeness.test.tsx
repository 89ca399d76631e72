import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { hashString } from '../../core/canonical';
import { base64UrlEncode, utf8Encode } from '../../core/encoding';
import { memorySigner, publicKeyOf } from '../../core/crypto/ed25519';
import { signDocument } from '../../core/crypto/signed-doc';
import { mergeSheets } from '../../core/merge/merge';
import type { Exercise, SheetCandidate } from '../../core/types';
import { CompletenessMatrix } from '../../renderer/src/features/secretariat/CompletenessMatrix';
import { completenessMatrix } from '../../renderer/src/features/secretariat/completeness';

const secret = (seed: number) => new Uint8Array(32).fill(seed);
const key = (seed: number) => base64UrlEncode(publicKeyOf(secret(seed)));
const EXERCISE_HASH = hashString(utf8Encode('completeness test exercise'));

const exercise: Exercise = {
  format: 'panelscore.exercise',
  formatVersion: 1,
  exerciseId: 'ex-complete',
  title: 'Head of Unit',
  issuedAt: '2026-05-01T09:00:00Z',
  secretariat: { name: 'Secretariat', publicKey: key(1) },
  scale: { min: 1, max: 5, step: 1 },
  criteria: [
    { id: 'leadership', name: 'Leadership', kind: 'core', weight: 2 },
    { id: 'diplomacy', name: 'Diplomacy', kind: 'functional', weight: 1 },
  ],
  candidates: [
    { id: 'cand-1', name: 'Ada Example' },
    { id: 'cand-2', name: 'Bo Sample' },
    { id: 'cand-3', name: 'Cy Person' },
  ],
  panel: [
    { id: 'm-one', name: 'Member One', role: 'chair', publicKey: key(11) },
    { id: 'm-two', name: 'Member Two', role: 'member', publicKey: key(12) },
    { id: 'm-three', name: 'Member Three', role: 'member', publicKey: key(13) },
  ],
  signature: { alg: 'Ed25519', publicKey: key(1), value: 'A'.repeat(86) },
};

const full = (candidateId: string): SheetCandidate => ({
  candidateId,
  recused: false,
  ratings: [
    { criterionId: 'leadership', score: 4 },
    { criterionId: 'diplomacy', score: 3 },
  ],
});

async function sheet(memberSeed: number, memberId: string, candidates: SheetCandidate[]): Promise<Uint8Array> {
  const unsigned = {
    format: 'panelscore.scores' as const,
    formatVersion: 1 as const,
    exerciseId: exercise.exerciseId,
    exerciseHash: EXERCISE_HASH,
    memberId,
    revision: 1,
    issuedAt: '2026-05-10T12:00:00Z',
    candidates,
  };
  return utf8Encode(JSON.stringify(await signDocument(unsigned, memorySigner(secret(memberSeed)))));
}

/** m-one: complete, complete, recused; m-two: complete, one competency only, left out; m-three: no sheet. */
async function decision() {
  const sheets = [
    await sheet(11, 'm-one', [full('cand-1'), full('cand-2'), { candidateId: 'cand-3', recused: true, recusalReason: 'Former colleague', ratings: [] }]),
    await sheet(12, 'm-two', [full('cand-1'), { candidateId: 'cand-2', recused: false, ratings: [{ criterionId: 'leadership', score: 2 }] }]),
  ];
  return mergeSheets({ pkg: { exercise, exerciseHash: EXERCISE_HASH }, sheets });
}

afterEach(cleanup);

describe('completenessMatrix', () => {
  it('marks each member and candidate complete, incomplete, recused or missing from the kept sheets', async () => {
    const rows = completenessMatrix(exercise, await decision());
    expect(rows.map((r) => [r.memberId, ...r.cells.map((c) => c.state)])).toEqual([
      ['m-one', 'complete', 'complete', 'recused'],
      ['m-two', 'complete', 'incomplete', 'incomplete'],
      ['m-three', 'missing', 'missing', 'missing'],
    ]);
  });

  it('counts a member whose only sheet was rejected as missing', async () => {
    const forged = await sheet(99, 'm-two', [full('cand-1')]);
    const record = mergeSheets({ pkg: { exercise, exerciseHash: EXERCISE_HASH }, sheets: [forged] });
    expect(record.rejected).toHaveLength(1);
    expect(completenessMatrix(exercise, record).find((r) => r.memberId === 'm-two')?.cells.map((c) => c.state)).toEqual(['missing', 'missing', 'missing']);
  });
});

describe('CompletenessMatrix', () => {
  it('shows each state in words in the member’s row, under the candidate’s column', async () => {
    render(<CompletenessMatrix exercise={exercise} decision={await decision()} />);
    const table = screen.getByRole('table', { name: /Completeness of the score sheets/ });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Member', 'Ada Example', 'Bo Sample', 'Cy Person']);
    const cells = (member: string) =>
      within(within(table).getByRole('rowheader', { name: member }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('Member One')).toEqual(['Complete', 'Complete', 'Recused']);
    expect(cells('Member Two')).toEqual(['Complete', 'Incomplete', 'Incomplete']);
    expect(cells('Member Three')).toEqual(['No sheet', 'No sheet', 'No sheet']);
  });

  it('says how many scores are still owed, and that none are once every member has finished', async () => {
    const { unmount } = render(<CompletenessMatrix exercise={exercise} decision={await decision()} />);
    expect(screen.getByText(/5 of 9 member–candidate scores are still owed: 3 with no sheet yet, 2 incomplete/)).toBeInTheDocument();
    unmount();

    const everyone = await Promise.all([
      sheet(11, 'm-one', [full('cand-1'), full('cand-2'), full('cand-3')]),
      sheet(12, 'm-two', [full('cand-1'), full('cand-2'), { candidateId: 'cand-3', recused: true, recusalReason: 'Relative', ratings: [] }]),
      sheet(13, 'm-three', [full('cand-1'), full('cand-2'), full('cand-3')]),
    ]);
    render(<CompletenessMatrix exercise={exercise} decision={mergeSheets({ pkg: { exercise, exerciseHash: EXERCISE_HASH }, sheets: everyone })} />);
    expect(screen.getByText('Every member has scored every candidate (or recused).')).toBeInTheDocument();
  });
});
