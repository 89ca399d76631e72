/**
 * Builds ZIP archives byte by byte, honest or malformed, for hostile-input tests: every field of
 * the local header, central header, data descriptor and end record can be set independently.
 */
import { deflateSync } from 'fflate';
import { crc32 } from '../../../core/package/crc32';

/** Local header fields that may differ from the central header (default: the same as central). */
export interface CraftLocal {
  name?: string | Uint8Array;
  versionNeeded?: number;
  flags?: number;
  method?: number;
  time?: number;
  date?: number;
  crc?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  extra?: Uint8Array;
}

/** A data descriptor written after the packed data (values default to the central ones). */
export interface CraftDescriptor {
  signature?: boolean;
  crc?: number;
  compressedSize?: number;
  uncompressedSize?: number;
}

/** One entry; unset fields get honest values computed from `content`. */
export interface CraftEntry {
  name: string | Uint8Array;
  /** Unpacked bytes (default empty). */
  content?: Uint8Array;
  /** Compression method (default 8 = deflate, raw via fflate; 0 = stored). */
  method?: number;
  /** Bytes placed after the local header instead of `content` packed with `method`. */
  packed?: Uint8Array;
  versionMadeBy?: number;
  versionNeeded?: number;
  /** Default: 0x0800 (UTF-8 names), plus 0x0008 when `descriptor` is set. */
  flags?: number;
  time?: number;
  date?: number;
  crc?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  extra?: Uint8Array;
  comment?: Uint8Array;
  diskStart?: number;
  internalAttributes?: number;
  externalAttributes?: number;
  /** Local header overrides, or `false` for a central entry with no local record of its own. */
  local?: CraftLocal | false;
  /** With a descriptor the local CRC and sizes default to zero, as streaming writers do. */
  descriptor?: CraftDescriptor;
  /** Bytes inserted after this entry's local record (a gap, or garbage). */
  after?: Uint8Array;
  /** `false`: local record only, no central header (an entry the directory hides). */
  central?: false;
  /** Offset the central header points at: a number, or another entry's local header. */
  centralOffset?: number | { entry: number };
}

/** End of central directory overrides (default: honest values). */
export interface CraftEnd {
  disk?: number;
  directoryDisk?: number;
  entriesOnDisk?: number;
  entryCount?: number;
  directorySize?: number;
  directoryOffset?: number;
  commentLength?: number;
}

export interface CraftOptions {
  /** Bytes before the first local header. */
  prefix?: Uint8Array;
  /** Bytes between the central directory and the end record (e.g. a ZIP64 locator). */
  beforeEnd?: Uint8Array;
  comment?: Uint8Array;
  end?: CraftEnd;
  /** Bytes after the end record's comment. */
  trailing?: Uint8Array;
}

export interface CraftedZip {
  bytes: Uint8Array;
  /** Per entry: offset of its local header (-1 when it has none). */
  localOffsets: number[];
  /** Per entry: offset of its packed data (-1 when it has no local record). */
  dataOffsets: number[];
  /** Per entry: offset of its central header (-1 when it has none). */
  centralOffsets: number[];
  directoryOffset: number;
  endOffset: number;
}

const encoder = new TextEncoder();
const bytesOf = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? encoder.encode(s) : s);

/** Builds a ZIP archive from `entries`, honest unless told otherwise. */
export function craftZip(entries: CraftEntry[], options: CraftOptions = {}): CraftedZip {
  const w = new ByteWriter();
  w.bytes(options.prefix ?? new Uint8Array(0));
  const resolved = entries.map(resolve);
  const localOffsets: number[] = [];
  const dataOffsets: number[] = [];
  resolved.forEach((r) => {
    const { e, packed } = r;
    if (e.local === false) {
      localOffsets.push(-1);
      dataOffsets.push(-1);
    } else {
      const l = e.local ?? {};
      const streamed = e.descriptor !== undefined;
      const name = bytesOf(l.name ?? e.name);
      const extra = l.extra ?? e.extra ?? new Uint8Array(0);
      localOffsets.push(w.length);
      w.u32(0x04034b50)
        .u16(l.versionNeeded ?? r.versionNeeded)
        .u16(l.flags ?? r.flags)
        .u16(l.method ?? r.method);
      w.u16(l.time ?? r.time).u16(l.date ?? r.date);
      w.u32(l.crc ?? (streamed ? 0 : r.crc))
        .u32(l.compressedSize ?? (streamed ? 0 : r.compressedSize))
        .u32(l.uncompressedSize ?? (streamed ? 0 : r.uncompressedSize));
      w.u16(name.length).u16(extra.length).bytes(name).bytes(extra);
      dataOffsets.push(w.length);
      w.bytes(packed);
      if (e.descriptor) {
        const d = e.descriptor;
        if (d.signature ?? true) w.u32(0x08074b50);
        w.u32(d.crc ?? r.crc)
          .u32(d.compressedSize ?? r.compressedSize)
          .u32(d.uncompressedSize ?? r.uncompressedSize);
      }
    }
    w.bytes(e.after ?? new Uint8Array(0));
  });
  const directoryOffset = w.length;
  const centralOffsets: number[] = [];
  let centralCount = 0;
  resolved.forEach((r, i) => {
    const { e } = r;
    if (e.central === false) {
      centralOffsets.push(-1);
      return;
    }
    centralCount++;
    const name = bytesOf(e.name);
    const extra = e.extra ?? new Uint8Array(0);
    const comment = e.comment ?? new Uint8Array(0);
    const target = e.centralOffset;
    const offset = typeof target === 'number' ? target : localOffsets[target?.entry ?? i];
    centralOffsets.push(w.length);
    w.u32(0x02014b50)
      .u16(e.versionMadeBy ?? (3 << 8) | 20)
      .u16(r.versionNeeded)
      .u16(r.flags)
      .u16(r.method)
      .u16(r.time)
      .u16(r.date);
    w.u32(r.crc)
      .u32(r.compressedSize)
      .u32(r.uncompressedSize)
      .u16(name.length)
      .u16(extra.length)
      .u16(comment.length);
    w.u16(e.diskStart ?? 0)
      .u16(e.internalAttributes ?? 0)
      .u32(e.externalAttributes ?? (0o100644 << 16) >>> 0)
      .u32(offset);
    w.bytes(name).bytes(extra).bytes(comment);
  });
  const directorySize = w.length - directoryOffset;
  w.bytes(options.beforeEnd ?? new Uint8Array(0));
  const endOffset = w.length;
  const comment = options.comment ?? new Uint8Array(0);
  const end = options.end ?? {};
  w.u32(0x06054b50)
    .u16(end.disk ?? 0)
    .u16(end.directoryDisk ?? 0)
    .u16(end.entriesOnDisk ?? centralCount)
    .u16(end.entryCount ?? centralCount);
  w.u32(end.directorySize ?? directorySize)
    .u32(end.directoryOffset ?? directoryOffset)
    .u16(end.commentLength ?? comment.length)
    .bytes(comment);
  w.bytes(options.trailing ?? new Uint8Array(0));
  return { bytes: w.finish(), localOffsets, dataOffsets, centralOffsets, directoryOffset, endOffset };
}

interface Resolved {
  e: CraftEntry;
  packed: Uint8Array;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
}

function resolve(e: CraftEntry): Resolved {
  const content = e.content ?? new Uint8Array(0);
  const method = e.method ?? 8;
  const packed = e.packed ?? (method === 8 ? deflateSync(content) : content);
  return {
    e,
    packed,
    method,
    versionNeeded: e.versionNeeded ?? 20,
    flags: e.flags ?? 0x0800 | (e.descriptor ? 0x0008 : 0),
    time: e.time ?? 0,
    date: e.date ?? 0x21,
    crc: e.crc ?? crc32(content),
    compressedSize: e.compressedSize ?? packed.length,
    uncompressedSize: e.uncompressedSize ?? content.length,
  };
}

/** An extra-field block: id, length, data. */
export function extraBlock(id: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  const w = new ByteWriter();
  return w.u16(id).u16(data.length).bytes(data).finish();
}

/** A ZIP64 end of central directory locator (20 bytes) pointing at `offset`. */
export function zip64Locator(offset = 0): Uint8Array {
  const w = new ByteWriter();
  return w.u32(0x07064b50).u32(0).u32(offset).u32(0).u32(1).finish();
}

/** Little-endian byte sink. */
class ByteWriter {
  private chunks: Uint8Array[] = [];
  length = 0;

  u16(v: number): this {
    return this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff]));
  }

  u32(v: number): this {
    return this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]));
  }

  bytes(b: Uint8Array): this {
    this.chunks.push(b);
    this.length += b.length;
    return this;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * A raw deflate stream of about `size` zero bytes (1 literal, then length-258 matches at
 * distance 1): about 13 bits per 258 bytes, deflate's best ratio, cheap to build at any size.
 * Returns the stream and the exact number of bytes it inflates to.
 */
export function zeroBomb(size: number): { packed: Uint8Array; unpackedSize: number } {
  const matches = Math.max(0, Math.ceil((size - 1) / 258));
  const out = new Uint8Array(Math.ceil((3 + 8 + matches * 13 + 7 + 10) / 8) + 1);
  let bit = 0;
  const lsbFirst = (value: number, n: number): void => {
    for (let k = 0; k < n; k++, bit++) if ((value >>> k) & 1) out[bit >>> 3] |= 1 << (bit & 7);
  };
  // Huffman codes are packed most significant bit first.
  const code = (value: number, n: number): void => {
    for (let k = n - 1; k >= 0; k--, bit++) if ((value >>> k) & 1) out[bit >>> 3] |= 1 << (bit & 7);
  };
  lsbFirst(0, 1); // not the final block
  lsbFirst(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let m = 0; m < matches; m++) {
    code(0xc5, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: distance 1
  }
  code(0, 7); // end of block
  lsbFirst(1, 1); // final block
  lsbFirst(1, 2);
  code(0, 7);
  return { packed: out.subarray(0, Math.ceil(bit / 8)), unpackedSize: 1 + matches * 258 };
}

/** A copy of `bytes` with the byte at `at` set to `value`. */
export function withByte(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = value;
  return copy;
}
