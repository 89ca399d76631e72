/**
 * zod schemas of every IPC payload, typed against electron/ipc-contract.ts so the two cannot
 * drift. Main parses each payload with these before doing anything.
 */
import { z } from 'zod';
import { MAX_FILE_BYTES, MAX_SIGN_MESSAGE_BYTES } from '../ipc-contract';
import type { BridgeMethod, BridgeRequest } from '../ipc-contract';

const workspaceId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/,
    'a workspace id is 1–128 characters of A-Z a-z 0-9 . _ : - starting with a letter or digit',
  );

const role = z.enum(['member', 'secretariat']);

function bytesUpTo(max: number) {
  return z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= max, `at most ${max} bytes`);
}

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(
      z.string().regex(/^(\*|[A-Za-z0-9][A-Za-z0-9.-]{0,31})$/, 'an extension has no leading dot, or is *'),
    )
    .min(1)
    .max(20),
});
const filters = z.array(fileFilter).max(20);

const keyRef = z.strictObject({ role, workspaceId });

/** A plain file name: no folder part, nothing that names a device or the parent folder. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..',
    'a plain file name without folders',
  );

type Schemas = { readonly [M in BridgeMethod]: z.ZodType<BridgeRequest<M>> };

/** The schema of each bridge function's payload. */
export const IPC_SCHEMAS: Schemas = {
  getOrCreateKey: keyRef,
  exportPublicKey: keyRef,
  deleteKey: keyRef,
  sign: z.strictObject({ role, workspaceId, message: bytesUpTo(MAX_SIGN_MESSAGE_BYTES) }),
  openFiles: z.strictObject({ title: z.string().max(200), filters, multi: z.boolean() }),
  saveFile: z.strictObject({ suggestedName: fileName, bytes: bytesUpTo(MAX_FILE_BYTES), filters }),
  printToPdf: z.strictObject({ suggestedName: fileName.refine((name) => /\.pdf$/i.test(name), 'a file name ending in .pdf') }),
  appInfo: z.undefined(),
};
