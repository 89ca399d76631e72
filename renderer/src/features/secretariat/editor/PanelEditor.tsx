// The panel: members with name, affiliation and role (one chair), and the key each may pin:
// pasted, or loaded from the key file the member exported (a one-member trust file).

import { useState } from 'react';
import { fingerprint } from '../../../../../core/crypto/ed25519';
import { base64UrlBytesProblem } from '../../../../../core/formats/common';
import { parseTrustFile } from '../../../../../core/formats/trust';
import { parseStrictJson } from '../../../../../core/json/strict-json';
import { platform } from '../../../platform';
import { type MemberDraft, freeId, slugOf } from './draft';

/** The key in a member's exported key file, or a message saying why there is none. */
export function keyFromKeyFile(bytes: Uint8Array): { memberId: string; publicKey: string } | { problem: string } {
  try {
    const trust = parseTrustFile(parseStrictJson(bytes));
    if (trust.members.length !== 1) {
      return { problem: `The file lists ${trust.members.length} keys, not one: ask the member for the key file their app exported.` };
    }
    return trust.members[0];
  } catch (error) {
    return { problem: `This is not a member’s key file (${error instanceof Error ? error.message : String(error)}). Ask the member to export their key again.` };
  }
}

function fingerprintOf(key: string): string | null {
  return key.trim() !== '' && base64UrlBytesProblem(key.trim(), 32) === null ? fingerprint(key.trim()) : null;
}

interface Props {
  panel: MemberDraft[];
  onChange: (panel: MemberDraft[]) => void;
}

/** Edits the panel. */
export function PanelEditor({ panel, onChange }: Props) {
  const [notes, setNotes] = useState<Record<number, string>>({});
  const update = (index: number, change: Partial<MemberDraft>) =>
    onChange(
      panel.map((m, i) => {
        if (i === index) return { ...m, ...change };
        // One chair: naming a new chair makes the previous one a member.
        return change.role === 'chair' && m.role === 'chair' ? { ...m, role: 'member' } : m;
      }),
    );
  const loadKey = async (index: number) => {
    const [file] = await platform().openFiles({ title: 'Choose the member’s key file', filters: [{ name: 'Key file', extensions: ['json'] }], multiple: false });
    if (!file) return;
    const found = keyFromKeyFile(file.bytes);
    if ('problem' in found) {
      setNotes({ ...notes, [index]: found.problem });
      return;
    }
    update(index, { publicKey: found.publicKey });
    const id = panel[index].id;
    setNotes({
      ...notes,
      [index]: found.memberId === id ? '' : `The key file was made for “${found.memberId}”, not “${id}”: check that it is this member’s file.`,
    });
  };
  return (
    <section className="editor__section" aria-labelledby="editor-panel">
      <h2 id="editor-panel">Panel ({panel.length})</h2>
      <ol className="editor__list">
        {panel.map((m, i) => {
          const label = m.name.trim() || `Member ${i + 1}`;
          const print = fingerprintOf(m.publicKey);
          return (
            <li key={i} className="editor__card" aria-label={label}>
              <h3 className="editor__card-title">Member {i + 1}</h3>
              <div className="editor__row">
                <label className="editor__field editor__field--wide">
                  Name
                  <input value={m.name} onChange={(e) => update(i, { name: e.target.value })} />
                </label>
                <label className="editor__field">
                  Affiliation
                  <input
                    value={m.affiliation}
                    onChange={(e) => {
                      const slug = slugOf(e.target.value);
                      const autoId = m.id.startsWith('member-') || m.id === `m-${slugOf(m.affiliation)}`;
                      update(i, { affiliation: e.target.value, ...(autoId && slug ? { id: `m-${slug}` } : {}) });
                    }}
                  />
                </label>
                <label className="editor__field">
                  Id
                  <input value={m.id} onChange={(e) => update(i, { id: e.target.value })} />
                </label>
                <label className="editor__check">
                  <input type="checkbox" checked={m.role === 'chair'} onChange={(e) => update(i, { role: e.target.checked ? 'chair' : 'member' })} />
                  Chair
                </label>
              </div>
              <div className="editor__row">
                <label className="editor__field editor__field--wide">
                  Pinned public key (optional)
                  <input
                    className="editor__key"
                    placeholder="Paste the member’s public key, or load their key file"
                    value={m.publicKey}
                    onChange={(e) => update(i, { publicKey: e.target.value.trim() })}
                  />
                </label>
                <button type="button" className="button button--small" onClick={() => void loadKey(i)}>
                  Load key file…
                </button>
              </div>
              {print && (
                <p className="hint">
                  Fingerprint <code className="fingerprint">{print}</code>: have {label} read theirs aloud and compare.
                </p>
              )}
              {notes[i] && (
                <p className="alert alert--warning" role="alert">
                  {notes[i]}
                </p>
              )}
              <div className="editor__actions">
                <button type="button" className="button button--small" onClick={() => onChange(panel.filter((_, j) => j !== i))}>
                  Remove member
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...panel, { id: freeId('member', panel), name: '', affiliation: '', role: panel.length === 0 ? 'chair' : 'member', publicKey: '' }])}
      >
        Add a panel member
      </button>
    </section>
  );
}
