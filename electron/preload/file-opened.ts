/**
 * The preload side of the `onFileOpened` event: listens on its one channel from the start, keeps
 * files that arrive before the renderer subscribes, and hands listeners only checked copies.
 */
import type { IpcRenderer } from 'electron';
import { IPC_EVENT_CHANNELS, isFileOpenedEvent } from '../ipc-contract';
import type { FileOpenedEvent, PanelscoreEvents } from '../ipc-contract';

/** Files kept while nobody listens; a person double-clicks a handful at most. */
const MAX_WAITING_FILES = 16;

/** Starts listening for files main sends; returns the `onFileOpened` function to expose. */
export function createFileOpenedEvents(ipc: Pick<IpcRenderer, 'on'>): PanelscoreEvents['onFileOpened'] {
  const listeners = new Set<(file: FileOpenedEvent) => void>();
  const waiting: FileOpenedEvent[] = [];
  // The IPC event object (sender, ports) stays here: listeners get the file and nothing else.
  ipc.on(IPC_EVENT_CHANNELS.onFileOpened, (_event, payload: unknown) => {
    if (!isFileOpenedEvent(payload)) return;
    const file: FileOpenedEvent = { kind: payload.kind, name: payload.name, bytes: payload.bytes };
    if (listeners.size === 0) {
      if (waiting.length < MAX_WAITING_FILES) waiting.push(file);
      return;
    }
    for (const listener of listeners) listener(file);
  });
  return (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onFileOpened needs a function to call with each opened file.');
    listeners.add(listener);
    for (const file of waiting.splice(0)) listener(file);
    return () => {
      listeners.delete(listener);
    };
  };
}
