/**
 * The central directory of a package archive (formats §2): finds the end record, parses every
 * directory header and applies the rules each entry must follow on its own.
 */
import { FormatError } from '../errors';
import {
  ALLOWED_FLAGS,
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  END_RECORD_SIG,
  END_RECORD_SIZE,
  FLAG_ENCRYPTED,
  FLAG_MASKED_DIRECTORY,
  FLAG_STRONG_ENCRYPTION,
  METHOD_DEFLATE,
  METHOD_STORED,
  ZIP64_EXTRA_ID,
  ZIP64_LOCATOR_SIG,
  archiveNameProblem,
  quoteName,
  u16,
  u32,
  zipError,
} from './zip-format';

/** One central directory entry, as declared. */
export interface CentralEntry {
  name: string;
  nameBytes: Uint8Array;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's packed data starts (filled in when its local header is checked). */
  dataStart: number;
}

/** What the end of central directory record says about the directory. */
export interface EndRecord {
  entryCount: number;
  directoryOffset: number;
  directorySize: number;
}

const NAME_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The error for anything ZIP64: it only exists for archives we refuse anyway. */
function zip64Error(): FormatError {
  return new FormatError(
    'zip',
    'The package is a ZIP64 archive (the ZIP extension for archives over 4 GiB or with more than 65,535 files). ' +
      'Panelscore does not support ZIP64 or packages over 4 GiB; a package may unpack to at most 2 GiB: ask the secretariat to issue the package again from Panelscore.',
  );
}

/**
 * Finds and checks the end record: the only `PK\5\6` whose comment runs exactly to the end of the
 * file. `bytes` is the end of the file, from byte `base` on (the whole file when base is 0); it
 * must hold the last 65,557 bytes (or the whole file when shorter) for the search to be complete.
 */
export function readEndRecord(bytes: Uint8Array, base = 0): EndRecord {
  if (bytes.length < END_RECORD_SIZE) throw zipError('is not a ZIP archive (it is too short)');
  const last = bytes.length - END_RECORD_SIZE;
  const found: number[] = [];
  let anySignature = false;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (bytes[at] !== 0x50 || u32(bytes, at) !== END_RECORD_SIG) continue;
    anySignature = true;
    if (u16(bytes, at + 20) === last - at) found.push(at);
  }
  if (found.length === 0) {
    throw zipError(
      anySignature
        ? 'has bytes after the end of the archive'
        : 'is not a ZIP archive (no end of central directory record)',
    );
  }
  if (found.length > 1) throw zipError('has more than one end of central directory record');
  const at = found[0];
  const disk = u16(bytes, at + 4);
  const directoryDisk = u16(bytes, at + 6);
  const entriesOnDisk = u16(bytes, at + 8);
  const entryCount = u16(bytes, at + 10);
  const directorySize = u32(bytes, at + 12);
  const directoryOffset = u32(bytes, at + 16);
  if (
    [disk, directoryDisk, entriesOnDisk, entryCount].includes(0xffff) ||
    [directorySize, directoryOffset].includes(0xffffffff)
  ) {
    throw zip64Error();
  }
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) {
    throw zipError('is one part of a multi-volume (split) archive; packages must be a single file');
  }
  if (directoryOffset + directorySize !== base + at) {
    if (at >= 20 && u32(bytes, at - 20) === ZIP64_LOCATOR_SIG) throw zip64Error();
    throw zipError(
      `has a central directory that does not end where its end record begins (byte ${base + at})`,
    );
  }
  return { entryCount, directoryOffset, directorySize };
}

/**
 * Parses and checks every central directory header. `bytes` holds the file from byte `base` on
 * (the whole file when base is 0), at least up to the end of the directory.
 */
export function readCentralDirectory(bytes: Uint8Array, end: EndRecord, base = 0): CentralEntry[] {
  const stop = end.directoryOffset + end.directorySize - base;
  const entries: CentralEntry[] = [];
  const names = new Set<string>();
  let at = end.directoryOffset - base;
  for (let i = 0; i < end.entryCount; i++) {
    if (at + CENTRAL_HEADER_SIZE > stop || u32(bytes, at) !== CENTRAL_HEADER_SIG) {
      throw zipError(
        `has a damaged central directory (entry ${i + 1} of ${end.entryCount} is missing or malformed)`,
      );
    }
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > stop) throw zipError(`has a damaged central directory (entry ${i + 1} runs past its end)`);
    const nameBytes = bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength);
    const entry: CentralEntry = {
      name: decodeName(nameBytes),
      nameBytes,
      versionNeeded: u16(bytes, at + 6),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      dataStart: -1,
    };
    checkCentralEntry(entry, u16(bytes, at + 34), u32(bytes, at + 38));
    checkExtraField(
      bytes.subarray(
        at + CENTRAL_HEADER_SIZE + nameLength,
        at + CENTRAL_HEADER_SIZE + nameLength + extraLength,
      ),
      entry.name,
    );
    if (names.has(entry.name)) throw zipError(`contains the entry ${quoteName(entry.name)} twice`);
    names.add(entry.name);
    entries.push(entry);
    at = next;
  }
  if (at !== stop) throw zipError('has more in its central directory than its end record announces');
  return entries;
}

function decodeName(nameBytes: Uint8Array): string {
  try {
    return NAME_DECODER.decode(nameBytes);
  } catch {
    throw zipError('has an entry whose name is not valid UTF-8');
  }
}

/** The rules one central header must follow on its own. */
function checkCentralEntry(e: CentralEntry, diskStart: number, externalAttributes: number): void {
  const q = quoteName(e.name);
  if (e.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_DIRECTORY)) {
    throw new FormatError(
      'zip',
      `The package entry ${q} is encrypted; Panelscore packages are never password-protected: ask the secretariat to issue the package again without encryption.`,
    );
  }
  if (
    e.compressedSize === 0xffffffff ||
    e.uncompressedSize === 0xffffffff ||
    e.localOffset === 0xffffffff ||
    diskStart === 0xffff
  ) {
    throw zip64Error();
  }
  if (e.flags & ~ALLOWED_FLAGS)
    throw zipError(
      `entry ${q} uses ZIP features Panelscore does not support (flags 0x${e.flags.toString(16)})`,
    );
  if (e.method !== METHOD_STORED && e.method !== METHOD_DEFLATE) {
    throw zipError(
      `entry ${q} uses compression method ${e.method}; only stored (0) and deflate (8) are allowed`,
    );
  }
  if (diskStart !== 0)
    throw zipError('is one part of a multi-volume (split) archive; packages must be a single file');
  const nameProblem = archiveNameProblem(e.name);
  if (nameProblem !== null) throw zipError(`contains an entry that ${nameProblem}: ${q}`);
  const fileType = (externalAttributes >>> 16) & 0xf000;
  if (fileType === 0xa000) throw zipError(`contains a symbolic link: ${q}`);
  if (fileType === 0x4000 || externalAttributes & 0x10)
    throw zipError(`contains an entry marked as a folder: ${q}`);
  if (fileType !== 0 && fileType !== 0x8000)
    throw zipError(`contains an entry that is not a regular file (a device, pipe or socket): ${q}`);
  if (e.method === METHOD_STORED && e.compressedSize !== e.uncompressedSize) {
    throw zipError(
      `entry ${q} is stored uncompressed but declares ${e.compressedSize} packed and ${e.uncompressedSize} unpacked bytes`,
    );
  }
}

/** An extra field must be a well-formed run of (id, size, data) blocks, none of them ZIP64. */
export function checkExtraField(extra: Uint8Array, name: string): void {
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length || at + 4 + u16(extra, at + 2) > extra.length) {
      throw zipError(`entry ${quoteName(name)} has a malformed extra field`);
    }
    if (u16(extra, at) === ZIP64_EXTRA_ID) throw zip64Error();
    at += 4 + u16(extra, at + 2);
  }
}
