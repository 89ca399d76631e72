// Whether the browser promised to keep Panelscore's data. Asking happens here, the first time
// a workspace is shown; the answer stays in view so a person knows whether data may be evicted.

import { useEffect, useState } from 'react';
import { type PersistenceStatus, ensurePersistentStorage } from '../../db/storage-persistence';
import { platform } from '../../platform';

const TEXT: Record<PersistenceStatus | 'asking', string> = {
  asking: 'Asking this browser to keep Panelscore’s data…',
  persistent: 'Storage is persistent: this browser keeps Panelscore’s data until you delete it, even when the disk runs low.',
  'best-effort': 'Storage is not persistent: this browser may clear Panelscore’s data when the disk runs low. Export your work often.',
  unsupported: 'This browser cannot promise to keep Panelscore’s data: export your work often.',
};

const IN_A_BROWSER = ' The desktop app keeps it in its own folder instead.';

/** One line: persistent storage or not. */
export function StorageStatus() {
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
  const advice = inBrowser && (status === 'best-effort' || status === 'unsupported') ? IN_A_BROWSER : '';
  return (
    <p className={`hint storage-status storage-status--${status}`} role="status" data-storage-persistence={status}>
      {TEXT[status]}
      {advice}
    </p>
  );
}
