import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../renderer/src/features/secretariat/editor/csv';
import { candidateProblems, importCandidateCsv } from './csv-import-pipeline';

const VALID = new TextEncoder().encode(
  'ID,Name,Summary,Nationality\r\nc-01,Amina Diallo,"Director, finance",Senegal\r\nc-02,"Ben ""B"" Okafor",,Nigeria\r\n,Chen Wei,"Two\nlines",China\r\n',
);
/** Bytes that matter to a CSV reader or a UTF-8 decoder. */
const INTERESTING = [0x22, 0x2c, 0x3b, 0x09, 0x0d, 0x0a, 0x00, 0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xff, 0x3d, 0x2b, 0x40];
const RUNS = 3_000;

type Mutation = { at: number; kind: 'insert' | 'replace' | 'delete' | 'duplicate'; byte: number; length: number };

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'replace', 'delete', 'duplicate'),
  byte: fc.oneof(fc.constantFrom(...INTERESTING), fc.integer({ min: 0, max: 255 })),
  length: fc.integer({ min: 1, max: 40 }),
}) as fc.Arbitrary<Mutation>;

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  const out = [...bytes];
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'insert') out.splice(at, 0, m.byte);
    else if (m.kind === 'replace') out[Math.min(at, out.length - 1)] = m.byte;
    else if (m.kind === 'delete') out.splice(at, m.length);
    else out.splice(at, 0, ...out.slice(at, at + m.length));
  }
  return new Uint8Array(out);
}

/** A table as RFC 4180 writes it: every field quoted, quotes doubled, CRLF after each record. */
function writeCsv(table: readonly (readonly string[])[]): string {
  return table.map((row) => `${row.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')}\r\n`).join('');
}

describe('the CSV import under fuzzing', () => {
  it(`never crashes on ${RUNS} mutations of a valid file: it refuses with a reason or imports only valid candidates`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const outcome = importCandidateCsv(mutate(VALID, mutations));
        if (outcome.stage === 'imported') expect(candidateProblems(outcome.candidates)).toEqual([]);
        else expect(outcome.message.length).toBeGreaterThan(20);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`never crashes on ${RUNS} arbitrary byte strings`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const outcome = importCandidateCsv(bytes);
        if (outcome.stage === 'imported') expect(candidateProblems(outcome.candidates)).toEqual([]);
        else expect(outcome.message.length).toBeGreaterThan(20);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`reads back every table written by the RFC 4180 rules (${RUNS} tables)`, () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '"', ',', '\n', '\r', ' ', '\u2028', '😀', '='), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        (table) => {
          const blank = (row: readonly string[]) => row.length === 1 && row[0] === '';
          expect(parseCsv(writeCsv(table))).toEqual(table.filter((row) => !blank(row)));
        },
      ),
      { numRuns: RUNS },
    );
  }, 60_000);
});
