/**
 * Reads the structure of well-formed test archives without checking it, so tests can aim at
 * particular fields (the reader under test is never used for this).
 */

/**
 * Byte ranges of a well-formed archive where a change can leave every entry's bytes the same:
 * the central-only fields "version made by", internal and external attributes (no local field
 * repeats them, and foreign tools write any value there), and each deflated entry's packed data
 * (deflate can encode the same bytes in more than one way). Assumes no archive comment.
 */
export function meaningFreeRanges(bytes: Uint8Array): [number, number][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ranges: [number, number][] = [];
  const count = view.getUint16(bytes.length - 12, true);
  let at = view.getUint32(bytes.length - 6, true);
  for (let i = 0; i < count; i++) {
    const local = view.getUint32(at + 42, true);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    ranges.push([at + 4, at + 6], [at + 36, at + 42]);
    if (view.getUint16(at + 10, true) === 8)
      ranges.push([dataStart, dataStart + view.getUint32(at + 20, true)]);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return ranges;
}

/** What the central directory of a well-formed archive (no ZIP64) declares, entry by entry. */
export interface CentralListing {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  time: number;
  date: number;
}

/** Lists the central directory of `bytes` without checking anything (a test's view of the archive). */
export function listCentral(bytes: Uint8Array): CentralListing[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(bytes.length - 12, true);
  const list: CentralListing[] = [];
  let at = view.getUint32(bytes.length - 6, true);
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    list.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return list;
}
