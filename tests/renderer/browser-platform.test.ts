import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptAttribute, browserSigner, createBrowserPlatform, downloadBytes, readPickedFiles } from '../../renderer/src/platform/browser';
import { readWorkspaceKey } from '../../renderer/src/platform/browser-keystore';
import { fingerprint, verifyStrict } from '../../core/crypto/ed25519';
import { utf8Encode } from '../../core/encoding';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('acceptAttribute', () => {
  it('lists every extension once, with a dot, whether or not the filter had one', () => {
    expect(
      acceptAttribute([
        { name: 'Score sheets', extensions: ['json', '.scores.json'] },
        { name: 'Also JSON', extensions: ['json'] },
      ]),
    ).toBe('.json,.scores.json');
  });
});

describe('readPickedFiles', () => {
  it('returns each picked file’s name and exact bytes, in order', async () => {
    const files = [new File([new Uint8Array([0, 255, 7])], 'a.panelpkg'), new File(['{"x":1}'], 'b.scores.json')];
    const read = await readPickedFiles(files);
    expect(read.map((f) => f.name)).toEqual(['a.panelpkg', 'b.scores.json']);
    expect(Array.from(read[0].bytes)).toEqual([0, 255, 7]);
    expect(Array.from(read[1].bytes)).toEqual(Array.from(utf8Encode('{"x":1}')));
  });
});

describe('downloadBytes', () => {
  it('offers the bytes under the suggested name through a temporary download link', async () => {
    let blob: Blob | undefined;
    vi.stubGlobal('URL', Object.assign(Object.create(URL) as typeof URL, {
      createObjectURL: (b: Blob) => {
        blob = b;
        return 'blob:test/1';
      },
      revokeObjectURL: () => undefined,
    }));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    expect(downloadBytes('m-norway.r2.scores.json', new Uint8Array([1, 2, 3]))).toEqual({ saved: true });
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('m-norway.r2.scores.json');
    expect(clicked[0].getAttribute('href')).toBe('blob:test/1');
    expect(Array.from(new Uint8Array(await blob!.arrayBuffer()))).toEqual([1, 2, 3]);
    expect(document.body.contains(clicked[0])).toBe(false);
  });
});

describe('browserSigner', () => {
  it('signs with an Ed25519 key whose signatures verify under the format’s strict rules', async () => {
    const { signer, fingerprint: shown } = await browserSigner('member:sign-test');
    const message = utf8Encode('canonical bytes of a score sheet');
    const signature = await signer.sign(message);
    expect(signature).toHaveLength(64);
    expect(verifyStrict(signature, message, signer.publicKey)).toBe(true);
    expect(shown).toBe(fingerprint(signer.publicKey));
  });

  it('gives the same key to the same workspace every time, even when asked twice at once', async () => {
    const [a, b] = await Promise.all([browserSigner('member:same'), browserSigner('member:same')]);
    const c = await browserSigner('member:same');
    expect(Array.from(a.signer.publicKey)).toEqual(Array.from(b.signer.publicKey));
    expect(Array.from(c.signer.publicKey)).toEqual(Array.from(a.signer.publicKey));
  });

  it('gives different workspaces different keys', async () => {
    const a = await browserSigner('member:ex-a');
    const b = await browserSigner('member:ex-b');
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('keeps the private key non-extractable', async () => {
    await browserSigner('member:locked');
    const stored = await readWorkspaceKey('member:locked');
    expect(stored?.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', stored!.privateKey)).rejects.toThrow();
  });
});

describe('createBrowserPlatform', () => {
  it('says it runs in a browser, where keys are not protected by the OS keychain', async () => {
    const info = await createBrowserPlatform().appInfo();
    expect(info).toMatchObject({ name: 'Panelscore', runtime: 'browser', keysProtectedByOs: false });
  });

  it('opens files through a file input restricted to the filters’ extensions', async () => {
    const inputs: HTMLInputElement[] = [];
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      inputs.push(this);
      Object.defineProperty(this, 'files', { value: [new File(['pkg'], 'exercise.panelpkg')] });
      this.dispatchEvent(new Event('change'));
    });
    const files = await createBrowserPlatform().openFiles({ title: 'Import', filters: [{ name: 'Package', extensions: ['panelpkg'] }], multiple: false });
    expect(inputs).toHaveLength(1);
    expect(inputs[0].type).toBe('file');
    expect(inputs[0].accept).toBe('.panelpkg');
    expect(inputs[0].multiple).toBe(false);
    expect(files.map((f) => f.name)).toEqual(['exercise.panelpkg']);
  });

  it('resolves to no files when the person cancels the dialog', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      this.dispatchEvent(new Event('cancel'));
    });
    const files = await createBrowserPlatform().openFiles({ title: 'Import', filters: [], multiple: true });
    expect(files).toEqual([]);
  });
});
