/**
 * The archive half of formats §2: a hand-written, strict ZIP reader for `*.panelpkg` files.
 * The central directory is authoritative; every local header must repeat it, entries must tile
 * the file with no gap or overlap, and every size and CRC is checked against the unpacked bytes.
 *
 * Accepted because other ZIP tools write them and they cannot change what is read: an archive
 * comment (its length must match the file exactly), entry comments, well-formed extra fields
 * (except ZIP64), data descriptors, any "version made by", internal attributes, and external
 * attributes other than links, folders and special files. A single changed byte in a package
 * can therefore go unnoticed only in those central-only fields or as another deflate encoding
 * of the very same bytes (tests/core/package.test.ts checks exactly this).
 */
import { FormatError } from '../errors';
import { crc32 } from './crc32';
import { checkExtraField, readCentralDirectory, readEndRecord } from './zip-directory';
import type { CentralEntry } from './zip-directory';
import { inflateExactly } from './zip-inflate';
import {
  DESCRIPTOR_SIG,
  FLAG_DESCRIPTOR,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  MAX_ENTRY_SIZE,
  MAX_RATIO,
  MAX_TOTAL_SIZE,
  METHOD_STORED,
  quoteName,
  u16,
  u32,
  zipError,
} from './zip-format';

const MIB = 1024 * 1024;

/**
 * The entries of a package archive by name, in directory order, after every archive rule of
 * formats §2. Each entry is its own copy, never a view into `bytes` (storing a view would store
 * the whole archive with it). Throws FormatError (code `zip`).
 */
export function readZipEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  const end = readEndRecord(bytes);
  const entries = readCentralDirectory(bytes, end);
  checkDeclaredSizes(entries);
  checkLayout(bytes, entries, end.directoryOffset);
  const result = new Map<string, Uint8Array>();
  for (const e of entries) result.set(e.name, unpack(bytes, e));
  return result;
}

/** Size limits of §2 on what the directory declares (the actual bytes are held to it later). */
export function checkDeclaredSizes(entries: CentralEntry[]): void {
  let total = 0;
  for (const e of entries) {
    const q = quoteName(e.name);
    if (e.uncompressedSize > MAX_ENTRY_SIZE) {
      throw new FormatError(
        'zip',
        `The package entry ${q} unpacks to ${(e.uncompressedSize / MIB).toFixed(1)} MiB, more than the 100 MiB a package may hold per file: ask the secretariat to issue the package again with a smaller document.`,
      );
    }
    if (e.uncompressedSize > MAX_RATIO * e.compressedSize) {
      throw new FormatError(
        'zip',
        `The package entry ${q} is packed more than ${MAX_RATIO} times (${e.compressedSize} bytes unpack to ${e.uncompressedSize}), which Panelscore refuses as a possible zip bomb: ask the secretariat to issue the package again from Panelscore, which stores such files uncompressed.`,
      );
    }
    total += e.uncompressedSize;
  }
  if (total > MAX_TOTAL_SIZE) {
    throw new FormatError(
      'zip',
      `The package unpacks to ${(total / MIB).toFixed(0)} MiB in all, more than the 2 GiB (2048 MiB) a package may hold: ask the secretariat to issue it again with smaller documents.`,
    );
  }
}

/**
 * Checks each local header against its directory entry and that local records (header, data,
 * data descriptor) follow each other from byte 0 up to the directory with no gap or overlap.
 */
function checkLayout(bytes: Uint8Array, entries: CentralEntry[], directoryOffset: number): void {
  const window = (offset: number, length: number): Uint8Array =>
    bytes.subarray(offset, Math.min(offset + length, directoryOffset));
  let cursor = 0;
  let previous: CentralEntry | undefined;
  for (const { entry, nextStart } of layoutOrder(entries, directoryOffset)) {
    checkRecordStart(entry, previous, cursor);
    const header = window(entry.localOffset, localHeaderLength(window(entry.localOffset, LOCAL_HEADER_SIZE)));
    const dataEnd = checkLocalHeader(header, entry, directoryOffset);
    cursor =
      (entry.flags & FLAG_DESCRIPTOR) === 0
        ? dataEnd
        : checkDescriptor(window(dataEnd, DESCRIPTOR_WINDOW), entry, dataEnd, nextStart);
    previous = entry;
  }
  checkLayoutEnd(cursor, directoryOffset);
}

/** Throws unless the last local record ends exactly where the central directory begins. */
export function checkLayoutEnd(cursor: number, directoryOffset: number): void {
  if (cursor !== directoryOffset)
    throw zipError(`has ${directoryOffset - cursor} unexplained bytes before its central directory`);
}

/** The most bytes a data descriptor takes (with its optional signature). */
export const DESCRIPTOR_WINDOW = 16;

/**
 * The entries in the order their records lie in the file, each with where the next record starts.
 */
export function layoutOrder(
  entries: CentralEntry[],
  directoryOffset: number,
): { entry: CentralEntry; nextStart: number }[] {
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  return byOffset.map((entry, i) => ({
    entry,
    nextStart: i + 1 < byOffset.length ? byOffset[i + 1].localOffset : directoryOffset,
  }));
}

/** Throws unless the record of `entry` starts exactly where the one before it ended (`cursor`). */
export function checkRecordStart(
  entry: CentralEntry,
  previous: CentralEntry | undefined,
  cursor: number,
): void {
  if (entry.localOffset < cursor)
    throw zipError(
      `has overlapping entries: ${quoteName(entry.name)} starts inside ${quoteName(previous?.name ?? '')}`,
    );
  if (entry.localOffset > cursor)
    throw zipError(
      `has ${entry.localOffset - cursor} unexplained bytes before entry ${quoteName(entry.name)}`,
    );
}

/** The length of a local header (fixed part, name, extra) from its fixed part (as much as there is of it). */
export function localHeaderLength(fixed: Uint8Array): number {
  if (fixed.length < LOCAL_HEADER_SIZE) return fixed.length;
  return LOCAL_HEADER_SIZE + u16(fixed, 26) + u16(fixed, 28);
}

/**
 * Checks one local header against its directory entry; `header` holds the file from the entry's
 * local offset up to the end of its extra field or `limit`, whichever comes first. Sets
 * `dataStart` and returns where the packed data ends.
 */
export function checkLocalHeader(header: Uint8Array, e: CentralEntry, limit: number): number {
  const q = quoteName(e.name);
  if (header.length < LOCAL_HEADER_SIZE || u32(header, 0) !== LOCAL_HEADER_SIG)
    throw zipError(`has no local header where the directory places entry ${q}`);
  const nameLength = u16(header, 26);
  const extraLength = u16(header, 28);
  e.dataStart = e.localOffset + LOCAL_HEADER_SIZE + nameLength + extraLength;
  const dataEnd = e.dataStart + e.compressedSize;
  if (dataEnd > limit) throw zipError(`entry ${q} runs into the central directory`);
  const disagree = (field: string): FormatError =>
    zipError(`entry ${q} has a local header whose ${field} disagrees with the central directory`);
  const localName = header.subarray(LOCAL_HEADER_SIZE, LOCAL_HEADER_SIZE + nameLength);
  if (nameLength !== e.nameBytes.length || !localName.every((b, k) => b === e.nameBytes[k]))
    throw disagree('name');
  if (u16(header, 4) !== e.versionNeeded) throw disagree('version');
  if (u16(header, 6) !== e.flags) throw disagree('flags');
  if (u16(header, 8) !== e.method) throw disagree('compression method');
  if (u16(header, 10) !== e.time || u16(header, 12) !== e.date) throw disagree('modification time');
  const descriptor = (e.flags & FLAG_DESCRIPTOR) !== 0;
  // With a data descriptor (flag bit 3) the local fields may be zero; the descriptor holds the values.
  const matches = (local: number, central: number): boolean =>
    local === central || (descriptor && local === 0);
  if (!matches(u32(header, 14), e.crc)) throw disagree('CRC-32');
  if (!matches(u32(header, 18), e.compressedSize)) throw disagree('packed size');
  if (!matches(u32(header, 22), e.uncompressedSize)) throw disagree('unpacked size');
  checkExtraField(
    header.subarray(LOCAL_HEADER_SIZE + nameLength, LOCAL_HEADER_SIZE + nameLength + extraLength),
    e.name,
  );
  return dataEnd;
}

/**
 * A data descriptor (with or without its signature) must repeat the directory's CRC and sizes.
 * `window` holds the file from `at` (the end of the packed data), up to 16 bytes, never past the
 * directory. Returns where the record ends.
 */
export function checkDescriptor(window: Uint8Array, e: CentralEntry, at: number, nextStart: number): number {
  const fits = (start: number): boolean =>
    start + 12 <= window.length &&
    u32(window, start) === e.crc &&
    u32(window, start + 4) === e.compressedSize &&
    u32(window, start + 8) === e.uncompressedSize;
  const signed = window.length >= 4 && u32(window, 0) === DESCRIPTOR_SIG && fits(4);
  const plain = fits(0);
  // A CRC can itself look like the signature: prefer the reading that reaches the next record.
  if (signed && (at + 16 === nextStart || !plain)) return at + 16;
  if (plain) return at + 12;
  throw zipError(
    `entry ${quoteName(e.name)} has a data descriptor that is missing or disagrees with the central directory`,
  );
}

/** The unpacked bytes of one entry, held to its declared size and CRC. */
function unpack(bytes: Uint8Array, e: CentralEntry): Uint8Array {
  const packed = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const data = e.method === METHOD_STORED ? packed.slice() : unpackDeflated(packed, e);
  checkCrc(crc32(data), e);
  return data;
}

/** The unpacked bytes of a deflated entry, from its packed bytes (in `into` when it is large enough). */
export function unpackDeflated(packed: Uint8Array, e: CentralEntry, into?: Uint8Array): Uint8Array {
  return inflateExactly(packed, e.uncompressedSize, e.name, into);
}

/** Throws unless `crc`, computed over the entry's unpacked bytes, is the one its directory entry declares. */
export function checkCrc(crc: number, e: CentralEntry): void {
  if (crc !== e.crc) throw zipError(`entry ${quoteName(e.name)} fails its CRC-32 check`);
}
