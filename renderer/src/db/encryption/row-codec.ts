// How one row of an encrypted table is stored: its key and indexed fields in clear (IndexedDB
// needs them to find rows), everything sealed with AES-256-GCM under the data key.

import { openBytes, sealBytes } from '../../../../core/crypto/passphrase-seal';
import { FormatError } from '../../../../core/errors';

/** The fields of a table that stay readable on disk: its primary key and index key paths. */
export interface ClearFields {
  table: string;
  /** Top-level field names named by the primary key and every index. */
  fields: string[];
  /** The auto-incremented primary key field (set by IndexedDB after sealing), if any. */
  autoIncrementField: string | null;
}

/** A row as it lies on disk: its clear fields, and `sealed` holding the whole row. */
export type StoredRow = Record<string, unknown> & { sealed: Uint8Array };

/** True for a Uint8Array from any realm (IndexedDB clones may come from another one in tests). */
function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

const BYTES_TAG = '\u0000bytes';
const FORMAT = 1;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Serializes a row to bytes: JSON with each Uint8Array replaced by a reference to a binary part after it. */
export function encodeRow(row: Record<string, unknown>): Uint8Array {
  const parts: Uint8Array[] = [];
  const json = JSON.stringify(row, (_key, value: unknown) => {
    if (isBytes(value)) {
      parts.push(value);
      return { [BYTES_TAG]: parts.length - 1 };
    }
    return value;
  });
  const jsonBytes = encoder.encode(json);
  const total = 5 + jsonBytes.length + parts.reduce((sum, part) => sum + 4 + part.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out[0] = FORMAT;
  view.setUint32(1, jsonBytes.length);
  out.set(jsonBytes, 5);
  let at = 5 + jsonBytes.length;
  for (const part of parts) {
    view.setUint32(at, part.length);
    out.set(part, at + 4);
    at += 4 + part.length;
  }
  return out;
}

/** The inverse of encodeRow. */
export function decodeRow(bytes: Uint8Array): Record<string, unknown> {
  const damaged = () =>
    new FormatError('schema', 'an encrypted row is damaged: restore the workspace from a backup', '');
  if (bytes.length < 5 || bytes[0] !== FORMAT) throw damaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(1);
  if (5 + jsonLength > bytes.length) throw damaged();
  const parts: Uint8Array[] = [];
  let at = 5 + jsonLength;
  while (at < bytes.length) {
    if (at + 4 > bytes.length) throw damaged();
    const length = view.getUint32(at);
    if (at + 4 + length > bytes.length) throw damaged();
    parts.push(bytes.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  const json = decoder.decode(bytes.subarray(5, 5 + jsonLength));
  return JSON.parse(json, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && BYTES_TAG in value) {
      const part = parts[(value as Record<string, number>)[BYTES_TAG]];
      if (!part) throw damaged();
      return part;
    }
    return value;
  }) as Record<string, unknown>;
}

function pick(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (row[field] !== undefined) out[field] = row[field];
  return out;
}

/** The associated data a sealed row is bound to: its table and clear fields (not the auto-increment key, unknown when sealing). */
function rowContext(spec: ClearFields, clear: Record<string, unknown>): Uint8Array {
  const bound = spec.fields.filter((field) => field !== spec.autoIncrementField);
  return encoder.encode(JSON.stringify([spec.table, bound.map((field) => clear[field] ?? null)]));
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/** The stored form of a row: clear fields, and the whole row sealed. Refuses a Blob, which would reach the disk in clear. */
export function sealRow(key: Uint8Array, spec: ClearFields, row: Record<string, unknown>): StoredRow {
  for (const [field, value] of Object.entries(row)) {
    if (isBlob(value)) {
      throw new FormatError(
        'schema',
        `${spec.table}.${field} is a Blob, which cannot be stored encrypted: read it into bytes first (packageForStorage)`,
        field,
      );
    }
  }
  const clear = pick(row, spec.fields);
  return { ...clear, sealed: sealBytes(key, encodeRow(row), rowContext(spec, clear)) };
}

/** The row a stored form holds; throws a FormatError for a wrong key, a moved or changed row, or an unsealed one. */
export function openRow(key: Uint8Array, spec: ClearFields, stored: unknown): Record<string, unknown> {
  if (stored === null || typeof stored !== 'object' || !isBytes((stored as StoredRow).sealed)) {
    throw new FormatError(
      'schema',
      `a row of ${spec.table} is not encrypted in the encrypted database: restore the workspace from a backup`,
      spec.table,
    );
  }
  const { sealed, ...rest } = stored as StoredRow;
  const clear = pick(rest, spec.fields);
  const row = decodeRow(openBytes(key, sealed, rowContext(spec, clear)));
  if (spec.autoIncrementField !== null && clear[spec.autoIncrementField] !== undefined) {
    row[spec.autoIncrementField] = clear[spec.autoIncrementField];
  }
  return row;
}
