/**
 * Hostile packages, archive level: zip bombs, path traversal, links and folders, duplicate and
 * hidden entries, headers that disagree, truncation. Each varies one thing of the honest demo package.
 */
import { deflateSync } from 'fflate';
import { readZipEntries } from '../../../../core/package/zip-reader';
import { craftZip, extraBlock, zip64Locator } from '../zip-craft';
import type { CraftEntry, CraftOptions } from '../zip-craft';
import { concat } from './corpus-kit';
import type { HostileFile, Seed } from './corpus-kit';
import { zeroStream } from './deflate-bombs';

const MIB = 1024 * 1024;
const CV5 = 'documents/cand-05/cv.pdf';

/** The demo package's entries as honest craft entries (deflate), in package order. */
function honestEntries(seed: Seed): CraftEntry[] {
  return [...readZipEntries(seed.demo.packageBytes)].map(([name, content]) => ({ name, content }));
}

/** The demo package re-crafted with `change` applied to its entries (and craft options). */
function archive(seed: Seed, change: (entries: CraftEntry[]) => CraftEntry[], options?: CraftOptions): Uint8Array {
  return craftZip(change(honestEntries(seed)), options).bytes;
}

/** The entries with the one named `name` changed by `more`. */
function alter(entries: CraftEntry[], name: string, more: Partial<CraftEntry>): CraftEntry[] {
  if (!entries.some((e) => e.name === name)) throw new Error(`no entry ${name}`);
  return entries.map((e) => (e.name === name ? { ...e, ...more } : e));
}

/** The content of the entry named `name`. */
function contentOf(entries: CraftEntry[], name: string): Uint8Array {
  const content = entries.find((e) => e.name === name)?.content;
  if (content === undefined) throw new Error(`no content for ${name}`);
  return content;
}

/** The archive-level hostile packages. */
export function packageArchiveCases(seed: Seed): HostileFile[] {
  const out: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, message: string, attack: string): void => {
    out.push({ bytes, entry: { file: `package/${name}.panelpkg`, importer: 'package', code: 'zip', message, attack } });
  };
  const honest = (e: CraftEntry[]): CraftEntry[] => e;

  // ---- zip bombs ----
  const ratio = deflateSync(new Uint8Array(MIB), { level: 9 });
  add('bomb-ratio-1000x', archive(seed, (e) => alter(e, CV5, { content: new Uint8Array(MIB), packed: ratio })),
    'which Panelscore refuses as a possible zip bomb', 'a CV of 1 MiB of zeros packed 1000 times (honest headers): over the 200x ratio rule');
  add('bomb-ratio-lying-header', archive(seed, (e) => alter(e, CV5, { content: new Uint8Array(MIB), packed: ratio, uncompressedSize: ratio.length, crc: 0 })),
    `unpacks to more than the ${ratio.length} bytes its directory entry declares`, 'a 1000x bomb whose headers claim it unpacks to its packed size, to slip under the ratio rule');
  const stream = zeroStream(110 * MIB);
  add('bomb-stream-110mib-declared-1mb', archive(seed, (e) => alter(e, CV5, { packed: stream.packed, uncompressedSize: 1_000_000, crc: 0 })),
    'unpacks to more than the 1000000 bytes its directory entry declares', 'a 112 KB deflate stream that inflates to 110 MiB while declaring 1 MB: must be stopped while inflating, not after');
  add('bomb-stream-110mib-declared', archive(seed, (e) => alter(e, CV5, { packed: stream.packed, uncompressedSize: stream.unpackedSize, crc: 0 })),
    'more than the 100 MiB a package may hold per file', 'the same 110 MiB stream declared honestly: over the 100 MiB per-entry limit');
  add('bomb-declared-150mib', archive(seed, (e) => alter(e, CV5, { compressedSize: MIB, uncompressedSize: 150 * MIB })),
    'more than the 100 MiB a package may hold per file', 'an entry whose headers declare 150 MiB unpacked (ratio 150x, under the ratio rule)');
  add('bomb-total-over-2gib', archive(seed, (e) => [
    ...e,
    ...Array.from({ length: 21 }, (_, i): CraftEntry => ({ name: `documents/cand-05/part-${i}.pdf`, method: 8, packed: new Uint8Array([3, 0]), compressedSize: MIB, uncompressedSize: 99 * MIB })),
  ]), 'more than the 2 GiB (2048 MiB) a package may hold', '21 entries of 99 MiB each: every one under the per-entry limit, 2079 MiB in all');
  add('bomb-overlapping-entries', archive(seed, (e) => [...e, { name: 'documents/cand-05/copy.pdf', content: contentOf(e, CV5), local: false, centralOffset: { entry: e.findIndex((x) => x.name === CV5) } }]),
    'has overlapping entries', 'a second directory entry pointing at the same local record (the overlapping-file zip bomb)');
  add('bomb-trailing-after-stream', archive(seed, (e) => alter(e, CV5, { packed: concat(deflateSync(contentOf(e, CV5)), new Uint8Array(600)) })),
    'follow the end of the compressed stream', 'bytes hidden after the end of a deflate stream, inside the packed size');

  // ---- names: traversal, absolute paths, folders, links ----
  const named = (file: string, name: string | Uint8Array, message: string, attack: string): void =>
    add(file, archive(seed, (e) => [...e, { name, content: new TextEncoder().encode('owned') }]), message, attack);
  named('traversal-dotdot', '../../.bashrc', 'has a "." or ".." path segment', 'an extra entry that writes outside the extraction folder');
  named('traversal-inside-documents', 'documents/cand-01/../../../evil.pdf', 'has a "." or ".." path segment', 'traversal hidden in the middle of a documents path');
  named('traversal-dot-segment', 'documents/./cand-01/cv.pdf', 'has a "." or ".." path segment', 'a "." segment that aliases a listed document');
  named('absolute-unix', '/etc/cron.d/panelscore', 'is an absolute path', 'an absolute Unix path');
  named('absolute-windows-drive', 'C:/Windows/System32/evil.dll', 'is an absolute path', 'a Windows drive-letter path');
  named('backslash-traversal', '..\\..\\evil.exe', 'has a backslash in its name', 'Windows-style traversal with backslashes');
  named('empty-segment', 'documents//cand-01/cv.pdf', 'has an empty path segment', 'an empty path segment that aliases a listed document');
  named('empty-name', '', 'has an empty name', 'an entry with an empty name');
  named('folder-entry', 'documents/', 'is a folder entry', 'a directory entry, which formats §2 forbids');
  named('invalid-utf8-name', new Uint8Array([0x64, 0x6f, 0x63, 0xff, 0xfe, 0x2e, 0x70, 0x64, 0x66]), 'whose name is not valid UTF-8', 'an entry name that is not UTF-8 (different tools decode it differently)');
  add('symlink-entry', archive(seed, (e) => [...e, { name: 'documents/cand-01/link.pdf', content: new TextEncoder().encode('/etc/passwd'), externalAttributes: (0o120777 << 16) >>> 0 }]),
    'contains a symbolic link', 'a symbolic link to /etc/passwd');
  add('symlink-replacing-listed-document', archive(seed, (e) => alter(e, CV5, { externalAttributes: (0o120777 << 16) >>> 0 })),
    'contains a symbolic link', 'a listed document marked as a symbolic link');
  add('folder-attribute', archive(seed, (e) => alter(e, CV5, { externalAttributes: ((0o040755 << 16) | 0x10) >>> 0 })),
    'marked as a folder', 'a listed document marked as a folder in its attributes');
  add('device-entry', archive(seed, (e) => alter(e, CV5, { externalAttributes: (0o020666 << 16) >>> 0 })),
    'not a regular file', 'a listed document marked as a character device');

  // ---- duplicate, hidden and extra entries ----
  const evil = new TextEncoder().encode('{"format":"panelscore.exercise","title":"evil"}');
  add('duplicate-exercise-json', archive(seed, (e) => [...e, { name: 'exercise.json', content: evil }]),
    'contains the entry "exercise.json" twice', 'a second exercise.json: readers that keep the last one would read the forgery');
  add('duplicate-document', archive(seed, (e) => [...e, { name: CV5, content: evil }]),
    'twice', 'a listed document present twice with different bytes');
  add('hidden-local-entry', archive(seed, (e) => [{ name: 'exercise.json', content: evil, central: false }, ...e]),
    'unexplained bytes before entry', 'a local record the central directory does not list (seen only by streaming readers)');
  add('self-extracting-prefix', archive(seed, honest, { prefix: new TextEncoder().encode('MZ\x90\x00 stub of a self-extracting archive') }),
    'unexplained bytes before entry', 'an executable stub in front of the archive');
  add('trailing-garbage', archive(seed, honest, { trailing: new TextEncoder().encode('<script>alert(1)</script>') }),
    'has bytes after the end of the archive', 'data appended after the end record (a polyglot file)');
  add('two-end-records', archive(seed, honest, { comment: craftZip([]).bytes }),
    'more than one end of central directory record', 'an archive comment holding a second, empty archive: readers disagree on which to use');

  // ---- headers that disagree or use features packages never use ----
  add('local-name-differs', archive(seed, (e) => alter(e, CV5, { local: { name: 'documents/cand-05/cv.pdx' } })),
    'local header whose name disagrees', 'a local header naming another file than the directory (streaming vs directory readers)');
  add('local-size-differs', archive(seed, (e) => alter(e, CV5, { local: { uncompressedSize: 12 } })),
    'local header whose unpacked size disagrees', 'a local header with another unpacked size than the directory');
  add('crc-mismatch', archive(seed, (e) => alter(e, CV5, { crc: 0x12345678 })),
    'fails its CRC-32 check', 'a CRC that does not match the bytes');
  add('stored-size-lie', archive(seed, (e) => alter(e, CV5, { method: 0, uncompressedSize: 10 })),
    'is stored uncompressed but declares', 'a stored entry whose unpacked size differs from its packed size');
  add('encrypted-entry', archive(seed, (e) => alter(e, CV5, { flags: 0x0801 })),
    'is encrypted', 'a password-protected entry');
  add('method-bzip2', archive(seed, (e) => alter(e, CV5, { method: 12, packed: new Uint8Array([0x42, 0x5a, 0x68]) })),
    'uses compression method 12', 'bzip2 compression, which packages never use');
  add('unknown-flags', archive(seed, (e) => alter(e, CV5, { flags: 0x0800 | 0x0020 })),
    'uses ZIP features Panelscore does not support', 'the "compressed patched data" flag');
  add('zip64-extra', archive(seed, (e) => alter(e, CV5, { extra: extraBlock(0x0001, new Uint8Array(16)) })),
    'ZIP64', 'a ZIP64 extra field that rewrites the sizes');
  add('zip64-locator', archive(seed, honest, { beforeEnd: zip64Locator(0) }),
    'ZIP64', 'a ZIP64 end locator in front of the end record');
  add('malformed-extra', archive(seed, (e) => alter(e, CV5, { extra: new Uint8Array([0x55, 0x54, 0x40, 0x00, 1, 2]) })),
    'has a malformed extra field', 'an extra field whose block length runs past its end');
  add('multi-volume', archive(seed, honest, { end: { disk: 1, directoryDisk: 1 } }),
    'multi-volume', 'one part of a split archive');
  add('descriptor-disagrees', archive(seed, (e) => alter(e, CV5, { descriptor: { crc: 0xdeadbeef } })),
    'data descriptor that is missing or disagrees', 'a data descriptor whose CRC differs from the directory');

  // ---- not an archive, or not all of one ----
  const pkg = seed.demo.packageBytes;
  add('empty-file', new Uint8Array(0), 'is not a ZIP archive (it is too short)', 'an empty file');
  add('pdf-renamed', seed.demo.documents.get('documents/cand-01/cv.pdf')!, 'no end of central directory record', 'a PDF renamed to .panelpkg');
  add('truncated-half', pkg.slice(0, pkg.length >> 1), 'no end of central directory record', 'the demo package cut in half (an interrupted copy)');
  add('truncated-end-record', pkg.slice(0, pkg.length - 5), 'no end of central directory record', 'the demo package without its last 5 bytes');
  add('truncated-directory', concat(pkg.slice(0, pkg.length - 22 - 40), pkg.slice(pkg.length - 22)), 'central directory', 'the end record kept but 40 bytes of the directory cut out');
  return out;
}
