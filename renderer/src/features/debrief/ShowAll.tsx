// Long lists on a projector: the first rows and a button that shows the rest. A meeting looks at
// the top of a ranking; all rows stay one click (or Tab + Enter) away, and in the report.

import { useState } from 'react';
import { useT } from '../../i18n';

/** How many rows a long list shows before "Show all". */
export const SHOWN_ROWS = 25;

/** The rows to show (`keep` always shows a row, e.g. one that moved) and the toggle's state. */
export function useShowAll<T>(
  rows: readonly T[],
  keep: (row: T) => boolean = () => false,
): { shown: T[]; all: boolean; setAll: (all: boolean) => void; hidden: number } {
  const [all, setAll] = useState(false);
  const shown =
    all || rows.length <= SHOWN_ROWS ? [...rows] : rows.filter((row, i) => i < SHOWN_ROWS || keep(row));
  return { shown, all, setAll, hidden: rows.length - shown.length };
}

/** The button under a shortened list. */
export function ShowAllButton({
  total,
  hidden,
  all,
  setAll,
  what,
}: {
  total: number;
  hidden: number;
  all: boolean;
  setAll: (all: boolean) => void;
  /** What the list holds. */
  what: 'candidates' | 'consensus';
}) {
  const t = useT();
  if (hidden === 0 && !all) return null;
  return (
    <button type="button" className="button" onClick={() => setAll(!all)}>
      {all
        ? t(`debrief.showAll.${what}First`, { count: SHOWN_ROWS })
        : t(`debrief.showAll.${what}`, { count: total, hidden })}
    </button>
  );
}
