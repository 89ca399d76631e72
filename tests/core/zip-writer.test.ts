import { describe, expect, it } from 'vitest';
import { readZipEntries } from '../../core/package/zip-reader';
import { writeZip } from '../../core/package/zip-writer';
import { crc32 } from '../../core/package/crc32';
import { listCentral } from './helpers/zip-inspect';
import { json, pdf, text } from './helpers/zip-fixtures';

describe('crc32', () => {
  it('gives the standard check value and continues a running checksum', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    const whole = text('the quick brown fox jumps over the lazy dog, twice over');
    expect(crc32(whole.subarray(13), crc32(whole.subarray(0, 13)))).toBe(crc32(whole));
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe('writeZip', () => {
  it('refuses names a reader would reject, duplicates and names that are not valid Unicode', () => {
    for (const name of ['/abs.pdf', 'documents/', 'a\\b.pdf', 'documents/../x.pdf', 'C:/x.pdf']) {
      expect(() => writeZip([{ name, content: pdf }])).toThrow(/Cannot put .* in a package: the path/);
    }
    expect(() =>
      writeZip([
        { name: 'a.pdf', content: pdf },
        { name: 'a.pdf', content: json },
      ]),
    ).toThrow(/twice/);
    expect(() => writeZip([{ name: 'x\ud800.pdf', content: pdf }])).toThrow(/not valid Unicode/);
  });

  it('refuses a file over 100 MiB', () => {
    expect(() => writeZip([{ name: 'big.pdf', content: new Uint8Array(100 * 1024 * 1024 + 1) }])).toThrow(
      /at most 100 MiB/,
    );
  });

  it('stores large incompressible entries and deflates large compressible ones', () => {
    let x = 1;
    const noise = Uint8Array.from(
      { length: 500_000 },
      () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24,
    );
    const words = ['panel', 'candidate', 'treaty', 'reform', 'unit', 'led', 'the', 'of'];
    const prose = text(
      Array.from({ length: 80_000 }, () => words[(x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 29]).join(
        ' ',
      ),
    );
    const bytes = writeZip([
      { name: 'noise.bin', content: noise },
      { name: 'prose.txt', content: prose },
    ]);
    expect(listCentral(bytes).map((e) => [e.name, e.method])).toEqual([
      ['noise.bin', 0],
      ['prose.txt', 8],
    ]);
    expect(readZipEntries(bytes).get('noise.bin')).toEqual(noise);
  });
});
