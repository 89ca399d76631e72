// Shows the app only while its data can be read: with encryption at rest on, the unlock screen
// until the passphrase is given, and again after "Lock now" or the idle time.

import { type ReactNode, useEffect, useState } from 'react';
import { encryptionProbablyOn, sealedSigningKeys, startEncryption } from '../../db/encryption';
import { useT } from '../../i18n';
import { forgetUnlockedKeys, setSealedKeyStore } from '../../platform/browser-keystore';
import { keepFormStateOffDisk } from './form-state';
import { UnlockScreen } from './UnlockScreen';
import { useEncryptionStatus } from './use-encryption-status';
import { useIdleLock } from './use-idle-lock';

/** Renders `children` when encryption is off or unlocked, the unlock screen when locked. */
export function LockGate({ children }: { children: ReactNode }) {
  const t = useT();
  const status = useEncryptionStatus();
  // Without encryption (the usual case) the app shows at once; the vault check may still lock it.
  const [started, setStarted] = useState<'starting' | 'ready' | Error>(() =>
    encryptionProbablyOn() ? 'starting' : 'ready',
  );

  useEffect(() => {
    let current = true;
    startEncryption().then(
      () => current && setStarted('ready'),
      (error: unknown) => current && setStarted(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => keepFormStateOffDisk(document.body), []);

  // Signing keys follow the data: sealed in the encrypted database while encryption is on.
  useEffect(() => {
    setSealedKeyStore(status === 'off' ? null : sealedSigningKeys);
    if (status === 'locked') forgetUnlockedKeys();
  }, [status]);

  useIdleLock(status === 'unlocked');

  if (started === 'starting') return null;
  if (started instanceof Error) {
    return (
      <p className="alert alert--error" role="alert">
        {t('lock.storageUnreadable', { reason: started.message })}
      </p>
    );
  }
  return status === 'locked' ? <UnlockScreen /> : children;
}
