// Encryption at rest: the vault, the sealing middleware and the lock/unlock session.

export { clearFieldsOf, encryptionMiddleware, type DataKeyRef } from './middleware';
export { decodeRow, encodeRow, openRow, sealRow, type ClearFields } from './row-codec';
export {
  SEALED_DATABASE_NAME,
  autoLockMinutes,
  changePassphrase,
  currentDataKey,
  enableEncryption,
  eraseEncryptedData,
  encryptionProbablyOn,
  encryptionStatus,
  lock,
  onEncryptionStatus,
  packageForStorage,
  setAutoLockMinutes,
  startEncryption,
  unlock,
  type EncryptionStatus,
  type EnableOutcome,
  type SigningKeyRow,
} from './session';
export { inlineDocumentBlobs } from './documents-at-rest';
export { scrubDeletedData } from './scrub';
export { sealedSigningKeys, signingKeySetting } from './signing-keys';
export {
  DEFAULT_AUTO_LOCK_MINUTES,
  VAULT_DATABASE_NAME,
  WrongPassphraseError,
  createVault,
  openVault,
  readVault,
  type VaultRecord,
} from './vault';
