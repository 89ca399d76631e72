// A Dexie DBCore middleware that seals every row on its way to IndexedDB and opens it on the
// way back, synchronously, so it never lets an IndexedDB transaction auto-commit mid-way.

import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import { FormatError } from '../../../../core/errors';
import { type ClearFields, openRow, sealRow } from './row-codec';

/** The data key while unlocked; locking zeroes it and sets it to null. */
export interface DataKeyRef {
  current: Uint8Array | null;
}

/** The clear fields of a table: every top-level field its primary key and indexes name. */
export function clearFieldsOf(schema: DBCoreTableSchema): ClearFields {
  const fields = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const paths =
      index.keyPath === null ? [] : Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath];
    for (const path of paths) fields.add(path.split('.')[0] ?? path);
  }
  const pk = schema.primaryKey;
  const autoIncrementField = pk.autoIncrement === true && typeof pk.keyPath === 'string' ? pk.keyPath : null;
  return { table: schema.name, fields: [...fields], autoIncrementField };
}

function requireKey(ref: DataKeyRef): Uint8Array {
  if (!ref.current)
    throw new FormatError('schema', 'the workspace is locked: unlock it with your passphrase first', '');
  return ref.current;
}

function wrapCursor(cursor: DBCoreCursor, open: (stored: unknown) => unknown): DBCoreCursor {
  let lastStored: unknown;
  let lastOpened: unknown;
  return Object.create(cursor, {
    value: {
      get() {
        const stored: unknown = cursor.value;
        if (stored !== lastStored) {
          lastStored = stored;
          lastOpened = stored === undefined ? undefined : open(stored);
        }
        return lastOpened;
      },
    },
  }) as DBCoreCursor;
}

/** How one table's rows go to IndexedDB and come back: sealed under the key in `ref`, or as they are. */
export interface TableCodec {
  seal: (row: Record<string, unknown>) => Record<string, unknown>;
  open: (stored: unknown) => unknown;
}

const PLAIN_CODEC: TableCodec = { seal: (row) => row, open: (stored) => stored };

/** The codec of a table with this schema; plain when `ref` is null (the unencrypted database). */
export function tableCodec(schema: DBCoreTableSchema, ref: DataKeyRef | null): TableCodec {
  if (ref === null) return PLAIN_CODEC;
  const spec = clearFieldsOf(schema);
  return {
    seal: (row) => sealRow(requireKey(ref), spec, row),
    open: (stored) => (stored === undefined ? undefined : openRow(requireKey(ref), spec, stored)),
  };
}

function sealedTable(down: DBCoreTable, ref: DataKeyRef): DBCoreTable {
  const { seal, open } = tableCodec(down.schema, ref);
  return {
    ...down,
    mutate: (req) => {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
      const values = req.values.map((row: Record<string, unknown>) => seal(row));
      return down.mutate({ ...req, values });
    },
    // `.then` on Dexie's own promises (never async/await here) keeps Dexie's transaction zone.
    get: (req) => down.get(req).then(open),
    getMany: (req) => down.getMany(req).then((rows) => rows.map(open)),
    query: (req) =>
      down
        .query(req)
        .then((response) => (req.values ? { ...response, result: response.result.map(open) } : response)),
    openCursor: (req) =>
      down
        .openCursor(req)
        .then((cursor) => cursor && (req.values === false ? cursor : wrapCursor(cursor, open))),
  };
}

/** The middleware for a database whose every table is encrypted under the key in `ref`. */
export function encryptionMiddleware(ref: DataKeyRef): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PanelscoreEncryption',
    // Below Dexie's own middlewares (cache, observability, hooks), which must see clear rows.
    level: -10,
    create: (down) => ({ ...down, table: (name) => sealedTable(down.table(name), ref) }),
  };
}
