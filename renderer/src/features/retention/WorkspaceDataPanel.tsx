// The foot of every exercise workspace: whether this browser keeps the data, and the way to
// close the exercise (delete every trace of it) once the recruitment is over.

import { useT } from '../../i18n';
import { type Role, workspaceIdOf } from '../../roles';
import { CloseExercise } from './CloseExercise';
import { StorageStatus } from './StorageStatus';
import './retention.css';

/** "This exercise’s data on this computer". */
export function WorkspaceDataPanel({ role, exerciseId, title }: { role: Role; exerciseId: string; title: string }) {
  const t = useT();
  const headingId = `workspace-data-${workspaceIdOf(role, exerciseId).replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <section className="workspace-data" aria-labelledby={headingId}>
      <h2 id={headingId} className="workspace-data__title">
        {t('retention.panelTitle')}
      </h2>
      <StorageStatus />
      <CloseExercise role={role} exerciseId={exerciseId} title={title} />
    </section>
  );
}
