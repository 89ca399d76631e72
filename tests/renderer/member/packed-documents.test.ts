// Documents a package had deflated are stored packed (the file's slice, as the package holds
// them) and unpacked when read: the import never holds unpacked documents, and every reader
// (the dossier, backups, encryption at rest) still gets the document's exact bytes.

import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { isFormatError } from '../../../core/errors';
import { getDocument, importMemberPackage } from '../../../renderer/src/db';
import { db } from '../../../renderer/src/db/connection';
import { enableEncryption } from '../../../renderer/src/db/encryption';
import { documentBlobBytes, inlineDocumentBlobs } from '../../../renderer/src/db/encryption/documents-at-rest';
import { fixturePackage } from '../helpers/exercise-fixture';
import { forgetEncryption } from '../helpers/forget-encryption';

const WS = 'member:ex-1';
const CV = 'documents/cand-1/cv.pdf';
const FAST = { N: 2 ** 10, r: 8, p: 1 };

/** The fixture package with its CV given as the member's import gives a deflated document. */
function packedPackage() {
  const pkg = fixturePackage();
  const cv = pkg.documents.get(CV)!;
  const packed = deflateSync(cv, { level: 6 });
  return { cv, pkg: { ...pkg, documents: new Map([[CV, { packed: new Blob([packed]), size: cv.length }]]) } };
}

afterEach(async () => {
  await forgetEncryption();
});

describe('a document the package had deflated', () => {
  // Storing the Blob itself is proven in Chromium (tests/e2e/member-import.test.ts): fake-indexeddb
  // under jsdom cannot keep a Blob.
  it('is read back as its exact bytes', async () => {
    const { cv } = packedPackage();
    const bytes = await documentBlobBytes({ blob: new Blob([deflateSync(cv)]), packedSize: cv.length }, CV);
    expect(Array.from(bytes)).toEqual(Array.from(cv));
  });

  it('goes into a backup unpacked', async () => {
    const { cv } = packedPackage();
    const packed = deflateSync(cv);
    const [row] = await inlineDocumentBlobs([{ path: CV, bytes: new Uint8Array(0), blob: new Blob([packed]), packedSize: cv.length }]);
    expect(row).not.toHaveProperty('packedSize');
    expect(Array.from(row.bytes)).toEqual(Array.from(cv));
  });

  it('is refused with a format error naming it when its stored bytes no longer unpack to its size', async () => {
    const { cv } = packedPackage();
    const read = (packed: Uint8Array, size: number) =>
      documentBlobBytes({ blob: new Blob([packed as Uint8Array<ArrayBuffer>]), packedSize: size }, CV).then(
        () => null,
        (error: unknown) => error,
      );
    const packed = deflateSync(cv);
    for (const failure of [await read(packed, cv.length + 1), await read(packed.subarray(0, packed.length - 3), cv.length)]) {
      expect(isFormatError(failure)).toBe(true);
      expect(String((failure as Error).message)).toContain(CV);
    }
  });

  it('is unpacked and sealed with its row while encryption at rest is on', async () => {
    await enableEncryption('correct horse battery', { params: FAST });
    const { cv, pkg } = packedPackage();
    await importMemberPackage(pkg);
    const row = await db().documents.get([WS, CV]);
    expect(row).not.toHaveProperty('packedSize');
    expect(Array.from((await getDocument(WS, CV))!.bytes)).toEqual(Array.from(cv));
  });
});
