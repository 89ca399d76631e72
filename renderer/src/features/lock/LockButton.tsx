// The header's "Lock" button, shown only while encryption at rest is on and unlocked.

import { lock } from '../../db/encryption';
import { useT } from '../../i18n';
import { useEncryptionStatus } from './use-encryption-status';

/** Locks the app now (the data key is forgotten; the passphrase is needed again). */
export function LockButton() {
  const t = useT();
  const status = useEncryptionStatus();
  if (status !== 'unlocked') return null;
  return (
    <button type="button" className="button button--on-dark" onClick={lock}>
      {t('lock.lockButton')}
    </button>
  );
}
