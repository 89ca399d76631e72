// The member's signing key: its fingerprint large enough to read aloud to the secretariat,
// and a small file with the public key that the secretariat can pin (a §4 trust file).

import { useState } from 'react';
import { utf8Encode } from '../../../../core/encoding';
import { parseTrustFile } from '../../../../core/formats/trust';
import type { MemberIdentityRecord } from '../../db';
import { platform } from '../../platform';
import { describeError } from '../../app/use-live-query';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n';

interface Props {
  exerciseId: string;
  identity: MemberIdentityRecord;
  memberName: string;
}

/** The public-key file: a trust file naming this member and key only (it never holds a private key). */
export function publicKeyFile(exerciseId: string, identity: MemberIdentityRecord): { name: string; bytes: Uint8Array } {
  const trust = parseTrustFile({
    format: 'panelscore.trust',
    formatVersion: 1,
    exerciseId,
    members: [{ memberId: identity.memberId, publicKey: identity.publicKey }],
  });
  return { name: `${identity.memberId}.public-key.trust.json`, bytes: utf8Encode(`${JSON.stringify(trust, null, 2)}\n`) };
}

/** "My key". */
export function KeyPanel({ exerciseId, identity, memberName }: Props) {
  const t = useT();
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const exportKey = async () => {
    setMessage(null);
    try {
      const file = publicKeyFile(exerciseId, identity);
      const result = await platform().saveFile(file.name, file.bytes, [{ name: t('member.key.fileType'), extensions: ['json'] }]);
      if (result.saved) setMessage({ kind: 'done', text: t('member.key.saved', { name: file.name }) });
    } catch (error) {
      setMessage({ kind: 'error', text: t('member.key.saveFailed', { message: describeError(error) }) });
    }
  };
  return (
    <section className="key-panel" aria-labelledby="key-panel-title">
      <h1 id="key-panel-title" className="page__title">
        {t('member.key.title')}
      </h1>
      <p className="page__lead">
        <Trans i18nKey="member.key.lead" values={{ name: memberName, id: identity.memberId }} components={{ strong: <strong /> }} />
      </p>
      <p className="key-panel__fingerprint" aria-label={t('member.key.fingerprintLabel', { fingerprint: identity.fingerprint })}>
        <code>{identity.fingerprint}</code>
      </p>
      <p className="hint">{t('member.key.privateStays')}</p>
      <button type="button" className="button button--primary" onClick={() => void exportKey()}>
        {t('member.key.export')}
      </button>
      {message && (
        <p className={message.kind === 'error' ? 'alert alert--error' : 'alert'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
