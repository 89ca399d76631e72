/**
 * Deflate streams that unpack to far more than they weigh, built bit by bit so that a stream of
 * 110 MiB of zeros costs nothing to make and about 112 KB to commit.
 */

/** Writes bits into bytes the way deflate does: fields least significant bit first. */
class BitWriter {
  private bytes: Uint8Array;
  private bit = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(capacity);
  }

  /** A header field or extra bits: `n` bits of `value`, least significant first. */
  field(value: number, n: number): this {
    for (let k = 0; k < n; k++, this.bit++) if ((value >>> k) & 1) this.bytes[this.bit >>> 3] |= 1 << (this.bit & 7);
    return this;
  }

  /** A Huffman code: `n` bits of `code`, most significant first. */
  code(code: number, n: number): this {
    for (let k = n - 1; k >= 0; k--, this.bit++) if ((code >>> k) & 1) this.bytes[this.bit >>> 3] |= 1 << (this.bit & 7);
    return this;
  }

  /** Skips `n` zero bits (the bytes start zeroed). */
  zeros(n: number): this {
    this.bit += n;
    return this;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, Math.ceil(this.bit / 8));
  }
}

// Order in which a dynamic block lists the code lengths of the code-length alphabet (RFC 1951 3.2.7).
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * One final dynamic-Huffman block that unpacks to `size` zero bytes (at least 1): a literal 0,
 * then length-258 matches at distance 1 coded in one bit each, so 2 bits per 258 bytes, deflate's
 * best ratio (~1032:1). Returns the stream and the exact number of bytes it unpacks to.
 */
export function zeroStream(size: number): { packed: Uint8Array; unpackedSize: number } {
  const matches = Math.max(0, Math.floor((size - 1) / 258));
  const w = new BitWriter(64 + Math.ceil((matches * 2) / 8));
  w.field(1, 1).field(2, 2); // final block, dynamic Huffman codes
  w.field(286 - 257, 5).field(1 - 1, 5).field(18 - 4, 4); // HLIT, HDIST, HCLEN
  // Code-length alphabet: 18 (run of zeros) has 1 bit ("0"); 1 and 2 have 2 bits ("10", "11").
  const codeLengthBits: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of CODE_LENGTH_ORDER.slice(0, 18)) w.field(codeLengthBits[symbol] ?? 0, 3);
  const run = (zeros: number): void => void w.code(0, 1).field(zeros - 11, 7);
  // Literal/length lengths: symbol 0 -> 2, 1..255 -> 0, 256 -> 2, 257..284 -> 0, 285 -> 1; distance 0 -> 1.
  w.code(0b11, 2);
  run(138);
  run(117);
  w.code(0b11, 2);
  run(28);
  w.code(0b10, 2).code(0b10, 2);
  // Canonical codes: 285 -> "0", literal 0 -> "10", end of block -> "11"; distance 0 -> "0".
  w.code(0b10, 2);
  w.zeros(matches * 2);
  w.code(0b11, 2);
  return { packed: w.finish(), unpackedSize: 1 + matches * 258 };
}
