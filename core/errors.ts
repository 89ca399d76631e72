/**
 * The one error type core throws for anything wrong with an input file.
 * `message` is for a person: what is wrong and what to do about it.
 */
export class FormatError extends Error {
  /** Short machine-readable category, e.g. `json`, `schema`, `signature`, `zip`, `hash`. */
  readonly code: string;
  /** Where in the document the problem is (`candidates[2].ratings[0].score`), when known. */
  readonly path: string | undefined;

  constructor(code: string, message: string, path?: string) {
    super(message);
    this.name = 'FormatError';
    this.code = code;
    this.path = path;
  }
}

/** True when `e` is a FormatError (works across bundles, unlike instanceof alone). */
export function isFormatError(e: unknown): e is FormatError {
  return e instanceof FormatError || (e instanceof Error && e.name === 'FormatError' && 'code' in e);
}
