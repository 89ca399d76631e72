import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { memorySigner, publicKeyOf } from '../../../core/crypto/ed25519';
import { verifyDecision } from '../../../core/decision';
import { base64UrlEncode } from '../../../core/encoding';
import { parseStrictJson } from '../../../core/json/strict-json';
import type { Exercise } from '../../../core/types';
import { resetDatabase } from '../../../renderer/src/db';
import {
  getDebriefState,
  recordConcurrence,
  recordConsensus,
  updateOutcomeDraft,
} from '../../../renderer/src/db/debrief-state';
import { DecisionView } from '../../../renderer/src/features/debrief/DecisionView';
import type { DebriefData } from '../../../renderer/src/features/debrief/debrief-model';
import {
  buildOutcome,
  chooseDecisionSigner,
  outcomeProblems,
  signDecisionRecord,
} from '../../../renderer/src/features/debrief/sign-decision';
import { type Platform, setPlatform } from '../../../renderer/src/platform';
import { byName, demoDebrief } from './demo-debrief';

const WORKSPACE = 'debrief:isu-director-2026';
let data: DebriefData;
let platform: Platform & { saveFile: ReturnType<typeof vi.fn>; getSigner: ReturnType<typeof vi.fn> };

beforeAll(async () => {
  ({ data } = await demoDebrief());
}, 60_000);

beforeEach(() => {
  platform = {
    openFiles: vi.fn(() => Promise.resolve([])),
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.reject(new Error('the demo is signed with its own key'))),
    appInfo: vi.fn(() =>
      Promise.resolve({
        name: 'Panelscore',
        version: 'test',
        runtime: 'browser' as const,
        keysProtectedByOs: false,
      }),
    ),
  };
  setPlatform(platform);
});

afterEach(async () => {
  cleanup();
  setPlatform(null);
  await resetDatabase();
});

const fullDraft = () => ({
  selected: ['cand-01'],
  rationale: 'Strongest on the heaviest competencies.',
  concurrences: data.exercise.panel.map((m, i) =>
    i === 1 ? { memberId: m.id, agrees: false, note: 'Preferred cand-02' } : { memberId: m.id, agrees: true },
  ),
});

describe('the decision signer', { timeout: 20_000 }, () => {
  it('signs the demo exercise with its DEMO ONLY secretariat key, the key its package was signed with', async () => {
    const chosen = await chooseDecisionSigner(data.exercise, () => Promise.reject(new Error('not asked')));
    expect(chosen.demoOnly).toBe(true);
    expect(base64UrlEncode(chosen.signer.publicKey)).toBe(data.exercise.secretariat.publicKey);
  });

  it('refuses to sign with this computer’s secretariat key when it did not sign the package', async () => {
    const exercise: Exercise = { ...data.exercise, exerciseId: 'real-exercise' };
    const other = memorySigner(new Uint8Array(32).fill(7));
    await expect(
      chooseDecisionSigner(exercise, () => Promise.resolve({ signer: other, fingerprint: 'aaaa' })),
    ).rejects.toThrow(
      /is not the key that signed the package of exercise real-exercise.*sign the decision on the secretariat computer/,
    );
  });

  it('uses this computer’s secretariat key when it is the package’s', async () => {
    const secret = new Uint8Array(32).fill(9);
    const exercise: Exercise = {
      ...data.exercise,
      exerciseId: 'real-exercise',
      secretariat: { name: 'S', publicKey: base64UrlEncode(publicKeyOf(secret)) },
    };
    const chosen = await chooseDecisionSigner(exercise, () =>
      Promise.resolve({ signer: memorySigner(secret), fingerprint: 'ffff' }),
    );
    expect(chosen).toMatchObject({ demoOnly: false, fingerprint: 'ffff' });
  });
});

describe('the signed decision record', { timeout: 20_000 }, () => {
  it('is core’s merge with the outcome, consensus in exercise order, and verifies against the exercise', async () => {
    const consensus = [
      { candidateId: 'cand-05', criterionId: 'team-and-budget', score: 4, justification: 'b' },
      { candidateId: 'cand-01', criterionId: 'team-and-budget', score: 4, justification: 'a' },
    ];
    const outcome = buildOutcome(fullDraft(), consensus, data.exercise, new Date('2026-06-01T10:20:30.456Z'));
    const { signer } = await chooseDecisionSigner(data.exercise, () =>
      Promise.reject(new Error('not asked')),
    );
    const { bytes } = await signDecisionRecord(data.decision, outcome, data.exercise, signer);
    const record = verifyDecision(parseStrictJson(bytes), data.exercise);
    expect(record.candidates).toEqual(data.decision.candidates);
    expect(record.reliability).toEqual(data.decision.reliability);
    expect(record.outcome).toEqual({
      ...fullDraft(),
      decidedAt: '2026-06-01T10:20:30Z',
      consensus: [consensus[1], consensus[0]],
    });
  });

  it('says what is missing before the outcome can be signed', () => {
    const problems = outcomeProblems(
      { selected: [], rationale: ' ', concurrences: [] },
      data.exercise,
      byName(data),
    );
    expect(problems).toHaveLength(3);
    expect(problems[2]).toContain(data.exercise.panel[0].name);
    expect(outcomeProblems(fullDraft(), data.exercise, byName(data))).toEqual([]);
  });
});

describe('DecisionView', { timeout: 20_000 }, () => {
  it('keeps signing disabled until the outcome is complete', async () => {
    const state = await getDebriefState(WORKSPACE);
    render(
      <DecisionView
        workspaceId={WORKSPACE}
        data={data}
        state={state}
        draft={state.draft!}
        label={byName(data)}
        onPrintReport={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Sign and save the decision' })).toBeDisabled();
    expect(screen.getByText(/Select the recommended candidate/)).toBeInTheDocument();
  });

  it('signs, verifies and saves <exerciseId>.decision.json, and keeps the signed record', async () => {
    await recordConsensus(WORKSPACE, {
      candidateId: 'cand-05',
      criterionId: 'team-and-budget',
      score: 4,
      justification: 'Agreed',
    });
    const draft = fullDraft();
    await updateOutcomeDraft(WORKSPACE, { selected: draft.selected, rationale: draft.rationale });
    for (const c of draft.concurrences) await recordConcurrence(WORKSPACE, c);
    const state = await getDebriefState(WORKSPACE);
    render(
      <DecisionView
        workspaceId={WORKSPACE}
        data={data}
        state={state}
        draft={state.draft!}
        label={byName(data)}
        onPrintReport={() => undefined}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sign and save the decision' }));
    await screen.findByText(/The decision is signed with the DEMO ONLY secretariat key/);
    expect(platform.saveFile).toHaveBeenCalledTimes(1);
    const [name, bytes] = platform.saveFile.mock.calls[0] as [string, Uint8Array];
    expect(name).toBe('isu-director-2026.decision.json');
    const record = verifyDecision(parseStrictJson(bytes), data.exercise);
    expect(record.outcome?.consensus).toEqual([
      { candidateId: 'cand-05', criterionId: 'team-and-budget', score: 4, justification: 'Agreed' },
    ]);
    expect((await getDebriefState(WORKSPACE)).decision).toEqual(record);
  });
});
