// Reading a package file a member picked or dropped: size first, then every check of
// readPackage, with a refusal that names the file, says why and what to do.

import { isFormatError } from '../../../../core/errors';
import type { VerifiedPackage } from '../../../../core/package/package';
import { MAX_TOTAL_SIZE } from '../../../../core/package/zip-format';
import { readPackageOffThread } from './verify-off-thread';

/** A package the app will not import; `message` is for the person. */
export class PackageRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageRefusal';
  }
}

const NOTHING_STORED = 'Nothing was stored.';

/** Verifies a picked file as an exercise package, or throws a PackageRefusal that says why. */
export async function verifyPackageFile(name: string, bytes: Uint8Array): Promise<VerifiedPackage> {
  if (bytes.length > MAX_TOTAL_SIZE) {
    throw new PackageRefusal(
      `“${name}” is larger than the 2 GiB an exercise package may be, so Panelscore does not open it: ask the secretariat to check the package. ${NOTHING_STORED}`,
    );
  }
  try {
    return await readPackageOffThread(bytes);
  } catch (error) {
    if (isFormatError(error))
      throw new PackageRefusal(`“${name}” was refused: ${error.message} ${NOTHING_STORED}`);
    throw error;
  }
}
