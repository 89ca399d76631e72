// The teardown of every test that turns encryption at rest on: back to a profile that never had it.

import Dexie from 'dexie';
import { setDatabaseTarget } from '../../../renderer/src/db/connection';
import { SEALED_DATABASE_NAME, VAULT_DATABASE_NAME, lock, startEncryption } from '../../../renderer/src/db/encryption';
import { DATABASE_NAME } from '../../../renderer/src/db/schema';

/** Locks, points db() back at the plain database, deletes all three databases and starts encryption's state afresh. */
export async function forgetEncryption(): Promise<void> {
  lock();
  setDatabaseTarget({ kind: 'plain' });
  for (const name of [DATABASE_NAME, SEALED_DATABASE_NAME, VAULT_DATABASE_NAME]) await Dexie.delete(name);
  await startEncryption();
}
