import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from '../../core/encoding';
import { getExercise, importExercise, resetDatabase } from '../../renderer/src/db';
import { listCollectedSheets } from '../../renderer/src/db/secretariat-sheets';
import { SecretariatWorkspace } from '../../renderer/src/features/secretariat/SecretariatWorkspace';
import { droppedFiles } from '../../renderer/src/features/secretariat/dropped-files';
import { fixturePackage } from './helpers/exercise-fixture';

afterEach(async () => {
  cleanup();
  await resetDatabase();
});

function file(name: string, text: string): File {
  const bytes = utf8Encode(text);
  // jsdom's File lacks arrayBuffer(); browsers have it.
  return Object.assign(new File([text], name), { arrayBuffer: () => Promise.resolve(bytes.buffer) });
}

function fileEntry(f: File) {
  return { isFile: true, isDirectory: false, name: f.name, file: (done: (x: File) => void) => done(f) };
}

/** A directory entry whose reader answers in batches of one, as Chromium does for big folders. */
function directoryEntry(children: unknown[]) {
  return {
    isFile: false,
    isDirectory: true,
    createReader: () => {
      const left = [...children];
      return { readEntries: (done: (batch: unknown[]) => void) => done(left.splice(0, 1)) };
    },
  };
}

function transfer(entries: unknown[], files: File[] = []): DataTransfer {
  const items = entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry }));
  return { items, files, types: ['Files'] } as unknown as DataTransfer;
}

describe('droppedFiles', () => {
  it('walks dropped folders, nested ones included, and leaves hidden files out', async () => {
    const dropped = await droppedFiles(
      transfer([
        fileEntry(file('a.scores.json', 'A')),
        directoryEntry([fileEntry(file('b.scores.json', 'B')), fileEntry(file('.DS_Store', 'x')), directoryEntry([fileEntry(file('c.scores.json', 'C'))])]),
      ]),
    );
    expect(dropped.map((f) => [f.name, utf8Decode(f.bytes)])).toEqual([
      ['a.scores.json', 'A'],
      ['b.scores.json', 'B'],
      ['c.scores.json', 'C'],
    ]);
  });

  it('takes the plain file list when entries are not available', async () => {
    const items = [{ kind: 'file', webkitGetAsEntry: () => null }];
    const dropped = await droppedFiles({ items, files: [file('d.json', 'D')], types: ['Files'] } as unknown as DataTransfer);
    expect(dropped.map((f) => f.name)).toEqual(['d.json']);
  });
});

describe('dropping files on the collect step', () => {
  it('stores every file of a dropped folder in the collection and lists it', async () => {
    await importExercise('secretariat', fixturePackage());
    render(<SecretariatWorkspace record={(await getExercise('secretariat:ex-1'))!} />);
    fireEvent.click(screen.getByRole('tab', { name: /Score sheets/ }));
    const zone = screen.getByRole('region', { name: 'Collect score sheets' });
    fireEvent.drop(zone, { dataTransfer: transfer([directoryEntry([fileEntry(file('one.json', '{}')), fileEntry(file('two.json', '[]'))])]) });
    expect(await screen.findByText('2 files added.')).toHaveAttribute('role', 'status');
    expect((await listCollectedSheets('secretariat:ex-1')).map((s) => s.fileName).sort()).toEqual(['one.json', 'two.json']);
    expect(await screen.findByRole('rowheader', { name: 'one.json' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Score sheets (2)' })).toBeInTheDocument();
  });
});
