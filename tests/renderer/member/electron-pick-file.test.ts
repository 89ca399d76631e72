// The desktop app's file dialog for an exercise package: a File picked through a file input
// (Electron shows its native dialog for it), read piece by piece later, never sent whole over IPC.

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelscoreBridge } from '../../../electron/ipc-contract';
import { createElectronPlatform } from '../../../renderer/src/platform/electron';

function bridgeWithoutReads(): PanelscoreBridge {
  const refuse = vi.fn(() => Promise.reject(new Error('the package must not be read over IPC')));
  return { openFiles: refuse, saveFile: refuse, getOrCreateKey: refuse, sign: refuse } as unknown as PanelscoreBridge;
}

/** Answers the next file input's click as the dialog would: with `files`, or a cancel. */
function answerFileDialog(files: File[] | 'cancel') {
  const seen: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    seen.push(this);
    if (files === 'cancel') {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { value: files });
    this.dispatchEvent(new Event('change'));
  });
  return seen;
}

afterEach(() => vi.restoreAllMocks());

describe('createElectronPlatform().pickFile', () => {
  it('gives the picked package as a File, filtered to the package extension, without reading it over IPC', async () => {
    const bridge = bridgeWithoutReads();
    const picked = new File([new Uint8Array([80, 75, 3, 4])], 'director.panelpkg');
    const inputs = answerFileDialog([picked]);
    const platform = createElectronPlatform(bridge);
    const file = await platform.pickFile?.({ title: 'Choose the exercise package', filters: [{ name: 'Exercise package', extensions: ['panelpkg'] }] });
    expect(file).toBe(picked);
    expect(inputs[0]?.accept).toBe('.panelpkg');
    expect(inputs[0]?.multiple).toBe(false);
    expect(bridge.openFiles).not.toHaveBeenCalled();
  });

  it('resolves to null when the person cancels the dialog', async () => {
    answerFileDialog('cancel');
    const file = await createElectronPlatform(bridgeWithoutReads()).pickFile?.({ title: 'x', filters: [] });
    expect(file).toBeNull();
  });
});
