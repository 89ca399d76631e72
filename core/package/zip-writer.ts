/**
 * Writes package archives that every reader of formats §2 accepts: deflate where it helps,
 * store where it does not or where deflate would pack over 200x, fixed metadata, no extras.
 */
import { deflateSync } from 'fflate';
import { FormatError } from '../errors';
import { crc32 } from './crc32';
import {
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  END_RECORD_SIG,
  END_RECORD_SIZE,
  FIXED_DOS_DATE,
  FIXED_DOS_TIME,
  FLAG_UTF8,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  MAX_ENTRY_SIZE,
  MAX_RATIO,
  MAX_TOTAL_SIZE,
  METHOD_DEFLATE,
  METHOD_STORED,
  archiveNameProblem,
  put16,
  put32,
  quoteName,
} from './zip-format';

/** One file to put in an archive. */
export interface ZipInput {
  name: string;
  content: Uint8Array;
}

interface PreparedEntry {
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  packed: Uint8Array;
  size: number;
  offset: number;
}

// Unix "regular file, rw-r--r--" so extracted files get sane permissions; the host byte says Unix.
const VERSION_MADE_BY = (3 << 8) | 20;
const VERSION_NEEDED = 20;
const EXTERNAL_ATTRIBUTES = (0o100644 << 16) >>> 0;
const NAME_ENCODER = new TextEncoder();
const DEFLATE_LEVEL = 6;

// Entries larger than three samples are probed first: deflating 100 MB of already-compressed
// PDF to learn it does not shrink would cost seconds. The probe is deterministic, like the rest.
const SAMPLE = 64 * 1024;
const WORTHWHILE = 0.95;

function deflateMayHelp(content: Uint8Array): boolean {
  if (content.length <= 3 * SAMPLE) return true;
  let packed = 0;
  for (const start of [0, Math.floor((content.length - SAMPLE) / 2), content.length - SAMPLE]) {
    packed += deflateSync(content.subarray(start, start + SAMPLE), { level: DEFLATE_LEVEL }).length;
  }
  return packed < 3 * SAMPLE * WORTHWHILE;
}

/** The method a writer must use for `content` given its deflated form (formats §2). */
function chooseMethod(content: Uint8Array, deflated: Uint8Array): number {
  if (deflated.length >= content.length) return METHOD_STORED;
  return content.length > MAX_RATIO * deflated.length ? METHOD_STORED : METHOD_DEFLATE;
}

/**
 * A ZIP archive of `inputs`, in the given order. Same inputs, same bytes: timestamps are fixed
 * at 1980-01-01 and nothing else varies. Throws FormatError (code `package`) for what a
 * package may not hold (bad or duplicate names, a file over 100 MiB, over 2 GiB in all).
 */
export function writeZip(inputs: ZipInput[]): Uint8Array {
  checkInputs(inputs);
  let offset = 0;
  const prepared: PreparedEntry[] = inputs.map(({ name, content }) => {
    const deflated =
      content.length === 0 || !deflateMayHelp(content)
        ? content
        : deflateSync(content, { level: DEFLATE_LEVEL });
    const method = content.length === 0 ? METHOD_STORED : chooseMethod(content, deflated);
    const nameBytes = NAME_ENCODER.encode(name);
    const entry = {
      nameBytes,
      method,
      crc: crc32(content),
      packed: method === METHOD_STORED ? content : deflated,
      size: content.length,
      offset,
    };
    offset += LOCAL_HEADER_SIZE + nameBytes.length + entry.packed.length;
    return entry;
  });
  const directoryOffset = offset;
  const directorySize = prepared.reduce((n, e) => n + CENTRAL_HEADER_SIZE + e.nameBytes.length, 0);
  if (directoryOffset + directorySize + END_RECORD_SIZE > 0xffffffff) {
    throw new FormatError(
      'package',
      'The package would be larger than 4 GiB, which a ZIP archive without ZIP64 cannot hold: use smaller documents.',
    );
  }
  const out = new Uint8Array(directoryOffset + directorySize + END_RECORD_SIZE);
  for (const e of prepared) {
    writeHeaderFields(out, e.offset, LOCAL_HEADER_SIG, e, false);
    out.set(e.nameBytes, e.offset + LOCAL_HEADER_SIZE);
    out.set(e.packed, e.offset + LOCAL_HEADER_SIZE + e.nameBytes.length);
  }
  let at = directoryOffset;
  for (const e of prepared) {
    writeHeaderFields(out, at, CENTRAL_HEADER_SIG, e, true);
    out.set(e.nameBytes, at + CENTRAL_HEADER_SIZE);
    at += CENTRAL_HEADER_SIZE + e.nameBytes.length;
  }
  put32(out, at, END_RECORD_SIG);
  put16(out, at + 8, prepared.length);
  put16(out, at + 10, prepared.length);
  put32(out, at + 12, directorySize);
  put32(out, at + 16, directoryOffset);
  return out;
}

/** Writes a local (central = false) or central header; fields not written stay zero. */
function writeHeaderFields(
  out: Uint8Array,
  at: number,
  signature: number,
  e: PreparedEntry,
  central: boolean,
): void {
  put32(out, at, signature);
  // The central header has "version made by" in front, so its common fields sit 2 bytes later.
  const base = central ? at + 6 : at + 4;
  if (central) put16(out, at + 4, VERSION_MADE_BY);
  put16(out, base, VERSION_NEEDED);
  put16(out, base + 2, FLAG_UTF8);
  put16(out, base + 4, e.method);
  put16(out, base + 6, FIXED_DOS_TIME);
  put16(out, base + 8, FIXED_DOS_DATE);
  put32(out, base + 10, e.crc);
  put32(out, base + 14, e.packed.length);
  put32(out, base + 18, e.size);
  put16(out, base + 22, e.nameBytes.length);
  if (central) {
    put32(out, at + 38, EXTERNAL_ATTRIBUTES);
    put32(out, at + 42, e.offset);
  }
}

function checkInputs(inputs: ZipInput[]): void {
  if (inputs.length > 0xffff)
    throw new FormatError(
      'package',
      `A package can hold at most 65,535 files; this one would hold ${inputs.length}.`,
    );
  const seen = new Set<string>();
  let total = 0;
  for (const { name, content } of inputs) {
    const problem = archiveNameProblem(name);
    if (problem !== null)
      throw new FormatError(
        'package',
        `Cannot put ${quoteName(name)} in a package: the path ${problem}. Use a relative path like documents/cand-01/cv.pdf.`,
      );
    if (new TextDecoder().decode(NAME_ENCODER.encode(name)) !== name)
      throw new FormatError(
        'package',
        `Cannot put ${quoteName(name)} in a package: the name is not valid Unicode text.`,
      );
    if (seen.has(name)) throw new FormatError('package', `Cannot put ${quoteName(name)} in a package twice.`);
    seen.add(name);
    if (content.length > MAX_ENTRY_SIZE) {
      throw new FormatError(
        'package',
        `${quoteName(name)} is ${(content.length / 1048576).toFixed(1)} MiB; a package may hold files of at most 100 MiB: use a smaller document (e.g. scan at a lower resolution).`,
      );
    }
    total += content.length;
  }
  if (total > MAX_TOTAL_SIZE)
    throw new FormatError(
      'package',
      `The documents add up to ${(total / 1048576).toFixed(0)} MiB; a package may hold at most 2 GiB (2048 MiB): use smaller documents.`,
    );
}
