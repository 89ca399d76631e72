// Whether the browser promised to keep Panelscore's data. Asking happens here, the first time
// a workspace is shown; the answer stays in view so a person knows whether data may be evicted.

import { useEffect, useState } from 'react';
import { type PersistenceStatus, ensurePersistentStorage } from '../../db/storage-persistence';
import { useT } from '../../i18n';
import { platform } from '../../platform';

/** One line: persistent storage or not. */
export function StorageStatus() {
  const t = useT();
  const [status, setStatus] = useState<PersistenceStatus | 'asking'>('asking');
  const [inBrowser, setInBrowser] = useState(false);
  useEffect(() => {
    let live = true;
    void ensurePersistentStorage().then((answer) => live && setStatus(answer));
    platform()
      .appInfo()
      .then(
        (info) => live && setInBrowser(info.runtime === 'browser'),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  const advice = inBrowser && (status === 'best-effort' || status === 'unsupported') ? t('retention.storage.inBrowser') : '';
  return (
    <p className={`hint storage-status storage-status--${status}`} role="status" data-storage-persistence={status}>
      {t(`retention.storage.${status}`)}
      {advice}
    </p>
  );
}
