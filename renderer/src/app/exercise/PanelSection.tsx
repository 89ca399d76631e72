// The panel as the package names it; for the secretariat and the debrief, each member's
// pinned key fingerprint (or that the key is still to be confirmed).

import type { PanelMember } from '../../../../core/types';
import { fingerprint } from '../../../../core/crypto/ed25519';

/** The panel list. */
export function PanelSection({ panel, showKeys }: { panel: PanelMember[]; showKeys: boolean }) {
  return (
    <section className="exercise__section" aria-labelledby="exercise-panel">
      <h2 id="exercise-panel">Panel ({panel.length})</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Delegation or affiliation</th>
            <th scope="col">Role</th>
            {showKeys && <th scope="col">Key fingerprint</th>}
          </tr>
        </thead>
        <tbody>
          {panel.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.name}</th>
              <td>{member.affiliation ?? '—'}</td>
              <td>{member.role === 'chair' ? 'Chair' : 'Member'}</td>
              {showKeys && (
                <td>
                  {member.publicKey ? (
                    <code className="fingerprint">{fingerprint(member.publicKey)}</code>
                  ) : (
                    <span className="muted">not pinned — confirm it when the first score sheet arrives</span>
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
