// Fourth step of the reveal sequence: how far the panel agreed, each figure from core's merge
// with its plain-language reading (the same readings as the secretariat's merge view).

import { readReliability } from '../secretariat/reliability-reading';
import { formatCoefficient } from './debrief-format';
import type { DebriefData } from './debrief-model';

/** The four reliability figures with what they measure and what they say. */
export function ReliabilityView({ data }: { data: DebriefData }) {
  return (
    <div className="deck-view reliability">
      <ul className="reliability-cards">
        {readReliability(data.decision.reliability).map((r) => (
          <li key={r.key} className="reliability-card">
            <h3>{r.name}</h3>
            <p className="reliability-card__value">{formatCoefficient(r.value)}</p>
            <p className="reliability-card__measures">{r.measures}</p>
            <p className="reliability-card__reading">{r.reading}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
