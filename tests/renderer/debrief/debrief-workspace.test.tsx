import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDemoExercise } from '../../../renderer/src/app/open-demo';
import { getExercise, importExercise, resetDatabase } from '../../../renderer/src/db';
import { listCollectedSheets } from '../../../renderer/src/db/secretariat-sheets';
import { DebriefWorkspace } from '../../../renderer/src/features/debrief/DebriefWorkspace';
import { type Platform, setPlatform } from '../../../renderer/src/platform';
import { type DemoDebrief, demoDebrief } from './demo-debrief';

const WORKSPACE = 'debrief:isu-director-2026';
let fixture: DemoDebrief;
let platform: Platform & { openFiles: ReturnType<typeof vi.fn> };

beforeAll(async () => {
  fixture = await demoDebrief();
}, 60_000);

beforeEach(() => {
  platform = {
    openFiles: vi.fn(() => Promise.resolve([])),
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.reject(new Error('not used here'))),
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

describe('DebriefWorkspace', { timeout: 30_000 }, () => {
  it('asks for the score sheets first, then opens the reveal sequence on the merge of those imported', async () => {
    await importExercise('debrief', fixture.pkg);
    render(<DebriefWorkspace record={(await getExercise(WORKSPACE))!} />);
    await screen.findByRole('heading', { name: 'Score sheets for the debrief' });
    platform.openFiles.mockResolvedValueOnce(
      fixture.demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes })),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Choose score sheets…' }));
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: /^1\/\d+ Score sheets received$/ },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: `${fixture.data.decision.inputs.length} score sheets from a panel of 5`,
      }),
    ).toBeInTheDocument();
  });

  it('starts the demo’s debrief with the demo’s signed sample sheets collected', async () => {
    await openDemoExercise('debrief');
    const collected = await listCollectedSheets(WORKSPACE);
    expect(collected.map((s) => s.fileName).sort()).toEqual(
      fixture.demo.sheets.map((s) => s.fileName).sort(),
    );
  });
});
