/**
 * The ZIP vocabulary shared by the package reader and writer: record signatures, the limits of
 * formats §2, the entry-name rules and the wording of archive errors.
 */
import { FormatError } from '../errors';

/** Signature of a local file header (`PK\3\4`). */
export const LOCAL_HEADER_SIG = 0x04034b50;
/** Signature of a central directory header (`PK\1\2`). */
export const CENTRAL_HEADER_SIG = 0x02014b50;
/** Signature of the end of central directory record (`PK\5\6`). */
export const END_RECORD_SIG = 0x06054b50;
/** Signature of the ZIP64 end of central directory locator (`PK\6\7`). */
export const ZIP64_LOCATOR_SIG = 0x07064b50;
/** Optional signature of a data descriptor (`PK\7\8`). */
export const DESCRIPTOR_SIG = 0x08074b50;
/** Extra-field id of the ZIP64 extended information field. */
export const ZIP64_EXTRA_ID = 0x0001;

/** Fixed sizes of the records, without their variable-length fields. */
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_RECORD_SIZE = 22;

/** General-purpose flag bits (APPNOTE 4.4.4). */
export const FLAG_ENCRYPTED = 0x0001;
export const FLAG_DESCRIPTOR = 0x0008;
export const FLAG_STRONG_ENCRYPTION = 0x0040;
export const FLAG_UTF8 = 0x0800;
export const FLAG_MASKED_DIRECTORY = 0x2000;
/** The flags a package entry may carry: deflate options (bits 1-2), data descriptor, UTF-8 names. */
export const ALLOWED_FLAGS = 0x0002 | 0x0004 | FLAG_DESCRIPTOR | FLAG_UTF8;

export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;

/** Largest unpacked entry a package may hold (formats §2). */
export const MAX_ENTRY_SIZE = 100 * 1024 * 1024;
/** Largest total unpacked size of a package (formats §2). */
export const MAX_TOTAL_SIZE = 2 * 1024 * 1024 * 1024;
/** Largest unpacked/packed ratio of one entry; above it the entry is treated as a zip bomb. */
export const MAX_RATIO = 200;

/** DOS date of 1980-01-01, the earliest a ZIP can express; writers use it for reproducible bytes. */
export const FIXED_DOS_DATE = (0 << 9) | (1 << 5) | 1;
export const FIXED_DOS_TIME = 0;

const TAMPERED =
  'The file is damaged, was not made by Panelscore (or a tool that follows its package format), or was tampered with: ask the secretariat to issue the package again.';

/** A FormatError (code `zip`) for an archive that breaks a rule; `problem` says which, without a final period. */
export function zipError(problem: string): FormatError {
  return new FormatError('zip', `The package ${problem}. ${TAMPERED}`);
}

/** An entry name quoted for a message: JSON escapes make control characters visible; long names are cut. */
export function quoteName(name: string): string {
  const shown = name.length > 120 ? `${name.slice(0, 120)}…` : name;
  return JSON.stringify(shown);
}

/**
 * Why `name` may not be an entry of a package, or null when it may: formats §2 forbids absolute
 * paths (including a Windows drive such as `C:`), empty, `.` and `..` segments, and backslashes.
 * A trailing slash (a folder entry) is an empty last segment.
 */
export function archiveNameProblem(name: string): string | null {
  if (name.length === 0) return 'has an empty name';
  if (name.includes('\\')) return 'has a backslash in its name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (name.endsWith('/')) return 'is a folder entry';
  const segments = name.split('/');
  if (segments.includes('')) return 'has an empty path segment ("//")';
  if (segments.some((s) => s === '.' || s === '..')) return 'has a "." or ".." path segment';
  return null;
}

/** Reads a little-endian 16-bit unsigned integer. */
export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

/** Reads a little-endian 32-bit unsigned integer. */
export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** Writes a little-endian 16-bit unsigned integer. */
export function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

/** Writes a little-endian 32-bit unsigned integer. */
export function put32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
}
