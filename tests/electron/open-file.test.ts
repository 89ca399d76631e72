import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import {
  IPC_EVENT_CHANNELS,
  MAX_FILE_BYTES,
  MAX_SCORE_SHEET_BYTES,
  isFileOpenedEvent,
  openedFileKind,
} from '../../electron/ipc-contract';
import { createFileOpener, filePathsFromArgv, readOpenedFile } from '../../electron/main/open-file';
import type { OpenFileSystem } from '../../electron/main/open-file';

const dir = mkdtempSync(join(tmpdir(), 'panelscore-open-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeTemp(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A file system that reports `size` for every path and would read `size` bytes. */
function sizedFs(size: number): OpenFileSystem & { reads: number } {
  const fs = {
    reads: 0,
    stat: () => Promise.resolve({ size, isFile: () => true }),
    readFile: () => {
      fs.reads += 1;
      return Promise.resolve(new Uint8Array(0));
    },
  };
  return fs;
}

function fakeWindow(url = 'app://panelscore/index.html') {
  const send = vi.fn();
  const window = { isDestroyed: () => false, webContents: { getURL: () => url, send } } as unknown as BrowserWindow;
  return { window, send };
}

const isTrusted = (url: string) => url.startsWith('app://panelscore/');

describe('openedFileKind', () => {
  it('knows exercise packages and score sheets by their extension, in any case', () => {
    expect(openedFileKind('ex-2026.panelpkg')).toBe('exercise-package');
    expect(openedFileKind('m-norway.r2.SCORES.JSON')).toBe('score-sheet');
  });

  it('refuses every other name, including a bare extension and plain JSON', () => {
    for (const name of ['report.pdf', 'sheet.json', 'scores.json.exe', '.panelpkg', 'panelpkg'])
      expect(openedFileKind(name)).toBeNull();
  });
});

describe('filePathsFromArgv', () => {
  it('finds the double-clicked file after the executable and makes it absolute', () => {
    expect(filePathsFromArgv(['/opt/Panelscore/panelscore', 'Downloads/ex.panelpkg'], '/home/ana')).toEqual([
      '/home/ana/Downloads/ex.panelpkg',
    ]);
  });

  it('skips flags, the app folder of a dev run and files that are not ours', () => {
    const argv = ['electron', '.', '--allow-file-access-from-files', '--x=a.panelpkg', '/tmp/cv.pdf', '/tmp/m.scores.json'];
    expect(filePathsFromArgv(argv, '/')).toEqual(['/tmp/m.scores.json']);
  });

  it('never takes the executable itself for a file', () => {
    expect(filePathsFromArgv(['/tmp/evil.panelpkg'], '/')).toEqual([]);
  });
});

describe('readOpenedFile', () => {
  it('reads an exercise package with its name and kind', async () => {
    const path = writeTemp('ex-1.panelpkg', new Uint8Array([80, 75, 3, 4]));
    const file = await readOpenedFile(path);
    expect(file).toEqual({ kind: 'exercise-package', name: 'ex-1.panelpkg', bytes: new Uint8Array([80, 75, 3, 4]) });
    expect(isFileOpenedEvent(file)).toBe(true);
  });

  it('refuses a file of another extension without reading it, and says which files it opens', async () => {
    const fs = sizedFs(10);
    await expect(readOpenedFile('/tmp/notes.docx', fs)).rejects.toThrow(/\.panelpkg.*\.scores\.json.*“notes\.docx” is neither/);
    expect(fs.reads).toBe(0);
  });

  it('refuses a score sheet over 16 MiB without reading it', async () => {
    const fs = sizedFs(MAX_SCORE_SHEET_BYTES + 1);
    await expect(readOpenedFile('/tmp/m.scores.json', fs)).rejects.toThrow(/17 MiB, more than a score sheet may be \(16 MiB\)/);
    expect(fs.reads).toBe(0);
  });

  it('accepts a package of 20 MiB but refuses one over the package limit', async () => {
    await expect(readOpenedFile('/tmp/ex.panelpkg', sizedFs(20 * 1024 * 1024))).resolves.toMatchObject({
      kind: 'exercise-package',
    });
    const fs = sizedFs(MAX_FILE_BYTES + 1);
    await expect(readOpenedFile('/tmp/ex.panelpkg', fs)).rejects.toThrow(/more than an exercise package may be/);
    expect(fs.reads).toBe(0);
  });

  it('says so when the file is gone or is a folder', async () => {
    await expect(readOpenedFile(join(dir, 'gone.panelpkg'))).rejects.toThrow(/could not be found or read/);
    const folder: OpenFileSystem = {
      stat: () => Promise.resolve({ size: 0, isFile: () => false }),
      readFile: () => Promise.reject(new Error('EISDIR')),
    };
    await expect(readOpenedFile('/tmp/odd.panelpkg', folder)).rejects.toThrow(/is a folder/);
  });
});

describe('createFileOpener', () => {
  it('keeps a file opened before the window is ready and sends it once the window is ready', async () => {
    const { window, send } = fakeWindow();
    const opener = createFileOpener({ getWindow: () => window, isTrusted, showError: vi.fn() });
    await opener.open(writeTemp('early.panelpkg', new Uint8Array([1])));
    expect(send).not.toHaveBeenCalled();
    opener.windowReady(window);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(IPC_EVENT_CHANNELS.onFileOpened, {
      kind: 'exercise-package',
      name: 'early.panelpkg',
      bytes: new Uint8Array([1]),
    });
  });

  it('sends a file opened later at once, and each file only once', async () => {
    const { window, send } = fakeWindow();
    const opener = createFileOpener({ getWindow: () => window, isTrusted, showError: vi.fn() });
    opener.windowReady(window);
    await opener.open(writeTemp('m-1.r1.scores.json', new Uint8Array([123, 125])));
    opener.windowReady(window);
    expect(send).toHaveBeenCalledTimes(1);
    expect((send.mock.calls[0] as [string, { kind: string }])[1].kind).toBe('score-sheet');
  });

  it('shows the reason and sends nothing when the file is refused', async () => {
    const { window, send } = fakeWindow();
    const showError = vi.fn();
    const opener = createFileOpener({ getWindow: () => window, isTrusted, showError, fs: sizedFs(MAX_SCORE_SHEET_BYTES * 2) });
    opener.windowReady(window);
    await opener.open('/tmp/huge.scores.json');
    await opener.open('/tmp/photo.jpg');
    expect(send).not.toHaveBeenCalled();
    expect(showError).toHaveBeenCalledTimes(2);
    expect(showError.mock.calls[0]).toEqual(['Panelscore could not open this file', expect.stringMatching(/huge\.scores\.json/)]);
    expect(showError.mock.calls[1]).toEqual(['Panelscore could not open this file', expect.stringMatching(/photo\.jpg/)]);
  });

  it('never sends file contents to a window that is not showing the app', async () => {
    const { window, send } = fakeWindow('https://example.org/');
    const opener = createFileOpener({ getWindow: () => window, isTrusted, showError: vi.fn() });
    opener.windowReady(window);
    await opener.open(writeTemp('ex-2.panelpkg', new Uint8Array([2])));
    expect(send).not.toHaveBeenCalled();
  });
});
