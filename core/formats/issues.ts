/**
 * Turns a failed schema check into one FormatError a person can act on: where in the file,
 * what the value is, what it must be, and who can fix it. zod's own wording never leaks out.
 */
import type { z } from 'zod';
import { FormatError } from '../errors';
import { clauseErrorMap, codePointLength } from './common';

/** The four JSON documents of the formats, by the last part of their `format` member. */
export type DocumentKind = 'exercise' | 'scores' | 'trust' | 'decision';

/** What a person can do about a broken document of each kind. */
export const ADVICE: Record<DocumentKind, string> = {
  exercise: 'ask the secretariat for a corrected exercise package',
  scores: 'ask the member to correct the score sheet and re-export it',
  trust: 'correct the trust file (or make it again) and retry',
  decision:
    'the decision record is damaged or was not made by a compatible tool; ask the secretariat for the original file',
};

/** `candidates[1].ratings[0].score` for ['candidates', 1, 'ratings', 0, 'score']; empty path: "the document". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === '' ? 'the document' : out;
}

/** A short rendering of a value for a message: long text is cut, lists and objects are named. */
export function previewValue(v: unknown): string {
  if (typeof v === 'string') {
    // Count without spreading the string: a hostile value can be megabytes long.
    const length = v.length <= 40 ? v.length : codePointLength(v);
    if (length <= 40) return JSON.stringify(v);
    // 64 UTF-16 units hold at least 32 code points, and a pair cut at the end lies beyond them.
    const head = [...v.slice(0, 64)].slice(0, 32).join('');
    return `${JSON.stringify(head).slice(0, -1)}…" (${length.toLocaleString('en-US')} characters)`;
  }
  if (Array.isArray(v))
    return v.length === 0 ? 'an empty list' : `a list of ${v.length} ${v.length === 1 ? 'entry' : 'entries'}`;
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : typeof v;
}

/** A FormatError with code `schema`: `problem` (a sentence naming the place) followed by the advice for `kind`. */
export function schemaError(kind: DocumentKind, problem: string, path?: readonly PropertyKey[]): FormatError {
  return new FormatError(
    'schema',
    `${problem}: ${ADVICE[kind]}`,
    path === undefined ? undefined : formatPath(path),
  );
}

/**
 * Checks `value` against `schema` and returns it unchanged, typed: no copy is made, so
 * `__proto__` data members and (for decision records) unknown members survive for hashing.
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, value: unknown, kind: DocumentKind): T {
  const result = schema.safeParse(value, { error: clauseErrorMap });
  if (result.success) return value as T;
  const issue = result.error.issues[0];
  const joint = issue.code === 'unrecognized_keys' ? '; ' : ': ';
  throw new FormatError(
    'schema',
    `${describeIssue(issue, value)}${joint}${ADVICE[kind]}`,
    formatPath(issue.path),
  );
}

/** Most unknown member names a message lists. */
const MAX_NAMES_SHOWN = 5;

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const at = issue.path.length === 0 ? 'the top level' : where;
    // The names are the sender's text: a few, each cut short, keep the message readable whatever came in.
    const shown = issue.keys.slice(0, MAX_NAMES_SHOWN).map((k) => previewValue(k));
    if (issue.keys.length > MAX_NAMES_SHOWN) shown.push(`and ${(issue.keys.length - MAX_NAMES_SHOWN).toLocaleString('en-US')} more`);
    return `unknown member${issue.keys.length > 1 ? 's' : ''} ${shown.join(', ')} at ${at}: this file was made by a different version of the format or was edited by hand`;
  }
  const found = valueAt(root, issue.path);
  if (!found.present) return `${where} is missing (it is required)`;
  if (issue.code === 'custom' && (issue.params as { sentence?: boolean } | undefined)?.sentence === true)
    return `${where} ${issue.message}`;
  return `${where} is ${previewValue(found.value)} but ${issue.message}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, segment))
      return { present: false };
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return { present: true, value: node };
}
