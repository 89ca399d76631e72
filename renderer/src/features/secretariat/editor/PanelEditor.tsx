// The panel: members with name, affiliation and role (one chair), and the key each may pin:
// pasted, or loaded from the key file the member exported (a one-member trust file).

import { useState } from 'react';
import { fingerprint } from '../../../../../core/crypto/ed25519';
import { base64UrlBytesProblem } from '../../../../../core/formats/common';
import { parseTrustFile } from '../../../../../core/formats/trust';
import { parseStrictJson } from '../../../../../core/json/strict-json';
import { platform } from '../../../platform';
import { type MemberDraft, freeId, slugOf } from './draft';
import { Trans } from 'react-i18next';
import { translate, useT } from '../../../i18n';

/** The key in a member's exported key file, or a message saying why there is none. */
export function keyFromKeyFile(bytes: Uint8Array): { memberId: string; publicKey: string } | { problem: string } {
  try {
    const trust = parseTrustFile(parseStrictJson(bytes));
    if (trust.members.length !== 1) {
      return { problem: translate('secretariat.panel.manyKeys', { count: trust.members.length }) };
    }
    return trust.members[0];
  } catch (error) {
    return { problem: translate('secretariat.panel.notKeyFile', { message: error instanceof Error ? error.message : String(error) }) };
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
  const t = useT();
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
    const [file] = await platform().openFiles({ title: t('secretariat.panel.chooseKey'), filters: [{ name: t('secretariat.panel.keyFile'), extensions: ['json'] }], multiple: false });
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
      [index]: found.memberId === id ? '' : t('secretariat.panel.otherMember', { found: found.memberId, id }),
    });
  };
  return (
    <section className="editor__section" aria-labelledby="editor-panel">
      <h2 id="editor-panel">{t('app.exercise.panel', { count: panel.length })}</h2>
      <ol className="editor__list">
        {panel.map((m, i) => {
          const label = m.name.trim() || t('secretariat.panel.memberN', { n: i + 1 });
          const print = fingerprintOf(m.publicKey);
          return (
            <li key={i} className="editor__card" aria-label={label}>
              <h3 className="editor__card-title">{t('secretariat.panel.memberN', { n: i + 1 })}</h3>
              <div className="editor__row">
                <label className="editor__field editor__field--wide">
                  {t('secretariat.panel.name')}
                  <input value={m.name} onChange={(e) => update(i, { name: e.target.value })} />
                </label>
                <label className="editor__field">
                  {t('secretariat.panel.affiliation')}
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
                  {t('secretariat.panel.id')}
                  <input value={m.id} onChange={(e) => update(i, { id: e.target.value })} />
                </label>
                <label className="editor__check">
                  <input type="checkbox" checked={m.role === 'chair'} onChange={(e) => update(i, { role: e.target.checked ? 'chair' : 'member' })} />
                  {t('app.exercise.chair')}
                </label>
              </div>
              <div className="editor__row">
                <label className="editor__field editor__field--wide">
                  {t('secretariat.panel.key')}
                  <input
                    className="editor__key"
                    placeholder={t('secretariat.panel.keyPlaceholder')}
                    value={m.publicKey}
                    onChange={(e) => update(i, { publicKey: e.target.value.trim() })}
                  />
                </label>
                <button type="button" className="button button--small" onClick={() => void loadKey(i)}>
                  {t('secretariat.panel.loadKey')}
                </button>
              </div>
              {print && (
                <p className="hint">
                  <Trans i18nKey="secretariat.panel.fingerprint" values={{ fingerprint: print, name: label }} components={{ code: <code className="fingerprint" /> }} />
                </p>
              )}
              {notes[i] && (
                <p className="alert alert--warning" role="alert">
                  {notes[i]}
                </p>
              )}
              <div className="editor__actions">
                <button type="button" className="button button--small" onClick={() => onChange(panel.filter((_, j) => j !== i))}>
                  {t('secretariat.panel.remove')}
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
        {t('secretariat.panel.add')}
      </button>
    </section>
  );
}
