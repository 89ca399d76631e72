// The merge's reliability figures, each with its value and a one-line reading in plain words
// (bands in reliability-reading.ts).

import type { Reliability } from '../../../../core/types';
import { formatFigure } from './merge-format';
import { readReliability } from './reliability-reading';

/** Kendall's W, ICC(2,k), ICC(2,1) and Krippendorff's alpha, read aloud. */
export function ReliabilityList({ reliability }: { reliability: Reliability }) {
  return (
    <dl className="reliability">
      {readReliability(reliability).map((r) => (
        <div key={r.key} className="reliability__item">
          <dt>
            <span className="reliability__name">{r.name}</span> <span className="hint">{r.measures}</span>
          </dt>
          <dd>
            <span className="reliability__value">{formatFigure(r.value)}</span>
            <span className="reliability__reading">{r.reading}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
