/**
 * Hostile score sheets, JSON level: byte-order marks, invalid UTF-8, lone surrogates, duplicate
 * names, non-finite numbers, syntax JSON forbids, nesting, truncation and other kinds of file.
 * None gets as far as the schema, so the merge must reject each with no document hash.
 */
import { utf8Decode, utf8Encode } from '../../../../core/encoding';
import { clone, concat, fileOf, mark, withRaw } from './corpus-kit';
import type { Draft, HostileFile, ManifestEntry, Seed } from './corpus-kit';

/** A sheet-importer manifest entry. */
export function sheetEntry(name: string, code: string, message: string, attack: string, more: Partial<ManifestEntry> = {}): ManifestEntry {
  return { file: `scores/${name}.scores.json`, importer: 'scores', code, message, ...more, attack };
}

/** The JSON-level hostile sheets. */
export function sheetJsonCases(seed: Seed): HostileFile[] {
  const out: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, code: string, message: string, attack: string, more: Partial<ManifestEntry> = {}): void => {
    out.push({ bytes, entry: sheetEntry(name, code, message, attack, more) });
  };
  const norway = seed.sheets.get('m-norway.r1.scores.json')!;
  const file = fileOf(norway);
  const text = utf8Decode(file);
  /** m-norway's signed sheet with the first rating's score (or `change`) replaced by raw text. */
  const rawScore = (raw: string | Uint8Array): Uint8Array => {
    const doc: Draft = clone(norway);
    doc.candidates[0].ratings[0].score = mark(0);
    return withRaw(doc, raw);
  };
  const rawEvidence = (raw: string | Uint8Array): Uint8Array => {
    const doc: Draft = clone(norway);
    doc.candidates[0].ratings[0].evidence = mark(0);
    return withRaw(doc, raw);
  };
  const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
  const quoted = (...inner: Uint8Array[]): Uint8Array => concat(utf8Encode('"'), ...inner, utf8Encode('"'));
  const NOT_UTF8 = 'not valid UTF-8';

  // ---- encoding ----
  add('bom', concat(bytes(0xef, 0xbb, 0xbf), file), 'json', 'byte-order mark', 'a UTF-8 byte-order mark before the sheet');
  const utf16 = new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);
  add('utf16le-with-bom', concat(bytes(0xff, 0xfe), utf16), 'json', NOT_UTF8, 'the sheet saved as UTF-16 with its byte-order mark');
  add('utf16le-without-bom', utf16, 'json', 'U+0000', 'the sheet saved as UTF-16 without a byte-order mark (NUL bytes between characters)');
  add('utf8-overlong-quote', rawEvidence(quoted(utf8Encode('x'), bytes(0xc0, 0xa2), utf8Encode(', "score": 1, "y'))), 'json', NOT_UTF8,
    'an overlong encoding of " (C0 A2) that lax decoders turn into a quote, smuggling a second score');
  add('utf8-lone-continuation', rawEvidence(quoted(bytes(0x80))), 'json', NOT_UTF8, 'a lone continuation byte');
  add('utf8-encoded-surrogate', rawEvidence(quoted(bytes(0xed, 0xa0, 0x80))), 'json', NOT_UTF8, 'a surrogate encoded in UTF-8 (CESU-8)');
  add('utf8-above-10ffff', rawEvidence(quoted(bytes(0xf4, 0x90, 0x80, 0x80))), 'json', NOT_UTF8, 'a code point above U+10FFFF');
  add('utf8-five-byte', rawEvidence(quoted(bytes(0xf8, 0x88, 0x80, 0x80, 0x80))), 'json', NOT_UTF8, 'an obsolete five-byte sequence');
  add('utf8-truncated-at-end', concat(file.subarray(0, file.length - 2), bytes(0xe2, 0x82)), 'json', NOT_UTF8, 'a multi-byte character cut at the end of the file');
  add('latin1-accent', rawEvidence(quoted(utf8Encode('Entretien tr'), bytes(0xe8), utf8Encode('s bon'))), 'json', NOT_UTF8, 'a comment saved in Latin-1 (è as E8)');

  // ---- lone surrogate escapes ----
  add('lone-high-surrogate', rawEvidence('"\\ud83d"'), 'json', 'not followed by a low-surrogate', 'a lone high-surrogate escape');
  add('lone-low-surrogate', rawEvidence('"\\ude00"'), 'json', 'lone low-surrogate', 'a lone low-surrogate escape');
  add('reversed-surrogate-pair', rawEvidence('"\\ude00\\ud83d"'), 'json', 'lone low-surrogate', 'a surrogate pair in the wrong order');
  add('high-surrogate-then-letter', rawEvidence('"\\ud83d\\u0041"'), 'json', 'not followed by a low-surrogate', 'a high surrogate followed by an ordinary escape');

  // ---- duplicate names ----
  const dup = (name: string, key: string, raw: string, member: string, attack: string, inRating = false): void => {
    const doc: Draft = clone(norway);
    (inRating ? doc.candidates[0].ratings[0] : doc)[mark(0)] = mark(1);
    add(name, withRaw(doc, key, raw), 'json', `duplicate member name "${member}"`, attack);
  };
  dup('duplicate-score', '"score"', '5', 'score', 'a rating with two scores: parsers that keep the last one read 5', true);
  dup('duplicate-member-id-escaped', '"\\u006demberId"', '"m-chile"', 'memberId', 'memberId twice, the second written with a \\u escape, naming another member');
  dup('duplicate-signature', '"signature"', '{"alg":"Ed25519","publicKey":"","value":""}', 'signature', 'a second, empty signature member');
  dup('duplicate-candidates', '"candidates"', '[]', 'candidates', 'a second, empty candidate list');
  dup('duplicate-revision-escaped', '"revisio\\u006e"', '99', 'revision', 'revision twice, escaped differently');

  // ---- numbers and syntax ----
  add('score-1e999', rawScore('1e999'), 'json', 'too large to represent', 'a score of 1e999 (Infinity after parsing)');
  add('score-minus-1e999', rawScore('-1e999'), 'json', 'too large to represent', 'a score of -1e999');
  add('score-nan-literal', rawScore('NaN'), 'json', 'where a value should be', 'a NaN literal');
  add('score-infinity-literal', rawScore('Infinity'), 'json', 'where a value should be', 'an Infinity literal');
  add('score-hex', rawScore('0x4'), 'json', 'character "x"', 'a hexadecimal number');
  add('score-leading-zero', rawScore('04'), 'json', 'leading zeros', 'a number with a leading zero');
  add('score-plus-sign', rawScore('+4'), 'json', 'where a value should be', 'a number with a plus sign');
  add('trailing-comma', utf8Encode(text.replace(/}\s*$/, ',}\n')), 'json', 'a comma before "}" is not allowed', 'a comma after the last member');
  add('comment', utf8Encode(text.replace('{\n', '{\n  // exported by hand\n')), 'json', 'comments are not allowed', 'a comment inside the document');
  add('single-quotes', utf8Encode(text.replace('"format"', "'format'")), 'json', 'double quotes', 'a member name in single quotes');
  add('raw-tab-in-string', rawEvidence('"tab\there"'), 'json', 'must be escaped', 'a raw tab inside a string');
  add('invalid-escape', rawEvidence('"\\x41"'), 'json', 'invalid escape', 'a \\x escape, which JSON does not have');
  add('two-documents', concat(file, file), 'json', 'after the end of the document', 'two sheets in one file: readers that stop at the first see only one');
  add('top-level-array', utf8Encode(`[${text}]`), 'json', 'must be a JSON object', 'the sheet inside an array');
  add('empty', new Uint8Array(0), 'json', 'the file is empty', 'an empty file');
  add('only-whitespace', utf8Encode(' \n\t\r\n'), 'json', 'the file is empty', 'a file of whitespace');

  // ---- nesting: 32 levels pass the JSON rules, 33 do not ----
  const nested = (levels: number): Uint8Array => {
    const doc: Draft = clone(norway);
    doc[mark(0)] = mark(1);
    return withRaw(doc, '"x"', `${'['.repeat(levels)}${']'.repeat(levels)}`);
  };
  add('nested-33-levels', nested(32), 'json', 'nested more than 32 levels', 'arrays opening at level 33, one beyond the limit');
  add('nested-32-levels', nested(31), 'schema', 'unknown member "x"', 'arrays reaching exactly level 32 (valid JSON) in a member the format does not define');
  add('nested-10000-levels', nested(10_000), 'json', 'nested more than 32 levels', 'arrays nested 10,000 deep (stack exhaustion in recursive parsers)');

  // ---- truncation ----
  for (const keep of [1, 100, file.length >> 1, file.length - 3]) {
    add(`truncated-to-${keep}-bytes`, file.slice(0, keep), 'json', 'not valid JSON', `the sheet cut after ${keep} of ${file.length} bytes (an interrupted copy)`);
  }

  // ---- other kinds of file ----
  const otherKind = 'not a score sheet';
  add('package-renamed', seed.demo.packageBytes, 'format', 'ZIP archive', 'the exercise package renamed .scores.json', { mergeReason: 'not a readable score sheet' });
  add('trust-file-renamed', fileOf(seed.trust), 'format', 'a trust file, not a score sheet', 'a trust file renamed .scores.json', { mergeReason: otherKind });
  add('exercise-renamed', fileOf(seed.exercise), 'format', 'an exercise (exercise.json), not a score sheet', 'exercise.json renamed .scores.json', { mergeReason: otherKind });
  add('decision-renamed', fileOf(seed.decision), 'format', 'a decision record, not a score sheet', 'a decision record renamed .scores.json', { mergeReason: otherKind });
  const { format: _, ...formatless } = norway;
  add('format-missing', fileOf(formatless), 'format', 'no "format" member', 'a sheet without its format member', { mergeReason: 'format is missing' });
  add('format-unknown', fileOf({ ...norway, format: 'panelscore.scores.v2' }), 'format', 'not one of', 'a sheet of an unknown format', { mergeReason: 'must be "panelscore.scores"' });
  add('pdf-renamed', seed.demo.documents.get('documents/cand-01/cv.pdf')!, 'json', NOT_UTF8, 'a CV (PDF) renamed .scores.json');
  return out;
}
