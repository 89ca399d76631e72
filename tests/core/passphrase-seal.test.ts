import { describe, expect, it } from 'vitest';
import { derivePassphraseKey, newDataKey, newPassphraseKeyParams, openBytes, sealBytes } from '../../core/crypto/passphrase-seal';

const fast = { N: 2 ** 10, r: 8, p: 1 };
const text = new TextEncoder().encode('Amina Diallo scored 4 on leadership');

describe('passphrase seal', () => {
  it('derives the same key from the same passphrase and salt, another from another passphrase', async () => {
    const params = newPassphraseKeyParams(fast);
    const a = await derivePassphraseKey('correct horse', params);
    expect(await derivePassphraseKey('correct horse', params)).toEqual(a);
    expect(await derivePassphraseKey('correct horsf', params)).not.toEqual(a);
    expect(a).toHaveLength(32);
  });

  it('refuses an empty passphrase', async () => {
    await expect(derivePassphraseKey('', newPassphraseKeyParams(fast))).rejects.toThrow(/passphrase is empty/);
  });

  it('round-trips sealed bytes and hides the plaintext', () => {
    const key = newDataKey();
    const sealed = sealBytes(key, text);
    expect(new TextDecoder().decode(sealed)).not.toContain('Amina');
    expect(openBytes(key, sealed)).toEqual(text);
  });

  it('refuses a changed byte, a wrong key or another context', () => {
    const key = newDataKey();
    const context = new TextEncoder().encode('scores/1');
    const sealed = sealBytes(key, text, context);
    const flipped = sealed.slice();
    flipped[20] ^= 1;
    expect(() => openBytes(key, flipped, context)).toThrow(/cannot be decrypted/);
    expect(() => openBytes(newDataKey(), sealed, context)).toThrow(/cannot be decrypted/);
    expect(() => openBytes(key, sealed, new TextEncoder().encode('scores/2'))).toThrow(/cannot be decrypted/);
    expect(() => openBytes(key, sealed.subarray(0, 20), context)).toThrow(/truncated/);
  });
});
