import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readZipEntries } from '../../core/package/zip-reader';
import { writeZip } from '../../core/package/zip-writer';
import { FormatError } from '../../core/errors';
import { craftZip, withByte } from './helpers/zip-craft';
import type { CraftEntry } from './helpers/zip-craft';
import { meaningFreeRanges } from './helpers/zip-inspect';
import { cv, exercise, json, pdf, rejects, text } from './helpers/zip-fixtures';

describe('readZipEntries: the central directory is authoritative', () => {
  const disagreements: [string, Partial<CraftEntry>][] = [
    ['name', { local: { name: 'documents/cand-01/cv.pdx' } }],
    ['version', { local: { versionNeeded: 10 } }],
    ['flags', { local: { flags: 0x0000 } }],
    ['compression method', { method: 0, local: { method: 8 } }],
    ['modification time', { local: { time: 0x1234 } }],
    ['modification time', { local: { date: 0x5821 } }],
    ['CRC-32', { local: { crc: 0 } }],
    ['packed size', { local: { compressedSize: 1 } }],
    ['unpacked size', { local: { uncompressedSize: pdf.length + 1 } }],
  ];
  for (const [field, change] of disagreements) {
    it(`rejects a local header whose ${field} disagrees (${Object.keys(change.local as object).join(', ')})`, () => {
      rejects([exercise(), cv(change)], new RegExp(`local header whose ${field} disagrees`));
    });
  }

  it('rejects a data descriptor that disagrees with the directory, or is missing', () => {
    rejects([exercise({ descriptor: { crc: 1 } }), cv()], /data descriptor that is missing or disagrees/);
    rejects(
      [exercise({ descriptor: { compressedSize: 3 } }), cv()],
      /data descriptor that is missing or disagrees/,
    );
    rejects(
      [exercise({ descriptor: { uncompressedSize: 3 } })],
      /data descriptor that is missing or disagrees/,
    );
    // Flag bit 3 set, but nothing after the data: the next local header is read as the descriptor.
    rejects(
      [exercise({ flags: 0x0808, local: { crc: 0, compressedSize: 0, uncompressedSize: 0 } }), cv()],
      /data descriptor/,
    );
  });

  it('rejects non-zero local values that disagree with the directory even with a data descriptor', () => {
    rejects([exercise({ descriptor: {}, local: { crc: 7 } })], /local header whose CRC-32 disagrees/);
  });

  it('rejects two directory entries that share one local record (overlap)', () => {
    rejects(
      [
        exercise(),
        cv(),
        { name: 'documents/cand-01/copy.pdf', content: pdf, local: false, centralOffset: { entry: 1 } },
      ],
      /overlapping entries/,
    );
  });

  it('rejects a directory entry that points into the middle of another entry', () => {
    const honest = craftZip([exercise(), cv()]);
    rejects(
      [
        exercise(),
        cv(),
        { name: 'documents/cand-01/hidden.pdf', local: false, centralOffset: honest.dataOffsets[1] + 4 },
      ],
      /overlapping entries|no local header/,
    );
  });

  it('rejects an entry whose data runs into the next one', () => {
    rejects(
      [exercise({ method: 0, compressedSize: json.length + 10, uncompressedSize: json.length + 10 }), cv()],
      /overlapping entries/,
    );
  });

  it('rejects bytes that no directory entry accounts for', () => {
    rejects([exercise(), cv()], /unexplained bytes before entry "exercise.json"/, {
      prefix: text('MZ self-extractor'),
    });
    rejects([exercise({ after: new Uint8Array(5) }), cv()], /5 unexplained bytes before entry "documents/);
    rejects(
      [exercise(), cv({ after: new Uint8Array(1) })],
      /1 unexplained bytes before its central directory/,
    );
    rejects(
      [exercise(), { name: 'documents/cand-01/hidden.pdf', content: pdf, central: false }],
      /unexplained bytes before its central directory/,
    );
  });

  it('rejects a directory entry with no local header where it points', () => {
    rejects([exercise({ local: false, centralOffset: 0 })], /no local header/);
  });

  it('rejects malformed extra fields in either header', () => {
    rejects([exercise({ extra: Uint8Array.of(0x55, 0x54, 9, 0, 1) })], /malformed extra field/);
    rejects([exercise({ local: { extra: Uint8Array.of(0, 0, 0) } })], /malformed extra field/);
  });
});

describe('readZipEntries: any single-byte change', () => {
  it('is rejected, unless it is in a field that exists only in the central header or in deflate data, and then changes no entry', () => {
    // Fields no other record repeats (version made by, internal and external attributes) can
    // take any value a foreign tool might write; and deflate can encode the same bytes in more
    // than one way. Both are harmless: the entries read are byte for byte the same, which CRC-32
    // (and, in a package, the signed SHA-256 of every document) guarantees.
    const inputs = [
      { name: 'exercise.json', content: json },
      { name: 'documents/cand-01/cv.pdf', content: pdf },
      {
        name: 'documents/cand-01/scan.bin',
        content: Uint8Array.from({ length: 200 }, (_, i) => (i * 7919) % 251),
      },
      { name: 'documents/cand-02/zeros.bin', content: new Uint8Array(30_000) },
      { name: 'documents/cand-02/empty.txt', content: new Uint8Array(0) },
    ];
    const bytes = writeZip(inputs);
    const original = readZipEntries(bytes);
    const harmless = meaningFreeRanges(bytes);
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const changed = withByte(bytes, at, (bytes[at] + delta) & 0xff);
        let entries: Map<string, Uint8Array>;
        try {
          entries = readZipEntries(changed);
        } catch (e) {
          expect(e).toBeInstanceOf(FormatError);
          return;
        }
        expect(harmless.some(([from, to]) => at >= from && at < to)).toBe(true);
        expect(entries).toEqual(original);
      }),
      { numRuns: 2000 },
    );
  });
});
