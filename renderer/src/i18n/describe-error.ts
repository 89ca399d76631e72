// Errors from core's file checks (FormatError) are written in English, because the same words go into
// signed records and the CLI. In another interface language a translated headline, chosen by the
// error's code, comes first and the precise English detail follows it, labelled as such.

import { isFormatError } from '../../../core/errors';
import { useLanguageStore } from '../state/language-store';
import { translate } from './index';

/** What the interface shows for a failed file check: a headline in the interface language (none in English) and the detail. */
export interface ErrorDescription {
  readonly headline: string | null;
  readonly detail: string;
}

const CODES = new Set([
  'encoding',
  'json',
  'schema',
  'signature',
  'hash',
  'mismatch',
  'package',
  'zip',
  'size',
  'format',
  'trust',
  'truncated',
  'source',
]);

/** Describes `error` for a person; core's English message is kept whole as the detail. */
export function describeFileError(error: unknown): ErrorDescription {
  const detail = error instanceof Error ? error.message : String(error);
  if (useLanguageStore.getState().language === 'en') return { headline: null, detail };
  const code = isFormatError(error) && CODES.has(error.code) ? error.code : 'other';
  return { headline: translate(`errors.code.${code}`), detail: `${translate('errors.detailLabel')} ${detail}` };
}

/** The description as one line of text, for places that show a single message. */
export function fileErrorText(error: unknown): string {
  const { headline, detail } = describeFileError(error);
  return headline === null ? detail : `${headline} ${detail}`;
}
