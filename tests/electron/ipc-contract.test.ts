import { describe, expect, it } from 'vitest';
import { bridgeErrorMessage } from '../../electron/ipc-contract';

describe('bridgeErrorMessage', () => {
  it('strips the prefix Electron adds to errors thrown by an IPC handler', () => {
    const error = new Error(
      "Error invoking remote method 'keys:sign': Error: This computer has no member key of workspace ex-1 yet: create it (getOrCreateKey) before signing.",
    );
    expect(bridgeErrorMessage(error)).toBe(
      'This computer has no member key of workspace ex-1 yet: create it (getOrCreateKey) before signing.',
    );
  });

  it('leaves other messages alone', () => {
    expect(bridgeErrorMessage(new Error('Disk full'))).toBe('Disk full');
    expect(bridgeErrorMessage('plain text')).toBe('plain text');
  });
});
