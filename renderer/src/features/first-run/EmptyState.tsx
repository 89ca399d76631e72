// "Nothing here yet": says what the screen will hold and what to do next, so an empty
// screen is never a dead end.

import type { ReactNode } from 'react';
import './first-run.css';

/** An empty state: a title, what to do next, and optional actions below. */
export function EmptyState({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={title}>
      <p className="empty-state__title">{title}</p>
      <div className="empty-state__next">{children}</div>
      {actions !== undefined && <div className="empty-state__actions">{actions}</div>}
    </section>
  );
}
