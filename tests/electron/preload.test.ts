import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn((channel: string) => Promise.resolve(`answer from ${channel}`)),
    on: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => electron);

import { BRIDGE_NAME, IPC_CHANNELS, IPC_EVENT_CHANNELS } from '../../electron/ipc-contract';
import type { BridgeMethod } from '../../electron/ipc-contract';
import '../../electron/preload/index';

function exposed(): { name: string; api: Record<string, unknown> } {
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [
    string,
    Record<string, unknown>,
  ];
  return { name, api };
}

describe('preload', () => {
  it('exposes one object under window.panelscore', () => {
    expect(exposed().name).toBe(BRIDGE_NAME);
  });

  it('exposes exactly one function per contract channel and event, and nothing else', () => {
    const { api } = exposed();
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IPC_CHANNELS), ...Object.keys(IPC_EVENT_CHANNELS)].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer, process or a generic invoke', () => {
    const { api } = exposed();
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('process');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it.each(Object.entries(IPC_CHANNELS) as Array<[BridgeMethod, string]>)(
    '%s invokes %s with its payload only',
    async (method, channel) => {
      const { api } = exposed();
      electron.ipcRenderer.invoke.mockClear();
      const payload = { role: 'member', workspaceId: 'ex-1' };
      const answer = await (api[method] as (request: unknown, extra?: unknown) => Promise<unknown>)(
        payload,
        'ignored extra argument',
      );
      expect(answer).toBe(`answer from ${channel}`);
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      const [calledChannel, ...args] = electron.ipcRenderer.invoke.mock.calls[0] as unknown[];
      expect(calledChannel).toBe(channel);
      expect(args).toEqual([method === 'appInfo' ? undefined : payload]);
    },
  );

  it('listens only on the event channels and never sends', () => {
    const listened = electron.ipcRenderer.on.mock.calls.map(([channel]) => channel as unknown);
    expect(listened.sort()).toEqual(Object.values(IPC_EVENT_CHANNELS).sort());
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});
