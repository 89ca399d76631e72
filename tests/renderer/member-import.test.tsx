import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fingerprint, memorySigner } from '../../core/crypto/ed25519';
import { base64UrlEncode, utf8Encode } from '../../core/encoding';
import { type PackageDraft, writePackage } from '../../core/package/package';
import { App } from '../../renderer/src/app/App';
import {
  getExercise,
  listWorkspaces,
  readEditLog,
  readMemberWork,
  resetDatabase,
  setScore,
} from '../../renderer/src/db';
import { type Platform, setPlatform } from '../../renderer/src/platform';
import { resetUiState } from '../../renderer/src/state';
import { fakeMemberPlatform } from './helpers/member-workspace';

const SECRETARIAT = memorySigner(new Uint8Array(32).fill(11));
const IMPOSTOR = memorySigner(new Uint8Array(32).fill(12));
const WORKSPACE = 'member:ex-imp';
const CV = utf8Encode('%PDF-1.7 a small stand-in CV');

/** A signed package: two candidates, the given criteria, issued at `issuedAt`. */
async function packageFile(
  options: {
    signer?: typeof SECRETARIAT;
    criteria?: string[];
    issuedAt?: string;
    exerciseId?: string;
    title?: string;
  } = {},
) {
  const {
    signer = SECRETARIAT,
    criteria = ['leadership', 'diplomacy'],
    issuedAt = '2026-05-01T09:00:00Z',
    exerciseId = 'ex-imp',
    title = 'Head of Unit',
  } = options;
  const draft: PackageDraft = {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId,
    title,
    issuedAt,
    secretariat: { name: 'Test secretariat', publicKey: base64UrlEncode(signer.publicKey) },
    scale: { min: 1, max: 5, step: 1 },
    criteria: criteria.map((id) => ({
      id,
      name: id[0].toUpperCase() + id.slice(1),
      kind: 'core' as const,
      weight: 1,
    })),
    candidates: [
      {
        id: 'cand-1',
        name: 'Ada Example',
        documents: [{ path: 'documents/cand-1/cv.pdf', mediaType: 'application/pdf' }],
      },
      { id: 'cand-2', name: 'Bo Sample' },
    ],
    panel: [{ id: 'm-one', name: 'Member One', role: 'chair' }],
  };
  const { bytes } = await writePackage(draft, new Map([['documents/cand-1/cv.pdf', CV]]), signer);
  return { name: `${exerciseId}.panelpkg`, bytes };
}

let openFiles: ReturnType<typeof vi.fn<Platform['openFiles']>>;

function renderStart() {
  const fake = fakeMemberPlatform();
  openFiles = vi.fn<Platform['openFiles']>();
  setPlatform({ ...fake, openFiles });
  const user = userEvent.setup();
  render(<App />);
  return user;
}

async function pick(user: ReturnType<typeof userEvent.setup>, file: { name: string; bytes: Uint8Array }) {
  openFiles.mockResolvedValueOnce([file]);
  await user.click(screen.getByRole('button', { name: 'Import a package' }));
}

beforeEach(() => localStorage.clear());

afterEach(async () => {
  cleanup();
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  await resetDatabase();
});

describe('importing an exercise package as a member', () => {
  it('shows the secretariat fingerprint and stores nothing until the member confirms', async () => {
    const user = renderStart();
    const file = await packageFile();
    await pick(user, file);
    const shown = await screen.findByLabelText(/^Secretariat key fingerprint/);
    expect(shown).toHaveTextContent(fingerprint(SECRETARIAT.publicKey));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await listWorkspaces()).toEqual([]);

    await pick(user, file);
    await user.click(await screen.findByRole('button', { name: 'Confirm: the fingerprint matches' }));
    await screen.findByRole('heading', { name: 'Before the interviews' });
    const stored = await getExercise(WORKSPACE);
    expect(stored?.secretariatFingerprint).toBe(fingerprint(SECRETARIAT.publicKey));
    expect((await readEditLog(WORKSPACE)).map((e) => e.action)).toEqual(['import-package']);
  });

  it('refuses a corrupt file with its reason and stores nothing', async () => {
    const user = renderStart();
    await pick(user, { name: 'broken.panelpkg', bytes: utf8Encode('this is not a zip archive at all') });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/“broken\.panelpkg” was refused: .+ Nothing was stored\./);
    expect(await listWorkspaces()).toEqual([]);
  });

  it('takes a package dropped on the import panel', async () => {
    renderStart();
    const { bytes } = await packageFile();
    const file = new File([bytes as Uint8Array<ArrayBuffer>], 'ex-imp.panelpkg');
    fireEvent.drop(screen.getByRole('region', { name: 'Panel member: import a package' }), {
      dataTransfer: { files: [file] },
    });
    expect(await screen.findByLabelText(/^Secretariat key fingerprint/)).toHaveTextContent(
      fingerprint(SECRETARIAT.publicKey),
    );
    expect(openFiles).not.toHaveBeenCalled();
  });

  it('refuses a package for the same exercise signed by another key, naming both fingerprints', async () => {
    const user = renderStart();
    await pick(user, await packageFile());
    await user.click(await screen.findByRole('button', { name: 'Confirm: the fingerprint matches' }));
    await screen.findByRole('heading', { name: 'Before the interviews' });
    const before = await getExercise(WORKSPACE);

    await user.click(screen.getByRole('button', { name: 'Import package' }));
    await pick(user, await packageFile({ signer: IMPOSTOR, issuedAt: '2026-05-02T09:00:00Z' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(fingerprint(IMPOSTOR.publicKey));
    expect(alert).toHaveTextContent(fingerprint(SECRETARIAT.publicKey));
    expect(alert).toHaveTextContent('Nothing was stored.');
    expect(screen.queryByRole('button', { name: /Confirm|Replace/ })).not.toBeInTheDocument();
    expect(await getExercise(WORKSPACE)).toEqual(before);
  });

  it('replaces the exercise with a newer version only after confirmation, keeping the scores that still fit', async () => {
    const user = renderStart();
    await pick(user, await packageFile());
    await user.click(await screen.findByRole('button', { name: 'Confirm: the fingerprint matches' }));
    await screen.findByRole('heading', { name: 'Before the interviews' });
    await setScore(WORKSPACE, 'cand-1', 'leadership', 4);
    await setScore(WORKSPACE, 'cand-1', 'diplomacy', 2);
    await setScore(WORKSPACE, 'cand-2', 'diplomacy', 5);

    await user.click(screen.getByRole('button', { name: 'Import package' }));
    const newer = await packageFile({
      criteria: ['leadership', 'integrity'],
      issuedAt: '2026-05-03T09:00:00Z',
    });
    await pick(user, newer);
    const confirm = await screen.findByRole('group', { name: /A newer version of “Head of Unit”/ });
    expect(confirm).toHaveTextContent(
      '2 scores for candidates or competencies no longer in it will be removed',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await readMemberWork(WORKSPACE)).scores).toHaveLength(3);

    await pick(user, newer);
    await user.click(await screen.findByRole('button', { name: 'Replace with the newer version' }));
    await screen.findByRole('heading', { name: 'Before the interviews' });
    await waitFor(async () =>
      expect((await getExercise(WORKSPACE))?.exercise.issuedAt).toBe('2026-05-03T09:00:00Z'),
    );
    const scores = (await readMemberWork(WORKSPACE)).scores.map(
      (s) => `${s.candidateId}/${s.criterionId}=${s.score}`,
    );
    expect(scores).toEqual(['cand-1/leadership=4']);
    expect((await readEditLog(WORKSPACE)).at(-1)?.action).toBe('replace-package');
  });

  it('opens another exercise when its package is imported from inside a workspace', async () => {
    const user = renderStart();
    await pick(user, await packageFile());
    await user.click(await screen.findByRole('button', { name: 'Confirm: the fingerprint matches' }));
    await screen.findByRole('heading', { name: 'Head of Unit', level: 1 });
    await user.click(screen.getByRole('button', { name: 'Import package' }));
    await pick(user, await packageFile({ exerciseId: 'ex-other', title: 'Finance Officer' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm: the fingerprint matches' }));
    await screen.findByRole('heading', { name: 'Finance Officer', level: 1 });
    expect((await listWorkspaces('member')).map((w) => w.id).sort()).toEqual([
      'member:ex-imp',
      'member:ex-other',
    ]);
  });
});
