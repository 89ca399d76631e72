import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonical } from '../../core/canonical';
import { type Demo, buildDemo } from '../../core/demo';
import { utf8Decode, utf8Encode } from '../../core/encoding';
import { mergeSheets } from '../../core/merge/merge';
import { type VerifiedPackage, readPackage } from '../../core/package/package';
import { getExercise, importExercise, resetDatabase } from '../../renderer/src/db';
import { exportEvidence } from '../../renderer/src/db/retention';
import { collectSheets, listConfirmedKeys, listCollectedSheets } from '../../renderer/src/db/secretariat-sheets';
import { SecretariatWorkspace } from '../../renderer/src/features/secretariat/SecretariatWorkspace';
import { type OpenedFile, type Platform, setPlatform } from '../../renderer/src/platform';
import { useUiStore } from '../../renderer/src/state/ui-store';

const WORKSPACE = 'secretariat:isu-director-2026';

let demo: Demo;
let pkg: VerifiedPackage;
let platform: Platform & { openFiles: ReturnType<typeof vi.fn>; saveFile: ReturnType<typeof vi.fn> };

beforeAll(async () => {
  demo = await buildDemo();
  pkg = await readPackage(demo.packageBytes);
}, 60_000);

beforeEach(async () => {
  platform = {
    openFiles: vi.fn(() => Promise.resolve([])),
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.reject(new Error('not used in these tests'))),
    appInfo: vi.fn(() => Promise.resolve({ name: 'Panelscore', version: 'test', runtime: 'browser' as const, keysProtectedByOs: false })),
  };
  setPlatform(platform);
  await importExercise('secretariat', pkg);
});

afterEach(async () => {
  cleanup();
  setPlatform(null);
  await resetDatabase();
});

const demoFiles = (): OpenedFile[] => demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes }));

/** m-jordan's sheet with one score changed after signing (still a valid scale point). */
function tamperedJordan(): OpenedFile {
  const jordan = demo.sheets.find((s) => s.memberId === 'm-jordan')!;
  return { name: 'm-jordan.tampered.scores.json', bytes: utf8Encode(utf8Decode(jordan.bytes).replace('"score": 4', '"score": 3')) };
}

async function openSheetsTab() {
  const user = userEvent.setup();
  render(<SecretariatWorkspace record={(await getExercise(WORKSPACE))!} />);
  await user.click(screen.getByRole('tab', { name: /Score sheets/ }));
  return user;
}

async function importFiles(user: ReturnType<typeof userEvent.setup>, files: OpenedFile[]) {
  platform.openFiles.mockResolvedValueOnce(files);
  await user.click(screen.getByRole('button', { name: 'Choose score sheets…' }));
}

function fileRow(fileName: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Collected score-sheet files' });
  return within(table).getByRole('rowheader', { name: fileName }).closest('tr')!;
}

describe('collecting score sheets', () => {
  it('lists each file as accepted, superseded or rejected, with member, revision, fingerprint and pinning', async () => {
    const user = await openSheetsTab();
    await importFiles(user, [...demoFiles(), tamperedJordan()]);
    expect(await screen.findByRole('status')).toHaveTextContent('7 files added.');
    expect(platform.openFiles).toHaveBeenCalledWith(expect.objectContaining({ multiple: true }));

    const tampered = await screen.findByRole('rowheader', { name: 'm-jordan.tampered.scores.json' });
    expect(tampered.closest('tr')).toHaveTextContent(/Rejected.*the sheet from m-jordan cannot be trusted: the signature does not match/);
    // m-jordan's key is pinned, but this file's signature failed: its key is only a claim.
    expect(tampered.closest('tr')).toHaveTextContent('named in the file; not trusted');
    expect(fileRow('m-kenya.r1.scores.json')).toHaveTextContent(/Superseded.*A newer revision from this member is in the merge/);
    const kenya = fileRow('m-kenya.r2.scores.json');
    expect(kenya).toHaveTextContent('Accepted');
    expect(kenya).toHaveTextContent('Ms. Wanjiku Njoroge-Atieno');
    expect(within(kenya).getAllByRole('cell')[2]).toHaveTextContent('2');
    expect(kenya).toHaveTextContent(/b8f9 5ff1 67e5 840a\s*pinned/);
    const laos = fileRow('m-laos.r1.scores.json');
    expect(laos).toHaveTextContent(/Accepted.*not pinned/);
    // Only the unpinned member's key can be confirmed.
    expect(screen.getAllByRole('button', { name: 'Confirm fingerprint' })).toHaveLength(1);
    expect(within(laos).getByRole('button', { name: 'Confirm fingerprint' })).toBeInTheDocument();
  }, 60_000);

  it('rejects files that are not score sheets, saying why, and stores identical files once', async () => {
    const user = await openSheetsTab();
    const notes = { name: 'notes.txt', bytes: utf8Encode('interview notes, not a sheet') };
    await importFiles(user, [demoFiles()[0], notes, { ...demoFiles()[0], name: 'copy-of-chile.json' }]);
    expect(await screen.findByRole('status')).toHaveTextContent('2 files added; 1 file was already collected (identical content is kept once).');
    expect(await listCollectedSheets(WORKSPACE)).toHaveLength(2);
    await screen.findByRole('rowheader', { name: 'notes.txt' });
    expect(fileRow('notes.txt')).toHaveTextContent(/Rejected.*not a readable score sheet/);
    expect(fileRow('notes.txt')).toHaveTextContent(/unknown/);

    await user.click(within(fileRow('notes.txt')).getByRole('button', { name: 'Remove notes.txt' }));
    await vi.waitFor(() => expect(screen.queryByRole('rowheader', { name: 'notes.txt' })).not.toBeInTheDocument());
    expect(await listCollectedSheets(WORKSPACE)).toHaveLength(1);
  }, 60_000);

  it('pins an unpinned member’s key once the fingerprint is confirmed, and the merge then counts it as pinned', async () => {
    const user = await openSheetsTab();
    await importFiles(user, demoFiles());
    const laos = await screen.findByRole('rowheader', { name: 'm-laos.r1.scores.json' });
    await user.click(within(laos.closest('tr')!).getByRole('button', { name: 'Confirm fingerprint' }));
    const dialog = screen.getByRole('group', { name: /Confirm the key of Mr. Khamphet Vongsavath/ });
    expect(dialog).toHaveTextContent('14e8 a335 90fa 4b0f');
    await user.click(within(dialog).getByRole('button', { name: 'It matches: trust this key' }));

    await vi.waitFor(() => expect(fileRow('m-laos.r1.scores.json')).not.toHaveTextContent('not pinned'));
    expect(await listConfirmedKeys(WORKSPACE)).toEqual([expect.objectContaining({ memberId: 'm-laos', fingerprint: '14e8 a335 90fa 4b0f' })]);
    expect(screen.queryByRole('button', { name: 'Confirm fingerprint' })).not.toBeInTheDocument();
    // The question closes once answered: the key is pinned, there is nothing left to confirm.
    expect(screen.queryByRole('group', { name: /Confirm the key of/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Merge' }));
    await user.click(screen.getByRole('button', { name: 'Export draft decision record' }));
    const [name, bytes] = platform.saveFile.mock.calls[0] as [string, Uint8Array];
    expect(name).toBe('isu-director-2026.decision.json');
    const decision = JSON.parse(utf8Decode(bytes)) as { inputs: { memberId: string; pinned: boolean }[] };
    expect(decision.inputs.every((i) => i.pinned)).toBe(true);
  }, 60_000);
});

describe('the merge view', () => {
  it('shows mergeSheets’ ranking, merges again when a sheet arrives, and exports the canonical decision record', async () => {
    const user = await openSheetsTab();
    const [first, second, ...rest] = demoFiles();
    await importFiles(user, [first, second]);
    await screen.findByRole('rowheader', { name: first.name });
    await user.click(screen.getByRole('tab', { name: 'Merge' }));
    expect(screen.getByText(/2 score sheets in the merge/)).toBeInTheDocument();

    await collectSheets(WORKSPACE, rest);
    expect(await screen.findByText(/5 score sheets in the merge/)).toBeInTheDocument();
    const expected = mergeSheets({ pkg, sheets: demoFiles().map((f) => f.bytes) });
    const names = new Map(demo.exercise.candidates.map((c) => [c.id, c.name]));
    const ranking = screen.getByRole('table', { name: 'Ranking by panel score' });
    const rows = within(ranking)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('rowheader').textContent, row.querySelector('.ranking__score')!.textContent]);
    const byRank = [...expected.candidates].sort((a, b) => a.rank! - b.rank!);
    expect(rows).toEqual(byRank.map((c) => [names.get(c.candidateId), c.panelScore!.toFixed(2)]));
    expect(screen.getByText(`Divergences (${expected.divergences.length})`)).toBeInTheDocument();
    expect(screen.getByText('Members moderately agree on the order of candidates.')).toBeInTheDocument();
    const recusals = screen.getByRole('region', { name: 'Recusals (1)' });
    expect(recusals).toHaveTextContent(/Marit Lindqvist: Mr\. Eirik Brandvold \(“Supervised the candidate’s programme as a donor representative/);

    await user.click(screen.getByRole('button', { name: 'Export draft decision record' }));
    const [, bytes, filters] = platform.saveFile.mock.calls[0] as [string, Uint8Array, { extensions: string[] }[]];
    expect(Array.from(bytes)).toEqual(Array.from(canonical(expected)));
    expect(filters[0].extensions).toEqual(['json']);
    expect(await screen.findByRole('status')).toHaveTextContent('Draft decision record saved as isu-director-2026.decision.json.');
    // The export is remembered, so "close this exercise" does not warn that nothing was exported.
    expect(await exportEvidence(WORKSPACE)).toMatchObject({ exported: true });
  }, 60_000);

  it('opens the exercise in the debrief with the sheets collected here', async () => {
    const user = await openSheetsTab();
    await importFiles(user, demoFiles());
    await screen.findByRole('rowheader', { name: demoFiles()[0].name });
    await user.click(screen.getByRole('tab', { name: 'Merge' }));
    await user.click(screen.getByRole('button', { name: 'Open in the debrief' }));

    await vi.waitFor(() => expect(useUiStore.getState().route).toMatchObject({ role: 'debrief', exerciseId: 'isu-director-2026' }));
    expect(await listCollectedSheets('debrief:isu-director-2026')).toHaveLength(demo.sheets.length);
  }, 60_000);
});
