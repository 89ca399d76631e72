// The encryption status (off, locked, unlocked) as React state, following every change.

import { useSyncExternalStore } from 'react';
import { type EncryptionStatus, encryptionStatus, onEncryptionStatus } from '../../db/encryption';

/** The current encryption status; re-renders on lock, unlock and when encryption is turned on. */
export function useEncryptionStatus(): EncryptionStatus {
  return useSyncExternalStore(onEncryptionStatus, encryptionStatus);
}
