import { describe, expect, it, vi } from 'vitest';
import type { PanelscoreBridge } from '../../electron/ipc-contract';
import { createElectronPlatform, keyRoleOf } from '../../renderer/src/platform/electron';
import { base64UrlEncode } from '../../core/encoding';

function fakeBridge(): { [K in keyof PanelscoreBridge]: ReturnType<typeof vi.fn> } {
  return {
    getOrCreateKey: vi.fn(() => Promise.resolve({ publicKey: base64UrlEncode(new Uint8Array(32).fill(7)), fingerprint: '3f2a 91c0 77de 0b12', protectedByOs: true })),
    sign: vi.fn(() => Promise.resolve(new Uint8Array(64).fill(1))),
    exportPublicKey: vi.fn(() => Promise.resolve(null)),
    deleteKey: vi.fn(() => Promise.resolve(true)),
    openFiles: vi.fn(() => Promise.resolve([{ name: 'a.scores.json', bytes: new Uint8Array([1]) }])),
    saveFile: vi.fn(() => Promise.resolve({ saved: false })),
    printToPdf: vi.fn(() => Promise.resolve({ saved: true, path: '/home/a/report.pdf' })),
    appInfo: vi.fn(() => Promise.resolve({ version: '0.1.0', platform: 'linux', safeStorage: true })),
  };
}

describe('keyRoleOf', () => {
  it('signs the debrief’s decision with the secretariat key and members’ sheets with their own', () => {
    expect(keyRoleOf('member')).toBe('member');
    expect(keyRoleOf('secretariat')).toBe('secretariat');
    expect(keyRoleOf('debrief')).toBe('secretariat');
  });
});

describe('createElectronPlatform', () => {
  it('asks main for the workspace key and sends it the exact bytes to sign', async () => {
    const bridge = fakeBridge();
    const { signer, fingerprint } = await createElectronPlatform(bridge as unknown as PanelscoreBridge).getSigner('member', 'member:ex-1');
    expect(bridge.getOrCreateKey).toHaveBeenCalledWith({ role: 'member', workspaceId: 'member:ex-1' });
    expect(Array.from(signer.publicKey)).toEqual(new Array(32).fill(7));
    expect(fingerprint).toBe('3f2a 91c0 77de 0b12');

    const message = new Uint8Array([9, 8, 7]);
    expect(Array.from(await signer.sign(message))).toEqual(new Array(64).fill(1));
    expect(bridge.sign).toHaveBeenCalledWith({ role: 'member', workspaceId: 'member:ex-1', message });
  });

  it('passes dialog options through in the contract’s shape and reports a cancelled save', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge as unknown as PanelscoreBridge);
    const filters = [{ name: 'Score sheets', extensions: ['json'] }];
    const files = await platform.openFiles({ title: 'Choose score sheets', filters, multiple: true });
    expect(bridge.openFiles).toHaveBeenCalledWith({ title: 'Choose score sheets', filters, multi: true });
    expect(files[0].name).toBe('a.scores.json');

    const bytes = new Uint8Array([1, 2]);
    expect(await platform.saveFile('m-norway.r1.scores.json', bytes, filters)).toEqual({ saved: false });
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'm-norway.r1.scores.json', bytes, filters });
  });

  it('reports whether keys are protected by the OS keychain', async () => {
    const info = await createElectronPlatform(fakeBridge() as unknown as PanelscoreBridge).appInfo();
    expect(info).toEqual({ name: 'Panelscore', version: '0.1.0', runtime: 'electron', keysProtectedByOs: true });
  });
});

describe('createElectronPlatform printToPdf', () => {
  it('asks main to print the page to PDF under the suggested name, and reports only whether it was saved', async () => {
    const bridge = fakeBridge();
    const result = await createElectronPlatform(bridge as unknown as PanelscoreBridge).printToPdf!('ex-1.report.pdf');
    expect(bridge.printToPdf).toHaveBeenCalledWith({ suggestedName: 'ex-1.report.pdf' });
    expect(result).toEqual({ saved: true });
  });
});
