// The panel as the package names it; for the secretariat and the debrief, each member's
// pinned key fingerprint (or that the key is still to be confirmed).

import type { PanelMember } from '../../../../core/types';
import { fingerprint } from '../../../../core/crypto/ed25519';
import { useT } from '../../i18n';

/** The panel list. */
export function PanelSection({ panel, showKeys }: { panel: PanelMember[]; showKeys: boolean }) {
  const t = useT();
  return (
    <section className="exercise__section" aria-labelledby="exercise-panel">
      <h2 id="exercise-panel">{t('app.exercise.panel', { count: panel.length })}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('app.exercise.member')}</th>
            <th scope="col">{t('app.exercise.affiliation')}</th>
            <th scope="col">{t('app.exercise.role')}</th>
            {showKeys && <th scope="col">{t('app.exercise.fingerprint')}</th>}
          </tr>
        </thead>
        <tbody>
          {panel.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.name}</th>
              <td>{member.affiliation ?? '—'}</td>
              <td>{member.role === 'chair' ? t('app.exercise.chair') : t('app.exercise.member')}</td>
              {showKeys && (
                <td>
                  {member.publicKey ? (
                    <code className="fingerprint">{fingerprint(member.publicKey)}</code>
                  ) : (
                    <span className="muted">{t('app.exercise.notPinned')}</span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
