/**
 * The package archive read window by window from a random-access source (a File in the browser):
 * the same rules as readZipEntries, applied by the same functions, without the file ever being
 * in memory whole; only one entry's bytes are held at a time.
 */
import { crc32 } from './crc32';
import { readCentralDirectory, readEndRecord } from './zip-directory';
import type { CentralEntry } from './zip-directory';
import { END_RECORD_SIZE, LOCAL_HEADER_SIZE, METHOD_STORED, zipError } from './zip-format';
import {
  DESCRIPTOR_WINDOW,
  checkCrc,
  checkDeclaredSizes,
  checkDescriptor,
  checkLayoutEnd,
  checkLocalHeader,
  checkRecordStart,
  layoutOrder,
  localHeaderLength,
  unpackDeflated,
} from './zip-reader';
import { FLAG_DESCRIPTOR } from './zip-format';
import { ExactInflater } from './zip-inflate';

/** Random access to the bytes of a file: `read` resolves to exactly `length` bytes from `offset`. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A ByteSource over bytes already in memory (views, no copies). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

// The end record is in the last 22 + 65,535 (comment) bytes; 20 more reach a ZIP64 locator before it.
const END_SEARCH = END_RECORD_SIZE + 0xffff + 20;
/**
 * A large stored entry is read (and its CRC and hash computed) this many bytes at a time. Chromium
 * delivers a Blob stream 2 MiB per read; with 8 MiB pieces the verify worker held 8 MB more
 * (renderer RSS, measured with bench/member on the 300 MB bench package) for no gain in speed.
 */
const PIECE = 2 * 1024 * 1024;

async function readExactly(source: ByteSource, offset: number, length: number): Promise<Uint8Array> {
  if (length <= 0) return new Uint8Array(0);
  const bytes = await source.read(offset, length);
  if (bytes.length !== length)
    throw zipError(
      `could not be read whole (the file changed or was cut short at byte ${offset + bytes.length})`,
    );
  return bytes;
}

/**
 * The checked central directory of the archive in `source`, in directory order: every rule of
 * formats §2 that does not need the entries' data (end record, directory, sizes, layout).
 */
export async function readZipLayout(source: ByteSource): Promise<CentralEntry[]> {
  const tailStart = Math.max(0, source.size - END_SEARCH);
  const end = readEndRecord(await readExactly(source, tailStart, source.size - tailStart), tailStart);
  const directory = await readExactly(source, end.directoryOffset, end.directorySize);
  const entries = readCentralDirectory(directory, end, end.directoryOffset);
  checkDeclaredSizes(entries);
  const limit = end.directoryOffset;
  const window = (offset: number, length: number): Promise<Uint8Array> =>
    readExactly(source, offset, Math.min(offset + length, limit) - offset);
  let cursor = 0;
  let previous: CentralEntry | undefined;
  for (const { entry, nextStart } of layoutOrder(entries, limit)) {
    checkRecordStart(entry, previous, cursor);
    const fixed = await window(entry.localOffset, LOCAL_HEADER_SIZE);
    const length = localHeaderLength(fixed);
    const header = length <= fixed.length ? fixed : await window(entry.localOffset, length);
    const dataEnd = checkLocalHeader(header, entry, limit);
    cursor =
      (entry.flags & FLAG_DESCRIPTOR) === 0
        ? dataEnd
        : checkDescriptor(await window(dataEnd, DESCRIPTOR_WINDOW), entry, dataEnd, nextStart);
    previous = entry;
  }
  checkLayoutEnd(cursor, limit);
  return entries;
}

/**
 * Streams an entry of a checked layout through `onChunk`, piece by piece: a stored entry as read,
 * a deflated one as it unpacks (held to its declared size as inflateExactly holds it); then checks
 * its CRC. Only a piece of it is in memory at a time; a chunk is not valid after its call.
 */
export async function streamEntry(
  source: ByteSource,
  e: CentralEntry,
  onChunk: (chunk: Uint8Array) => void,
  onRead: (packedBytes: number) => void = () => undefined,
): Promise<void> {
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    crc = crc32(chunk, crc);
    onChunk(chunk);
  };
  const inflater = e.method === METHOD_STORED ? null : new ExactInflater(e.uncompressedSize, e.name, take);
  for (let at = 0; at < e.compressedSize; at += PIECE) {
    const piece = await readExactly(source, e.dataStart + at, Math.min(PIECE, e.compressedSize - at));
    if (inflater === null) take(piece);
    else inflater.push(piece, at + piece.length === e.compressedSize);
    onRead(at + piece.length);
  }
  inflater?.finish();
  checkCrc(crc, e);
}

/**
 * Size (packed or unpacked) above which an entry is streamed rather than read whole (streamEntry).
 * Smaller entries are read in one piece so that WebCrypto can hash them, several times faster
 * than hashing piece by piece in JavaScript; that costs at most twice this size at a time.
 */
export const STREAM_ABOVE = 8 * 1024 * 1024;

/**
 * The unpacked bytes of one entry of a checked layout, held to its declared size and CRC.
 * `onRead` hears how many packed bytes of the entry have been read so far. A deflated entry
 * unpacks into `scratch(size)` when given (a buffer reused from entry to entry).
 */
export async function readZipEntry(
  source: ByteSource,
  e: CentralEntry,
  onRead: (packedBytes: number) => void = () => undefined,
  scratch?: (size: number) => Uint8Array,
): Promise<Uint8Array> {
  if (e.method !== METHOD_STORED) {
    const packed = await readExactly(source, e.dataStart, e.compressedSize);
    onRead(e.compressedSize);
    const data = unpackDeflated(packed, e, scratch?.(e.uncompressedSize));
    checkCrc(crc32(data), e);
    return data;
  }
  if (e.compressedSize <= STREAM_ABOVE) {
    const data = await readExactly(source, e.dataStart, e.compressedSize);
    onRead(e.compressedSize);
    checkCrc(crc32(data), e);
    return data;
  }
  const data = new Uint8Array(e.compressedSize);
  let crc = 0;
  for (let at = 0; at < data.length; at += PIECE) {
    const chunk = await readExactly(source, e.dataStart + at, Math.min(PIECE, data.length - at));
    crc = crc32(chunk, crc);
    data.set(chunk, at);
    onRead(at + chunk.length);
  }
  checkCrc(crc, e);
  return data;
}
