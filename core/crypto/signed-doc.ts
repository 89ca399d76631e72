/**
 * Signed documents (formats §1.1): the `signature` member signs canonical(doc without it).
 * Used for exercises, score sheets and decision records alike.
 */
import { canonical, canonicalText } from '../canonical';
import { base64UrlDecode, base64UrlEncode, bytesEqual, utf8Encode } from '../encoding';
import { FormatError, isFormatError } from '../errors';
import type { JsonObject, JsonValue, Signature, Signer } from '../types';
import { isSmallOrderKey, verifyStrict } from './ed25519';

const SIGNATURE_MEMBERS = ['alg', 'publicKey', 'value'];

/** The document without its `signature` member (a shallow copy; the input is not changed). */
export function unsignedPart<T extends object>(doc: T): Omit<T, 'signature'> {
  const copy = { ...doc } as T & { signature?: unknown };
  delete copy.signature;
  return copy;
}

/** canonical(doc) and canonical(doc without its signature): the hashed and the signed bytes. */
export interface SignedForms {
  document: Uint8Array;
  unsigned: Uint8Array;
}

/**
 * The canonical bytes of a signed document and of its unsigned part, from one serialization when
 * "signature" sorts after every other top-level member (as in every Panelscore document): the
 * unsigned form is then the document's with `,"signature":…` cut out before the final "}".
 * `documentBytes`, when given, must be canonical(doc) (e.g. a file the parser found canonical).
 */
export function signedForms(doc: JsonObject, documentBytes?: Uint8Array): SignedForms {
  const document = documentBytes ?? canonical(doc);
  const sig = Object.hasOwn(doc, 'signature') ? doc.signature : undefined;
  if (typeof sig === 'object' && sig !== null) {
    // If canonical text ends with `,"signature":S}` (S the signature's canonical text), that comma
    // separates top-level members: it cannot be inside a string (a quote not after a backslash
    // follows it), and inside a nested object the member would need one more closing bracket after
    // it. So "signature" is the last member, and the rest is canonical(doc without it) but for "}".
    const tail = utf8Encode(`,"signature":${canonicalText(sig)}}`);
    const cut = document.length - tail.length;
    if (cut > 0 && bytesEqual(document.subarray(cut), tail)) {
      const unsigned = new Uint8Array(cut + 1);
      unsigned.set(document.subarray(0, cut));
      unsigned[cut] = 0x7d; // "}"
      return { document, unsigned };
    }
  }
  return { document, unsigned: canonical(unsignedPart(doc)) };
}

/** Signs canonical(doc without signature) and returns a copy of `doc` carrying the new `signature`. */
export async function signDocument<T extends object>(
  doc: T,
  signer: Signer,
): Promise<T & { signature: Signature }> {
  const unsigned = unsignedPart(doc);
  const message = canonical(unsigned);
  const value = await signer.sign(message);
  // A signer across IPC or a key store could hand back garbage; never write a file that will not verify.
  if (!verifyStrict(value, message, signer.publicKey)) {
    throw new FormatError(
      'signature',
      'signing failed: the key produced a signature that does not verify; try again, and if it keeps failing create a new key',
    );
  }
  const signature: Signature = {
    alg: 'Ed25519',
    publicKey: base64UrlEncode(signer.publicKey),
    value: base64UrlEncode(value),
  };
  return { ...unsigned, signature } as T & { signature: Signature };
}

/**
 * Checks the `signature` member's shape and verifies it strictly over canonical(doc without it)
 * (`unsigned`, when the caller has those bytes already, e.g. from signedForms). Returns the
 * signing key; throws FormatError `signature` with what went wrong and what to do.
 */
export function verifyDocumentSignature(doc: JsonObject, unsigned?: Uint8Array): { publicKey: Uint8Array } {
  if (!Object.hasOwn(doc, 'signature')) {
    fail(
      'the document is not signed (it has no "signature" member); ask the sender to export it again from Panelscore',
      'signature',
    );
  }
  const sig = doc.signature;
  if (!isPlainObject(sig))
    fail(
      'the "signature" member must be an object with "alg", "publicKey" and "value"; the file is damaged or was edited by hand',
      'signature',
    );
  for (const name of Object.keys(sig)) {
    if (!SIGNATURE_MEMBERS.includes(name))
      fail(
        `the signature has an unknown member ${JSON.stringify(name)}; the file was edited or made by an incompatible program`,
        `signature.${name}`,
      );
  }
  for (const name of SIGNATURE_MEMBERS) {
    if (!Object.hasOwn(sig, name))
      fail(
        `the signature has no "${name}" member; the file is damaged or was edited by hand`,
        `signature.${name}`,
      );
  }
  if (sig.alg !== 'Ed25519') {
    fail(
      `the signature algorithm is ${JSON.stringify(sig.alg)}, but only "Ed25519" is supported; ask the sender to export it again from Panelscore`,
      'signature.alg',
    );
  }
  const publicKey = decodeField(sig.publicKey, 'publicKey', 32, 'public key');
  const value = decodeField(sig.value, 'value', 64, 'signature value');
  if (!verifyStrict(value, unsigned ?? canonical(unsignedPart(doc)), publicKey)) {
    // verifyStrict refuses every small-order key, so only a refusal needs to ask which reason applies.
    if (isSmallOrderKey(publicKey)) {
      fail(
        'the document is signed with a degenerate (small-order) key that can "sign" anything; do not trust this file',
        'signature.publicKey',
      );
    }
    fail(
      'the signature does not match the document: the file was changed after it was signed, or is damaged; ask the sender for a fresh copy',
      'signature',
    );
  }
  return { publicKey };
}

function decodeField(raw: JsonValue, name: string, length: number, what: string): Uint8Array {
  if (typeof raw !== 'string')
    fail(
      `the signature's "${name}" must be a base64url string; the file is damaged or was edited by hand`,
      `signature.${name}`,
    );
  let bytes: Uint8Array;
  try {
    bytes = base64UrlDecode(raw);
  } catch (e) {
    if (!isFormatError(e)) throw e;
    fail(`the signature's ${what} is not valid: ${e.message}`, `signature.${name}`);
  }
  if (bytes.length !== length) {
    fail(
      `the signature's ${what} is ${bytes.length} bytes long, not ${length}; the file is damaged or was edited by hand`,
      `signature.${name}`,
    );
  }
  return bytes;
}

function isPlainObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(message: string, path: string): never {
  throw new FormatError('signature', message, path);
}
