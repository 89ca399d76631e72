// Reading a package file a member picked or dropped: size first, then every check of
// readPackage, with a refusal that names the file, says why and what to do.

import { isFormatError } from '../../../../core/errors';
import { MAX_TOTAL_SIZE } from '../../../../core/package/zip-format';
import { translate } from '../../i18n';
import { type MemberPackage, type VerifyProgress, readPackageOffThread } from './verify-off-thread';

/** A package the app will not import; `message` is for the person. */
export class PackageRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageRefusal';
  }
}

/**
 * Verifies a picked file (a File, read piece by piece, or bytes) as an exercise package, or
 * throws a PackageRefusal that says why; `onProgress` hears the bytes checked so far.
 */
export async function verifyPackageFile(
  name: string,
  file: Blob | Uint8Array,
  onProgress?: VerifyProgress,
): Promise<MemberPackage> {
  const size = file instanceof Uint8Array ? file.length : file.size;
  if (size > MAX_TOTAL_SIZE) {
    throw new PackageRefusal(translate('import.tooLarge', { name }));
  }
  try {
    return await readPackageOffThread(file, onProgress);
  } catch (error) {
    if (isFormatError(error))
      throw new PackageRefusal(translate('import.refused', { name, message: error.message }));
    throw error;
  }
}
