/**
 * The careful reader of strict-json.ts: a character-by-character RFC 8259 parser that knows every
 * rule of formats §1 and words each refusal with its line and column. It decides every doubt.
 */
import { FormatError } from '../errors';
import type { JsonObject, JsonValue } from '../types';

/** Deepest nesting allowed, counting the top-level object as level 1. */
export const MAX_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
// prettier-ignore
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Reads one JSON text (already decoded) into a JsonObject, or throws FormatError `json`. */
export class CarefulReader {
  private pos = 0;

  constructor(private readonly src: string) {}

  parseDocument(): JsonObject {
    this.skipWhitespace();
    if (this.pos >= this.src.length) this.fail(this.pos, 'the file is empty');
    if (this.src.charCodeAt(this.pos) !== 0x7b)
      this.fail(this.pos, 'the document must be a JSON object, starting with "{"');
    const doc = this.parseObject(1);
    this.skipWhitespace();
    if (this.pos < this.src.length)
      this.fail(this.pos, `unexpected ${this.describe(this.pos)} after the end of the document`);
    return doc;
  }

  /** Throws FormatError `json` with the line and column of `offset`. */
  fail(offset: number, reason: string): never {
    let line = 1;
    let lineStart = 0;
    for (let i = this.src.indexOf('\n'); i !== -1 && i < offset; i = this.src.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    throw new FormatError(
      'json',
      `not valid JSON at line ${line}, column ${offset - lineStart + 1}: ${reason}`,
    );
  }

  private describe(offset: number): string {
    if (offset >= this.src.length) return 'end of the file';
    const c = this.src.codePointAt(offset) ?? 0;
    const shown =
      c < 0x20 || c === 0x7f
        ? `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
        : `"${String.fromCodePoint(c)}"`;
    if (c === 0x2f) return `character ${shown} (comments are not allowed in JSON)`;
    if (c === 0x27) return `character ${shown} (strings and names take double quotes)`;
    return `character ${shown}`;
  }

  private skipWhitespace(): void {
    const src = this.src;
    let pos = this.pos;
    for (;;) {
      const c = src.charCodeAt(pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    this.pos = pos;
  }

  private parseValue(depth: number): JsonValue {
    const c = this.src.charCodeAt(this.pos);
    if (c === QUOTE) return this.parseString();
    if (c === 0x7b) return this.parseObject(depth);
    if (c === 0x5b) return this.parseArray(depth);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.parseNumber();
    if (this.src.startsWith('true', this.pos)) return this.literal(4, true);
    if (this.src.startsWith('false', this.pos)) return this.literal(5, false);
    if (this.src.startsWith('null', this.pos)) return this.literal(4, null);
    return this.fail(this.pos, `unexpected ${this.describe(this.pos)} where a value should be`);
  }

  private literal<T extends JsonValue>(length: number, value: T): T {
    this.pos += length;
    return value;
  }

  /** Steps into the object or array opening at the current position, at nesting level `depth`. */
  private enter(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(this.pos, `the document is nested more than ${MAX_DEPTH} levels deep`);
    this.pos++;
    this.skipWhitespace();
  }

  private parseObject(depth: number): JsonObject {
    this.enter(depth);
    const obj: JsonObject = {};
    if (this.src.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return obj;
    }
    for (;;) {
      const nameAt = this.pos;
      if (this.src.charCodeAt(nameAt) !== QUOTE) {
        const after = this.src.charCodeAt(nameAt) === 0x7d ? ' (a comma before "}" is not allowed)' : '';
        this.fail(nameAt, `expected a member name in double quotes, found ${this.describe(nameAt)}${after}`);
      }
      const name = this.parseString();
      if (Object.hasOwn(obj, name)) this.fail(nameAt, `duplicate member name ${quotedName(name)}`);
      this.skipWhitespace();
      if (this.src.charCodeAt(this.pos) !== 0x3a)
        this.fail(this.pos, `expected ":" after a member name, found ${this.describe(this.pos)}`);
      this.pos++;
      this.skipWhitespace();
      const value = this.parseValue(depth + 1);
      if (name === '__proto__') {
        // Assignment would replace the prototype; the member must stay ordinary data.
        Object.defineProperty(obj, name, { value, enumerable: true, writable: true, configurable: true });
      } else {
        obj[name] = value;
      }
      this.skipWhitespace();
      const c = this.src.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipWhitespace();
      } else if (c === 0x7d) {
        this.pos++;
        return obj;
      } else {
        this.fail(this.pos, `expected "," or "}" in an object, found ${this.describe(this.pos)}`);
      }
    }
  }

  private parseArray(depth: number): JsonValue[] {
    this.enter(depth);
    const arr: JsonValue[] = [];
    if (this.src.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return arr;
    }
    for (;;) {
      if (this.src.charCodeAt(this.pos) === 0x5d) this.fail(this.pos, 'a comma before "]" is not allowed');
      arr.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const c = this.src.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipWhitespace();
      } else if (c === 0x5d) {
        this.pos++;
        return arr;
      } else {
        this.fail(this.pos, `expected "," or "]" in an array, found ${this.describe(this.pos)}`);
      }
    }
  }

  private parseString(): string {
    const src = this.src;
    const start = this.pos;
    let pos = start + 1;
    let runStart = pos;
    // Pieces around escapes; joined once at the end (cheaper than repeated concatenation).
    let parts: string[] | null = null;
    for (;;) {
      if (pos >= src.length) this.fail(start, 'a string is not closed (missing ")');
      const c = src.charCodeAt(pos);
      if (c === QUOTE) {
        this.pos = pos + 1;
        if (parts === null) return src.slice(runStart, pos);
        parts.push(src.slice(runStart, pos));
        return parts.join('');
      }
      if (c === BACKSLASH) {
        parts ??= [];
        if (pos > runStart) parts.push(src.slice(runStart, pos));
        pos = this.parseEscape(pos);
        parts.push(this.escaped);
        runStart = pos;
        continue;
      }
      if (c < 0x20) this.fail(pos, `control character ${this.describe(pos)} inside a string must be escaped`);
      pos++;
    }
  }

  private escaped = '';

  /** Decodes the escape at `at` (a backslash) into `this.escaped`; returns the offset after it. */
  private parseEscape(at: number): number {
    const letter = this.src[at + 1] ?? '';
    const simple = ESCAPES[letter];
    if (simple !== undefined) {
      this.escaped = simple;
      return at + 2;
    }
    if (letter !== 'u') this.fail(at, `invalid escape "\\${letter}" in a string`);
    const unit = this.hex4(at);
    if (unit >= 0xdc00 && unit <= 0xdfff)
      this.fail(at, `a lone low-surrogate escape (${this.src.slice(at, at + 6)}) is not a character`);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low =
        this.src.charCodeAt(at + 6) === BACKSLASH && this.src[at + 7] === 'u' ? this.hex4(at + 6) : -1;
      if (low < 0xdc00 || low > 0xdfff) {
        this.fail(
          at,
          `a high-surrogate escape (${this.src.slice(at, at + 6)}) is not followed by a low-surrogate escape`,
        );
      }
      this.escaped = String.fromCharCode(unit, low);
      return at + 12;
    }
    this.escaped = String.fromCharCode(unit);
    return at + 6;
  }

  /** The code unit of the `\uXXXX` escape at `at`. */
  private hex4(at: number): number {
    let unit = 0;
    for (let i = at + 2; i < at + 6; i++) {
      const d = hexValue(this.src.charCodeAt(i));
      if (d < 0) this.fail(at, 'a \\u escape needs exactly four hexadecimal digits');
      unit = (unit << 4) | d;
    }
    return unit;
  }

  private parseNumber(): number {
    const src = this.src;
    const start = this.pos;
    let pos = start;
    if (src.charCodeAt(pos) === 0x2d) pos++;
    const first = src.charCodeAt(pos);
    if (first === 0x30) {
      pos++;
      if (isDigit(src.charCodeAt(pos))) this.fail(start, 'numbers must not have leading zeros');
    } else if (first >= 0x31 && first <= 0x39) {
      pos = skipDigits(src, pos);
    } else {
      this.fail(start, 'a number needs digits after "-"');
    }
    if (src.charCodeAt(pos) === 0x2e) {
      if (!isDigit(src.charCodeAt(pos + 1)))
        this.fail(start, 'a number needs digits after the decimal point');
      pos = skipDigits(src, pos + 1);
    }
    const e = src.charCodeAt(pos);
    if (e === 0x65 || e === 0x45) {
      pos++;
      const sign = src.charCodeAt(pos);
      if (sign === 0x2b || sign === 0x2d) pos++;
      if (!isDigit(src.charCodeAt(pos))) this.fail(start, 'a number needs digits in its exponent');
      pos = skipDigits(src, pos);
    }
    const value = Number(src.slice(start, pos));
    if (!Number.isFinite(value))
      this.fail(start, `the number ${abbreviate(src.slice(start, pos))} is too large to represent`);
    this.pos = pos;
    return value;
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function skipDigits(src: string, pos: number): number {
  while (isDigit(src.charCodeAt(pos))) pos++;
  return pos;
}

function abbreviate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 20)}…` : s;
}

/** A member name for a message: quoted, and cut short so a huge name cannot make a huge error. */
function quotedName(name: string): string {
  if (name.length <= 80) return JSON.stringify(name);
  // Never cut a surrogate pair in two: a lone surrogate would make the message itself invalid JSON text.
  const head = name.slice(0, 60).replace(/[\uD800-\uDBFF]$/, '');
  return JSON.stringify(`${head}… (${name.length} characters)`);
}
