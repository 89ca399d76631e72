// Shown on the role screen after an exercise was closed: the scrub of its deleted rows out of
// the storage files (a few seconds), then that it is done, or why it failed and what to do.

import { useT } from '../../i18n';
import { dismissScrubProgress, useScrubProgress } from './scrub-progress';

/** Progress, then outcome, of clearing a closed exercise out of the storage files. */
export function ScrubNotice() {
  const t = useT();
  const progress = useScrubProgress();
  switch (progress.kind) {
    case 'idle':
      return null;
    case 'running':
      return (
        <p className="alert alert--info scrub-notice" role="status">
          <progress max={1} value={progress.fraction} />{' '}
          {t('retention.close.scrubbing', { percent: Math.round(progress.fraction * 100) })}
        </p>
      );
    case 'done':
      return (
        <p className="alert alert--info scrub-notice" role="status">
          {t('retention.close.scrubbed')}{' '}
          <button type="button" className="link-button" onClick={dismissScrubProgress}>
            {t('retention.close.dismiss')}
          </button>
        </p>
      );
    case 'failed':
      return (
        <p className="alert alert--warning scrub-notice" role="alert">
          {t('retention.close.scrubFailed', { reason: progress.reason })}{' '}
          <button type="button" className="link-button" onClick={dismissScrubProgress}>
            {t('retention.close.dismiss')}
          </button>
        </p>
      );
  }
}
