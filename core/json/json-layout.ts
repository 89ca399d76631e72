/**
 * One pass over a JSON text that JSON.parse has already accepted: finds what JSON.parse does not
 * check (nesting depth, surrogate escapes, non-finite numbers, duplicate names) and whether the
 * text is already the RFC 8785 canonical form of its value.
 */

/** What the scan learnt about a valid JSON text; `null` from scanJsonLayout means "read it carefully". */
export interface JsonLayout {
  /** The text is exactly RFC 8785 canonical JSON (no whitespace, members in order, canonical numbers and escapes). */
  canonical: boolean;
  /** Every object's member names are in strictly ascending order (so no object repeats a name). */
  namesAscending: boolean;
  /** The number of members written in each object, objects numbered in text order (when names are not ascending). */
  memberCounts: number[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

// What may follow "\" in canonical text, besides "u00XX" for the other control characters.
const SHORT_ESCAPES = new Set([0x22, 0x5c, 0x62, 0x66, 0x6e, 0x72, 0x74]); // " \ b f n r t
// Control characters that canonical JSON writes with a short escape rather than \u00XX.
const SHORT_ESCAPED_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Scans `text`, which must be valid JSON (JSON.parse accepted it). Returns null when the text
 * needs the careful reader: nesting deeper than `maxDepth`, a \u escape of a surrogate, or a
 * number that does not fit a double.
 */
export function scanJsonLayout(text: string, maxDepth: number, countMembers = false): JsonLayout | null {
  const memberCounts: number[] = [];
  // Per open container, by depth: the object's number (-1 for an array) and its last name's span.
  const objectAt = new Int32Array(maxDepth + 2);
  const nameStartAt = new Int32Array(maxDepth + 2);
  const nameEndAt = new Int32Array(maxDepth + 2);
  let depth = 0;
  let canonical = true;
  let namesAscending = true;
  let expectName = false;
  let nextBackslash = text.indexOf('\\');
  if (nextBackslash < 0) nextBackslash = text.length;
  const length = text.length;
  let pos = 0;
  while (pos < length) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE) {
      let end = text.indexOf('"', pos + 1);
      let escaped = false;
      if (nextBackslash < end) {
        // A string with escapes: walk it, noting whether every escape is the canonical one.
        escaped = true;
        let i = pos + 1;
        for (;;) {
          const d = text.charCodeAt(i);
          if (d === QUOTE) break;
          if (d !== BACKSLASH) {
            i++;
            continue;
          }
          const e = text.charCodeAt(i + 1);
          if (e === 0x75) {
            const unit = Number.parseInt(text.slice(i + 2, i + 6), 16);
            if (unit >= 0xd800 && unit <= 0xdfff) return null;
            const lowerHex = text.slice(i + 2, i + 6) === unit.toString(16).padStart(4, '0');
            if (unit >= 0x20 || SHORT_ESCAPED_CONTROLS.has(unit) || !lowerHex) canonical = false;
            i += 6;
          } else {
            if (!SHORT_ESCAPES.has(e)) canonical = false; // "\/"
            i += 2;
          }
        }
        end = i;
        nextBackslash = text.indexOf('\\', end);
        if (nextBackslash < 0) nextBackslash = length;
      }
      if (expectName) {
        expectName = false;
        if (escaped) {
          // Its order cannot be read from the raw text; member counts will catch a repeat.
          namesAscending = false;
          canonical = false;
        } else if (nameEndAt[depth] >= 0 && !nameBefore(text, nameStartAt[depth], nameEndAt[depth], pos + 1, end)) {
          namesAscending = false;
          canonical = false;
        }
        // Member counts matter only when names are out of order: count from the start once they are.
        if (!namesAscending && !countMembers) return scanJsonLayout(text, maxDepth, true);
        nameStartAt[depth] = pos + 1;
        nameEndAt[depth] = end;
        if (countMembers) memberCounts[objectAt[depth]]++;
        // The ":" that follows a name needs no visit of its own.
        pos = text.charCodeAt(end + 1) === 0x3a ? end + 2 : end + 1;
        continue;
      }
      pos = end + 1;
    } else if (c === 0x2c) {
      expectName = objectAt[depth] >= 0;
      pos++;
    } else if (c === 0x3a) {
      pos++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return null;
      if (c === 0x7b) {
        objectAt[depth] = memberCounts.length;
        if (countMembers) memberCounts.push(0);
        nameEndAt[depth] = -1;
        expectName = true;
      } else {
        objectAt[depth] = -1;
      }
      pos++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      expectName = false;
      pos++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = pos + 1;
      let simple = true; // an integer of at most 15 digits: exact, finite and canonical unless "-0"
      for (; end < length; end++) {
        const d = text.charCodeAt(end);
        if (d >= 0x30 && d <= 0x39) continue;
        if (d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d) simple = false;
        else break;
      }
      const digits = end - pos - (c === 0x2d ? 1 : 0);
      if (!simple || digits > 15 || (c === 0x2d && text.charCodeAt(pos + 1) === 0x30)) {
        const literal = text.slice(pos, end);
        const value = Number(literal);
        if (!Number.isFinite(value)) return null;
        if (JSON.stringify(value) !== literal) canonical = false;
      }
      pos = end;
    } else if (c === 0x74 || c === 0x6e || c === 0x66) {
      pos += c === 0x66 ? 5 : 4; // true, null, false
    } else {
      // Whitespace, which canonical JSON has none of: skip the whole run (indentation is long).
      canonical = false;
      pos++;
      for (let w = text.charCodeAt(pos); w === 0x20 || w === 0x0a || w === 0x0d || w === 0x09; w = text.charCodeAt(pos)) pos++;
    }
  }
  return { canonical, namesAscending, memberCounts };
}

/** True when the name at text[a0, a1) sorts strictly before the one at text[b0, b1) (UTF-16 code units). */
function nameBefore(text: string, a0: number, a1: number, b0: number, b1: number): boolean {
  const shorter = Math.min(a1 - a0, b1 - b0);
  for (let i = 0; i < shorter; i++) {
    const a = text.charCodeAt(a0 + i);
    const b = text.charCodeAt(b0 + i);
    if (a !== b) return a < b;
  }
  return a1 - a0 < b1 - b0;
}

/**
 * True when the objects of `value`, visited depth first, have as many members as the text wrote
 * for its objects in text order. JSON.parse keeps the last of repeated names, so a repeat leaves
 * an object a member short (or drops a whole object). The visit order may differ from the text's
 * (the engine lists integer-like names first), but it is a permutation: with no object dropped and
 * every count equal, the parsed members add up to the written ones, so nothing was repeated.
 */
export function memberCountsMatch(value: unknown, memberCounts: readonly number[]): boolean {
  const next = { index: 0 };
  return countsMatch(value, memberCounts, next) && next.index === memberCounts.length;
}

function countsMatch(node: unknown, memberCounts: readonly number[], next: { index: number }): boolean {
  if (typeof node !== 'object' || node === null) return true;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if (!countsMatch(node[i], memberCounts, next)) return false;
    return true;
  }
  const record = node as Record<string, unknown>;
  const names = Object.keys(record);
  if (names.length !== memberCounts[next.index++]) return false;
  for (let i = 0; i < names.length; i++) if (!countsMatch(record[names[i]], memberCounts, next)) return false;
  return true;
}
