// The member's signing key: its fingerprint large enough to read aloud to the secretariat,
// and a small file with the public key that the secretariat can pin (a §4 trust file).

import { useState } from 'react';
import { utf8Encode } from '../../../../core/encoding';
import { parseTrustFile } from '../../../../core/formats/trust';
import type { MemberIdentityRecord } from '../../db';
import { platform } from '../../platform';
import { describeError } from '../../app/use-live-query';

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
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const exportKey = async () => {
    setMessage(null);
    try {
      const file = publicKeyFile(exerciseId, identity);
      const result = await platform().saveFile(file.name, file.bytes, [{ name: 'Public key (trust file)', extensions: ['json'] }]);
      if (result.saved) setMessage({ kind: 'done', text: `Saved ${file.name}. Send it to the secretariat, then read them the fingerprint.` });
    } catch (error) {
      setMessage({ kind: 'error', text: `The public key could not be saved: ${describeError(error)}` });
    }
  };
  return (
    <section className="key-panel" aria-labelledby="key-panel-title">
      <h1 id="key-panel-title" className="page__title">
        Your signing key
      </h1>
      <p className="page__lead">
        You sign your score sheets as <strong>{memberName}</strong> ({identity.memberId}). The secretariat accepts them only with this
        key: read its fingerprint to them, by phone or in person, and ask them to read back what they have.
      </p>
      <p className="key-panel__fingerprint" aria-label={`Key fingerprint ${identity.fingerprint}`}>
        <code>{identity.fingerprint}</code>
      </p>
      <p className="hint">The private key never leaves this computer; the file below holds only the public key.</p>
      <button type="button" className="button button--primary" onClick={() => void exportKey()}>
        Export my public key
      </button>
      {message && (
        <p className={message.kind === 'error' ? 'alert alert--error' : 'alert'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
