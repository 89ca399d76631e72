import { describe, expect, it, vi } from 'vitest';
import { Zip, ZipDeflate, deflateSync, inflateSync, zipSync } from 'fflate';
import type * as Fflate from 'fflate';
import { readZipEntries } from '../../core/package/zip-reader';
import { writeZip } from '../../core/package/zip-writer';
import { crc32 } from '../../core/package/crc32';
import { craftZip, extraBlock, zeroBomb, zip64Locator } from './helpers/zip-craft';
import { cv, exercise, json, pdf, rejects, text, zipError } from './helpers/zip-fixtures';

// Counts every byte fflate's streaming Inflate hands out, to prove bombs are stopped early.
const inflated = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof Fflate>();
  class CountingInflate extends real.Inflate {
    constructor(cb: Fflate.FlateStreamHandler) {
      super((chunk, final) => {
        inflated.bytes += chunk.length;
        cb(chunk, final);
      });
    }
  }
  return { ...real, Inflate: CountingInflate };
});

describe('readZipEntries: archives it accepts', () => {
  it('reads stored and deflated entries by name, in directory order', () => {
    const { bytes } = craftZip([
      exercise({ method: 8 }),
      cv({ method: 0 }),
      { name: 'documents/cand-01/empty.txt', method: 0 },
    ]);
    const entries = readZipEntries(bytes);
    expect([...entries.keys()]).toEqual([
      'exercise.json',
      'documents/cand-01/cv.pdf',
      'documents/cand-01/empty.txt',
    ]);
    expect(entries.get('exercise.json')).toEqual(json);
    expect(entries.get('documents/cand-01/cv.pdf')).toEqual(pdf);
    expect(entries.get('documents/cand-01/empty.txt')).toEqual(new Uint8Array(0));
  });

  it('reads what fflate zipSync writes, and what its streaming Zip writes with data descriptors', () => {
    const plain = zipSync({ 'exercise.json': json, 'documents/cand-01/cv.pdf': [pdf, { level: 0 }] });
    expect(readZipEntries(plain).get('documents/cand-01/cv.pdf')).toEqual(pdf);
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    const file = new ZipDeflate('exercise.json');
    zip.add(file);
    file.push(json, true);
    zip.end();
    const streamed = Uint8Array.from(chunks.flatMap((c) => [...c]));
    expect(streamed[6] & 0x08).toBe(0x08);
    expect(readZipEntries(streamed).get('exercise.json')).toEqual(json);
  });

  it('accepts data descriptors with or without their signature', () => {
    for (const signature of [true, false]) {
      const { bytes } = craftZip([
        exercise({ descriptor: { signature } }),
        cv({ descriptor: { signature } }),
      ]);
      expect(readZipEntries(bytes).get('exercise.json')).toEqual(json);
    }
  });

  it('accepts extra fields of other tools, different in local and central headers (Info-ZIP timestamps)', () => {
    const { bytes } = craftZip([
      exercise({
        extra: extraBlock(0x5455, new Uint8Array(5)),
        local: { extra: extraBlock(0x5455, new Uint8Array(9)) },
      }),
    ]);
    expect(readZipEntries(bytes).get('exercise.json')).toEqual(json);
  });

  it('accepts an archive comment whose length matches, and entry comments', () => {
    const { bytes } = craftZip([exercise({ comment: text('made by hand') })], {
      comment: text('issued 2026-05-02'),
    });
    expect(readZipEntries(bytes).size).toBe(1);
  });

  it('reads back exactly what writeZip wrote, deterministically', () => {
    const inputs = [
      { name: 'exercise.json', content: json },
      { name: 'documents/cand-01/cv.pdf', content: pdf },
      { name: 'documents/cand-01/zeros.bin', content: new Uint8Array(100_000) },
      { name: 'documents/cand-02/ünïcode.txt', content: text('x') },
    ];
    const bytes = writeZip(inputs);
    expect(writeZip(inputs)).toEqual(bytes);
    const entries = readZipEntries(bytes);
    expect([...entries]).toEqual(inputs.map((i) => [i.name, i.content]));
  });
});

describe('readZipEntries: what it returns', () => {
  it('returns copies of stored entries, not views into the archive', () => {
    const { bytes, dataOffsets } = craftZip([exercise({ method: 0 })]);
    const entry = readZipEntries(bytes).get('exercise.json')!;
    bytes[dataOffsets[0]] ^= 0xff;
    expect(entry).toEqual(json);
    expect(entry.buffer).not.toBe(bytes.buffer);
  });
});

describe('readZipEntries: the end of central directory record', () => {
  it('rejects what is not a ZIP archive at all', () => {
    expect(zipError(text('%PDF-1.7')).message).toMatch(/not a ZIP archive/);
    expect(zipError(new Uint8Array(4096)).message).toMatch(/not a ZIP archive/);
  });

  it('rejects bytes after the end record (trailing garbage)', () => {
    rejects([exercise()], /bytes after the end of the archive/, { trailing: text('junk') });
  });

  it('rejects a comment length that does not match the bytes after the end record', () => {
    rejects([exercise()], /bytes after the end of the archive/, {
      comment: text('comment'),
      end: { commentLength: 3 },
    });
    rejects([exercise()], /bytes after the end of the archive/, {
      comment: text('comment'),
      end: { commentLength: 9 },
    });
  });

  it('rejects an archive with two end records that both fit (ambiguous)', () => {
    // The comment is itself an end record with no comment: both records reach the end of the file.
    const comment = craftZip([exercise()]).bytes.slice(-22);
    rejects([exercise()], /more than one end of central directory/, { comment });
  });

  it('rejects a central directory that is not where the end record says', () => {
    rejects([exercise()], /central directory that does not end where/, { end: { directoryOffset: 1 } });
    rejects([exercise()], /central directory that does not end where/, { end: { directorySize: 10 } });
  });

  it('rejects an entry count that disagrees with the directory', () => {
    rejects([exercise(), cv()], /more in its central directory than its end record announces/, {
      end: { entryCount: 1, entriesOnDisk: 1 },
    });
    rejects([exercise()], /damaged central directory/, { end: { entryCount: 2, entriesOnDisk: 2 } });
  });

  it('rejects multi-volume archives', () => {
    rejects([exercise()], /multi-volume/, { end: { disk: 1, directoryDisk: 1 } });
    rejects([exercise(), cv()], /multi-volume/, { end: { entriesOnDisk: 1 } });
    rejects([exercise({ diskStart: 1 })], /multi-volume/);
  });

  it('rejects ZIP64 in all its forms and says packages over 4 GiB are not supported', () => {
    const message = zipError(
      craftZip([exercise()], { end: { entryCount: 0xffff, entriesOnDisk: 0xffff } }).bytes,
    ).message;
    expect(message).toMatch(/ZIP64/);
    expect(message).toMatch(/over 4 GiB/);
    rejects([exercise()], /ZIP64/, { end: { directoryOffset: 0xffffffff } });
    rejects([exercise()], /ZIP64/, { beforeEnd: zip64Locator() });
    rejects([exercise({ extra: extraBlock(0x0001, new Uint8Array(16)) })], /ZIP64/);
    rejects([exercise({ local: { extra: extraBlock(0x0001, new Uint8Array(16)) } })], /ZIP64/);
    rejects([exercise({ uncompressedSize: 0xffffffff })], /ZIP64/);
    rejects([exercise({ centralOffset: 0xffffffff })], /ZIP64/);
  });
});

describe('readZipEntries: entry names and kinds', () => {
  const badNames: [string, RegExp][] = [
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/evil.dll', /absolute path/],
    ['documents/', /folder entry/],
    ['documents//cv.pdf', /empty path segment/],
    ['documents/./cv.pdf', /"\." or "\.\." path segment/],
    ['documents/x/../../evil', /"\." or "\.\." path segment/],
    ['..', /"\." or "\.\." path segment/],
    ['documents\\cv.pdf', /backslash/],
    ['', /empty name/],
  ];
  for (const [name, pattern] of badNames) {
    it(`rejects the entry name ${JSON.stringify(name)}`, () => {
      const error = zipError(craftZip([exercise(), { name, content: pdf }]).bytes);
      expect(error.message).toMatch(pattern);
      expect(error.message).toContain(JSON.stringify(name));
      expect(error.message).toMatch(/ask the secretariat to issue the package again/);
    });
  }

  it('rejects a name that is not valid UTF-8', () => {
    rejects(
      [exercise(), { name: new Uint8Array([0x64, 0xff, 0x2e, 0x70]), content: pdf }],
      /not valid UTF-8/,
    );
  });

  it('rejects a duplicate entry name', () => {
    rejects(
      [exercise(), cv(), cv({ content: text('other') })],
      /contains the entry "documents\/cand-01\/cv.pdf" twice/,
    );
  });

  it('rejects symbolic links, folders and special files by their attributes', () => {
    rejects([exercise(), cv({ externalAttributes: (0o120777 << 16) >>> 0 })], /symbolic link/);
    rejects([exercise(), cv({ externalAttributes: (0o040755 << 16) >>> 0 })], /marked as a folder/);
    rejects([exercise(), cv({ versionMadeBy: 20, externalAttributes: 0x10 })], /marked as a folder/);
    rejects([exercise(), cv({ externalAttributes: (0o020644 << 16) >>> 0 })], /not a regular file/);
    expect(
      readZipEntries(craftZip([exercise({ versionMadeBy: 20, externalAttributes: 0x20 })]).bytes).size,
    ).toBe(1);
  });
});

describe('readZipEntries: methods and flags', () => {
  it('rejects encrypted entries', () => {
    rejects([exercise({ flags: 0x0801 })], /encrypted/);
    rejects([exercise({ flags: 0x0841 })], /encrypted/);
    rejects([exercise({ flags: 0x2800 })], /encrypted/);
  });

  it('rejects flags for features it does not support (patched data)', () => {
    rejects([exercise({ flags: 0x0820 })], /flags 0x820/);
  });

  it('rejects compression methods other than stored and deflate', () => {
    rejects([exercise({ method: 12, packed: json })], /compression method 12/);
    rejects([exercise({ method: 14, packed: json })], /compression method 14/);
  });

  it('rejects a stored entry whose packed and unpacked sizes differ', () => {
    rejects([exercise({ method: 0, uncompressedSize: json.length + 1 })], /stored uncompressed but declares/);
  });
});

describe('readZipEntries: sizes, zip bombs and CRC', () => {
  it('rejects an entry declared larger than 100 MiB before inflating anything', () => {
    const { packed } = zeroBomb(64 * 1024 * 1024);
    inflated.bytes = 0;
    rejects([exercise({ packed, uncompressedSize: 100 * 1024 * 1024 + 1 })], /more than the 100 MiB/);
    expect(inflated.bytes).toBe(0);
  });

  it('rejects a package whose entries add up to more than 2 GiB', () => {
    const big = 100 * 1024 * 1024;
    const entries = Array.from({ length: 21 }, (_, i) => ({
      name: `documents/c/${i}.pdf`,
      method: 0,
      packed: new Uint8Array(0),
      compressedSize: big,
      uncompressedSize: big,
    }));
    rejects(entries, /more than the 2 GiB/);
  });

  it('rejects an entry packed more than 200 times (zip bomb), even with honest headers', () => {
    rejects(
      [exercise(), { name: 'documents/cand-01/zeros.bin', content: new Uint8Array(1_000_000) }],
      /more than 200 times.*zip bomb/,
    );
  });

  it('stops inflating a bomb as soon as it passes the declared size', () => {
    inflated.bytes = 0;
    readZipEntries(craftZip([exercise()]).bytes);
    expect(inflated.bytes).toBe(json.length); // the counter sees what the reader inflates
    const bomb = zeroBomb(1024 * 1024 * 1024);
    expect(bomb.packed.length).toBeGreaterThan(6_000_000);
    inflated.bytes = 0;
    rejects(
      [exercise({ packed: bomb.packed, crc: 0, uncompressedSize: 1024 * 1024 })],
      /unpacks to more than the 1048576 bytes/,
    );
    expect(inflated.bytes).toBeLessThan(40 * 1024 * 1024);
  });

  it('builds bombs that really inflate to the size they claim (the test above is not vacuous)', () => {
    const small = zeroBomb(100_000);
    expect(inflateSync(small.packed)).toEqual(new Uint8Array(small.unpackedSize));
    expect(small.unpackedSize).toBeGreaterThanOrEqual(100_000);
  });

  it('holds unpacked sizes to what the deflate data actually holds', () => {
    rejects([exercise({ uncompressedSize: json.length - 1 })], /unpacks to more than the \d+ bytes/);
    rejects([exercise({ uncompressedSize: json.length + 1 })], /unpacks to \d+ bytes, not the/);
  });

  it('rejects a CRC mismatch, stored or deflated', () => {
    rejects([exercise({ method: 0, crc: crc32(json) ^ 1 })], /fails its CRC-32 check/);
    rejects([exercise({ method: 8, crc: crc32(json) ^ 0x80000000 })], /fails its CRC-32 check/);
  });

  it('rejects corrupt deflate data, an empty deflate stream, data after the stream and non-zero padding bits', () => {
    const packed = deflateSync(json);
    rejects([exercise({ packed: packed.map((b, i) => (i === 0 ? b | 0x06 : b)) })], /not valid deflate data/);
    rejects(
      [exercise({ packed: new Uint8Array(0), content: new Uint8Array(0) })],
      /not valid deflate data \(it is empty\)/,
    );
    rejects(
      [exercise({ packed: Uint8Array.from([...packed, 0]) })],
      /1 byte follow the end of the compressed stream/,
    );
    const empty = Uint8Array.of(0x03, 0x00); // a final fixed block holding only end-of-block: 10 bits
    expect(
      readZipEntries(craftZip([exercise({ packed: empty, content: new Uint8Array(0) })]).bytes).size,
    ).toBe(1);
    rejects(
      [exercise({ packed: Uint8Array.of(0x03, 0x80), content: new Uint8Array(0) })],
      /unused bits of its last byte are not zero/,
    );
  });
});
