// A plain-words hint on how hard a passphrase is to guess: length and words matter most
// (scrypt slows each guess, but cannot save a short or common one).

import { translate } from '../../i18n';

/** How strong a passphrase looks, with a hint to show beside the field. */
export interface PassphraseStrength {
  level: 'too-short' | 'weak' | 'fair' | 'strong';
  hint: string;
  /** False when the passphrase must not be accepted. */
  acceptable: boolean;
}

export const MIN_PASSPHRASE_LENGTH = 10;
const COMMON = /^(password|passphrase|panelscore|qwerty|azerty|123456|letmein|welcome)/i;

/** Judges a passphrase by length, number of words and variety of characters. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      level: 'too-short',
      acceptable: false,
      hint: translate('lock.strength.tooShort', { min: MIN_PASSPHRASE_LENGTH }),
    };
  }
  const words = passphrase
    .trim()
    .split(/[\s\-_.,]+/)
    .filter((word) => word.length >= 3).length;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9\s]/].filter((kind) => kind.test(passphrase)).length;
  if (COMMON.test(passphrase) || new Set(passphrase).size < 5) {
    return {
      level: 'weak',
      acceptable: true,
      hint: translate('lock.strength.common'),
    };
  }
  if (length >= 20 && (words >= 4 || kinds >= 3))
    return { level: 'strong', acceptable: true, hint: translate('lock.strength.strong') };
  if (length >= 14 && (words >= 3 || kinds >= 3))
    return { level: 'fair', acceptable: true, hint: translate('lock.strength.fair') };
  return {
    level: 'weak',
    acceptable: true,
    hint: translate('lock.strength.weak'),
  };
}
