import { describe, expect, it, vi } from 'vitest';
import type { FileOpenedEvent, PanelscoreBridge, PanelscoreEvents } from '../../electron/ipc-contract';
import { createBrowserPlatform } from '../../renderer/src/platform/browser';
import { createElectronPlatform } from '../../renderer/src/platform/electron';

describe('platform onFileOpened', () => {
  it('in the desktop app, passes the handler to the bridge and returns its unsubscribe', () => {
    const stop = vi.fn();
    let listener: ((file: FileOpenedEvent) => void) | null = null;
    const bridge = {
      onFileOpened: vi.fn((l: (file: FileOpenedEvent) => void) => {
        listener = l;
        return stop;
      }),
    } as unknown as PanelscoreBridge & PanelscoreEvents;
    const seen: string[] = [];
    const unsubscribe = createElectronPlatform(bridge).onFileOpened?.((file) => seen.push(file.name));
    listener!({ kind: 'score-sheet', name: 'm.scores.json', bytes: new Uint8Array(1) });
    unsubscribe?.();
    expect(seen).toEqual(['m.scores.json']);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('with a bridge that has no events, listens to nothing and does not fail', () => {
    const platform = createElectronPlatform({} as PanelscoreBridge);
    expect(() => platform.onFileOpened?.(vi.fn())()).not.toThrow();
  });

  it('in a browser, never calls the handler (files come through pickers and drops)', () => {
    const handler = vi.fn();
    const unsubscribe = createBrowserPlatform().onFileOpened?.(handler);
    expect(typeof unsubscribe).toBe('function');
    expect(handler).not.toHaveBeenCalled();
  });
});
