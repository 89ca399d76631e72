// The progress of an import: a bar of bytes checked out of the package's size while it is
// verified, an indeterminate bar while it is stored.

import { formatBytes } from '../../app/format';
import { useT } from '../../i18n';

interface Props {
  /** What is happening, e.g. "Step 1 of 2: checking “x.panelpkg”". */
  label: string;
  /** Bytes done and in all; null while the amount is unknown. */
  done: number | null;
  total: number | null;
}

/** A labelled progress bar (role progressbar, aria-valuenow in bytes) with its step announced once. */
export function ImportProgress({ label, done, total }: Props) {
  const t = useT();
  const known = done !== null && total !== null && total > 0;
  const percent = known ? Math.min(100, Math.floor((done / total) * 100)) : null;
  const amount = known ? t('member.importProgress', { done: formatBytes(done), total: formatBytes(total), percent }) : null;
  return (
    <div className="import-progress">
      <div role="status" className="import-package__status">
        {label}…
      </div>
      <div
        className={`import-progress__bar${known ? '' : ' import-progress__bar--busy'}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={amount ?? undefined}
      >
        <span className="import-progress__fill" style={known ? { width: `${percent}%` } : undefined} />
      </div>
      {amount && (
        <p className="hint import-progress__amount" aria-hidden="true">
          {amount}
        </p>
      )}
    </div>
  );
}
