// Opens a member workspace in the whole app for component tests: a small exercise with a
// full rubric (description, indicators, anchors, questions), a fake platform with a real key.

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { fingerprint, memorySigner } from '../../../core/crypto/ed25519';
import type { VerifiedPackage } from '../../../core/package/package';
import { App } from '../../../renderer/src/app/App';
import { importExercise } from '../../../renderer/src/db';
import type { Platform } from '../../../renderer/src/platform';
import { useUiStore } from '../../../renderer/src/state/ui-store';
import { fixturePackage, testKey } from './exercise-fixture';

export const MEMBER_SECRET = new Uint8Array(32).fill(7);
export const WORKSPACE = 'member:ex-1';

/** The fixture package with a rubric a member scores against, three candidates and two panel members. */
export function memberPackage(): VerifiedPackage {
  const pkg = fixturePackage();
  const anchors = { '1': 'No evidence', '2': 'Some evidence', '3': 'Meets the bar', '4': 'Above the bar', '5': 'Exceptional' };
  pkg.exercise.criteria = pkg.exercise.criteria.map((criterion) => ({
    ...criterion,
    description: `What ${criterion.name} means for this post.`,
    indicators: [`Shows ${criterion.name.toLowerCase()} under pressure`],
    anchors,
    questions: [`Tell us about a time you showed ${criterion.name.toLowerCase()}.`],
  }));
  pkg.exercise.candidates.push({ id: 'cand-3', name: 'Cy Third', summary: 'Diplomat' });
  pkg.exercise.panel = [
    { id: 'm-one', name: 'Member One', role: 'chair', publicKey: testKey(3) },
    { id: 'm-two', name: 'Member Two', affiliation: 'Ruritania', role: 'member' },
  ];
  return pkg;
}

export type FakePlatform = Platform & { saveFile: ReturnType<typeof vi.fn> };

/** A platform whose member key is a fixed in-memory key and whose saves are recorded. */
export function fakeMemberPlatform(): FakePlatform {
  const signer = memorySigner(MEMBER_SECRET);
  return {
    openFiles: vi.fn(() => Promise.resolve([])),
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.resolve({ signer, fingerprint: fingerprint(signer.publicKey) })),
    appInfo: vi.fn(() => Promise.resolve({ name: 'Panelscore', version: 'test', runtime: 'browser' as const, keysProtectedByOs: false })),
  };
}

/** Imports the package, opens its member workspace and (unless told not to) chooses Member Two. */
export async function openMemberWorkspace(options: { chooseIdentity?: boolean } = {}) {
  await importExercise('member', memberPackage());
  useUiStore.getState().openRole('member', 'ex-1');
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('heading', { name: 'Before the interviews' });
  if (options.chooseIdentity !== false) {
    await user.click(screen.getByRole('button', { name: 'Start: say who you are on the panel' }));
    await user.click(await screen.findByRole('radio', { name: /Member Two/ }));
    await user.click(screen.getByRole('button', { name: 'I am Member Two' }));
    await screen.findByRole('heading', { name: 'Candidates', level: 1 });
  }
  return user;
}
