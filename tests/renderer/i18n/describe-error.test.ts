import { afterEach, describe, expect, it } from 'vitest';
import { FormatError } from '../../../core/errors';
import { describeError } from '../../../renderer/src/app/use-live-query';
import { describeFileError, fileErrorText } from '../../../renderer/src/i18n/describe-error';
import { useLanguageStore } from '../../../renderer/src/state/language-store';

const signatureError = new FormatError('signature', 'the sheet from m1 cannot be trusted: the signature does not verify');

afterEach(() => useLanguageStore.getState().setLanguage('en'));

describe('describeFileError', () => {
  it('shows core’s English message alone when the interface is in English', () => {
    expect(describeFileError(signatureError)).toEqual({ headline: null, detail: signatureError.message });
  });

  it('puts a French headline chosen by the error code before the labelled English detail', () => {
    useLanguageStore.getState().setLanguage('fr');
    const described = describeFileError(signatureError);
    expect(described.headline).toMatch(/^La signature du fichier n’est pas valide/);
    expect(described.detail).toContain('en anglais');
    expect(described.detail).toContain(signatureError.message);
  });

  it('gives a general Spanish headline to an error that is not a file check', () => {
    useLanguageStore.getState().setLanguage('es');
    expect(fileErrorText(new Error('disk on fire'))).toMatch(/^No se pudo usar el archivo\. .*disk on fire$/);
  });
});

describe('describeError', () => {
  it('frames a file-check error in the interface language and says the disk is full in it', () => {
    useLanguageStore.getState().setLanguage('fr');
    expect(describeError(signatureError)).toMatch(/^La signature du fichier n’est pas valide.*the signature does not verify$/);
    expect(describeError(new DOMException('quota', 'QuotaExceededError'))).toMatch(/^Le disque est plein/);
    expect(describeError(undefined)).toMatch(/^Une erreur inattendue/);
  });
});

