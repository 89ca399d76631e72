// Long lists on a projector: the first rows and a button that shows the rest. A meeting looks at
// the top of a ranking; all rows stay one click (or Tab + Enter) away, and in the report.

import { useState } from 'react';

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
  what: string;
}) {
  if (hidden === 0 && !all) return null;
  return (
    <button type="button" className="button" onClick={() => setAll(!all)}>
      {all ? `Show the first ${SHOWN_ROWS} ${what} only` : `Show all ${total} ${what} (${hidden} more)`}
    </button>
  );
}
