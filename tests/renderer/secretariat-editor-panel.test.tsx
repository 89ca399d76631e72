import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fingerprint } from '../../core/crypto/ed25519';
import { utf8Encode } from '../../core/encoding';
import { CandidatesEditor } from '../../renderer/src/features/secretariat/editor/CandidatesEditor';
import type { CandidateDraft, MemberDraft } from '../../renderer/src/features/secretariat/editor/draft';
import { PanelEditor } from '../../renderer/src/features/secretariat/editor/PanelEditor';
import { type OpenedFile, type Platform, setPlatform } from '../../renderer/src/platform';
import { testKey } from './helpers/exercise-fixture';

let openFiles: ReturnType<typeof vi.fn<(...args: unknown[]) => Promise<OpenedFile[]>>>;

beforeEach(() => {
  openFiles = vi.fn(() => Promise.resolve([] as OpenedFile[]));
  const platform: Platform = {
    openFiles,
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.reject(new Error('not used'))),
    appInfo: vi.fn(() => Promise.resolve({ name: 'Panelscore', version: 'test', runtime: 'browser' as const, keysProtectedByOs: false })),
  };
  setPlatform(platform);
});

afterEach(() => {
  cleanup();
  setPlatform(null);
});

const member = (id: string, name: string, role: MemberDraft['role'] = 'member'): MemberDraft => ({ id, name, affiliation: '', role, publicKey: '' });

function Panel({ initial }: { initial: MemberDraft[] }) {
  const [panel, setPanel] = useState(initial);
  return <PanelEditor panel={panel} onChange={setPanel} />;
}

const keyFile = (memberId: string, publicKey: string): OpenedFile => ({
  name: `${memberId}.key.json`,
  bytes: utf8Encode(JSON.stringify({ format: 'panelscore.trust', formatVersion: 1, exerciseId: 'ex-1', members: [{ memberId, publicKey }] })),
});

describe('PanelEditor', () => {
  it('pins the key from a member’s exported key file and shows its fingerprint', async () => {
    const user = userEvent.setup();
    render(<Panel initial={[member('m-one', 'Ana')]} />);
    openFiles.mockResolvedValueOnce([keyFile('m-one', testKey(5))]);
    await user.click(screen.getByRole('button', { name: 'Load key file…' }));
    expect(await screen.findByText(fingerprint(testKey(5)))).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Pinned public key (optional)' })).toHaveValue(testKey(5));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns when the key file was made for another member, and refuses a file that is not a key file', async () => {
    const user = userEvent.setup();
    render(<Panel initial={[member('m-one', 'Ana')]} />);
    openFiles.mockResolvedValueOnce([keyFile('m-two', testKey(5))]);
    await user.click(screen.getByRole('button', { name: 'Load key file…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('made for “m-two”, not “m-one”');
    await user.clear(screen.getByRole('textbox', { name: 'Pinned public key (optional)' }));
    openFiles.mockResolvedValueOnce([{ name: 'notes.json', bytes: utf8Encode('{"hello": 1}') }]);
    await user.click(screen.getByRole('button', { name: 'Load key file…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is not a member’s key file');
    expect(screen.getByRole('textbox', { name: 'Pinned public key (optional)' })).toHaveValue('');
  });

  it('keeps one chair: naming a new chair makes the previous one a member', async () => {
    const user = userEvent.setup();
    render(<Panel initial={[member('m-one', 'Ana', 'chair'), member('m-two', 'Bo')]} />);
    await user.click(within(screen.getByRole('listitem', { name: 'Bo' })).getByRole('checkbox', { name: 'Chair' }));
    expect(within(screen.getByRole('listitem', { name: 'Bo' })).getByRole('checkbox', { name: 'Chair' })).toBeChecked();
    expect(within(screen.getByRole('listitem', { name: 'Ana' })).getByRole('checkbox', { name: 'Chair' })).not.toBeChecked();
  });
});

describe('CandidatesEditor', () => {
  function Candidates({ initial, onChange }: { initial: CandidateDraft[]; onChange: (c: CandidateDraft[]) => void }) {
    const [candidates, setCandidates] = useState(initial);
    return (
      <CandidatesEditor
        candidates={candidates}
        onChange={(next) => {
          setCandidates(next);
          onChange(next);
        }}
      />
    );
  }

  it('attaches picked documents with their media type, and imports a CSV file after its preview', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Candidates initial={[{ id: 'ada', name: 'Ada', summary: '', fields: {}, documents: [], shortlisted: true }]} onChange={onChange} />);
    openFiles.mockResolvedValueOnce([{ name: 'cv.pdf', bytes: utf8Encode('%PDF-1.7') }]);
    await user.click(screen.getByRole('button', { name: 'Attach documents…' }));
    expect(await within(screen.getByRole('list', { name: 'Documents of Ada' })).findByRole('button', { name: 'Remove cv.pdf' })).toBeInTheDocument();
    expect((onChange.mock.lastCall?.[0] as CandidateDraft[])[0].documents[0].mediaType).toBe('application/pdf');

    openFiles.mockResolvedValueOnce([{ name: 'list.csv', bytes: utf8Encode('Name;Nationality\nBo;Peru\n') }]);
    await user.click(screen.getByRole('button', { name: 'Import candidates from CSV…' }));
    await user.click(await screen.findByRole('button', { name: 'Import 1 candidate' }));
    expect((onChange.mock.lastCall?.[0] as CandidateDraft[]).map((c) => [c.name, c.fields])).toEqual([
      ['Ada', {}],
      ['Bo', { Nationality: 'Peru' }],
    ]);
    expect(screen.getByRole('heading', { name: 'Candidates (2 of 2 on the shortlist)' })).toBeInTheDocument();
  });

  it('attaches documents dropped on a candidate', async () => {
    const onChange = vi.fn();
    render(<Candidates initial={[{ id: 'ada', name: 'Ada', summary: '', fields: {}, documents: [], shortlisted: true }]} onChange={onChange} />);
    const file = new File(['%PDF-1.7 dropped'], 'dossier.pdf', { type: 'application/pdf' });
    fireEvent.drop(screen.getByRole('listitem', { name: 'Ada' }), { dataTransfer: { files: [file] } });
    expect(await screen.findByRole('button', { name: 'Remove dossier.pdf' })).toBeInTheDocument();
    expect(new TextDecoder().decode((onChange.mock.lastCall?.[0] as CandidateDraft[])[0].documents[0].bytes)).toBe('%PDF-1.7 dropped');
  });
});
