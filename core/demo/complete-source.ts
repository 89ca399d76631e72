/**
 * Turns an authored exercise source (what `panelscore pack` and the demo start from) into the
 * unsigned exercise writePackage signs: secretariat key, issue time, document sizes and hashes.
 */
import { hashString } from '../canonical';
import { fingerprint } from '../crypto/ed25519';
import { base64UrlEncode } from '../encoding';
import { FormatError } from '../errors';
import type { JsonObject, JsonValue, UnsignedExercise } from '../types';

export interface SourceCompletion {
  /** The key that will sign the package. */
  secretariatPublicKey: Uint8Array;
  /** Used only when the source has no `issuedAt`. */
  issuedAt: string;
  /** The bytes of every document the source lists, by its path in the package. */
  documents: ReadonlyMap<string, Uint8Array>;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(message: string, path?: string): never {
  throw new FormatError('source', message, path);
}

function completeDocuments(candidate: JsonObject, index: number, documents: ReadonlyMap<string, Uint8Array>): void {
  const listed = candidate.documents;
  if (listed === undefined) return;
  if (!Array.isArray(listed)) fail(`candidates[${index}].documents must be a list of { "path", "mediaType" } entries`, `candidates[${index}].documents`);
  listed.forEach((doc, j) => {
    const where = `candidates[${index}].documents[${j}]`;
    if (!isObject(doc) || typeof doc.path !== 'string') fail(`${where} must be an object with a "path" text member`, where);
    const bytes = documents.get(doc.path);
    if (bytes === undefined) fail(`${where} lists ${doc.path}, but there is no such document: put the file at that path under the documents folder`, where);
    const sha256 = hashString(bytes);
    if (doc.sha256 !== undefined && doc.sha256 !== sha256) {
      fail(`${where}: ${doc.path} does not match the sha256 written in the source; replace the file, or remove "size" and "sha256" from the source to take the file as it is`, where);
    }
    if (doc.size !== undefined && doc.size !== bytes.length) {
      fail(`${where}: ${doc.path} is ${bytes.length} bytes, not the ${JSON.stringify(doc.size)} written in the source; replace the file, or remove "size" and "sha256" from the source`, where);
    }
    doc.size = bytes.length;
    doc.sha256 = sha256;
  });
}

/**
 * Completes an exercise source into an unsigned exercise (a copy; any old `signature` is dropped).
 * A `secretariat.publicKey` already in the source must be the signing key; `issuedAt` is kept when
 * present. The result is checked in full by writePackage.
 */
export function completeExerciseSource(source: JsonObject | object, completion: SourceCompletion): UnsignedExercise {
  const copy = structuredClone(source) as JsonObject;
  if (!isObject(copy)) fail('the exercise source must be a JSON object');
  delete copy.signature;
  const key = base64UrlEncode(completion.secretariatPublicKey);
  const secretariat = copy.secretariat;
  if (!isObject(secretariat)) fail('the exercise source needs a "secretariat" object with a "name"', 'secretariat');
  if (secretariat.publicKey !== undefined && secretariat.publicKey !== key) {
    const named = typeof secretariat.publicKey === 'string' ? safeFingerprint(secretariat.publicKey) : 'an invalid key';
    fail(
      `the source names the secretariat key ${named}, but the signing key is ${fingerprint(completion.secretariatPublicKey)}: sign with the matching key, or remove secretariat.publicKey from the source`,
      'secretariat.publicKey',
    );
  }
  secretariat.publicKey = key;
  if (copy.issuedAt === undefined) copy.issuedAt = completion.issuedAt;
  if (copy.candidates !== undefined) {
    if (!Array.isArray(copy.candidates)) fail('"candidates" must be a list', 'candidates');
    copy.candidates.forEach((c, i) => {
      if (!isObject(c)) fail(`candidates[${i}] must be an object`, `candidates[${i}]`);
      completeDocuments(c, i, completion.documents);
    });
  }
  return copy as unknown as UnsignedExercise;
}

function safeFingerprint(key: string): string {
  try {
    return fingerprint(key);
  } catch {
    return 'an invalid key';
  }
}
