// Workspace signing keys while encryption at rest is on: settings rows `signing-key:<workspace>`,
// sealed like every row, so the profile on disk holds no usable private key.

import { db } from '../connection';
import type { SigningKeyRow } from './session';

const settingKey = (workspaceId: string) => `signing-key:${workspaceId}`;

/** The settings row that holds a signing key (to seal keys moved in when encryption is turned on). */
export function signingKeySetting(row: SigningKeyRow): { key: string; value: SigningKeyRow } {
  return { key: settingKey(row.workspaceId), value: row };
}

/** The sealed key store over the encrypted database: read one key, add one (refused if the workspace has one). */
export const sealedSigningKeys = {
  read: async (workspaceId: string): Promise<SigningKeyRow | undefined> =>
    (await db().settings.get(settingKey(workspaceId)))?.value as SigningKeyRow | undefined,
  add: async (row: SigningKeyRow): Promise<void> => {
    await db().settings.add(signingKeySetting(row));
  },
  delete: async (workspaceId: string): Promise<void> => {
    await db().settings.delete(settingKey(workspaceId));
  },
};
