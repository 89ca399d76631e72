/**
 * The exercise package (formats §2): reading checks the archive, exercise.json, the secretariat's
 * signature, the exact set of entries and every document's size and hash; writing is its inverse.
 */
import { documentHash, hashString } from '../canonical';
import { fingerprint } from '../crypto/ed25519';
import { signDocument, verifyDocumentSignature } from '../crypto/signed-doc';
import { base64UrlDecode, bytesEqual, toHex, utf8Encode } from '../encoding';
import { FormatError, isFormatError } from '../errors';
import { parseExercise } from '../formats/exercise';
import { parseStrictJson } from '../json/strict-json';
import type {
  Candidate,
  CandidateDocument,
  Exercise,
  HashString,
  JsonObject,
  Signer,
  UnsignedExercise,
} from '../types';
import { METHOD_STORED, quoteName } from './zip-format';
import type { CentralEntry } from './zip-directory';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  type ByteSource,
  STREAM_ABOVE,
  bytesSource,
  readZipEntry,
  readZipLayout,
  streamEntry,
} from './zip-source';
import { writeZip } from './zip-writer';

/** A package that passed every check of formats §2: what a member's app may import. */
export interface VerifiedPackage {
  exercise: Exercise;
  /** The document hash of exercise.json (§2.1), which score sheets are bound to. */
  exerciseHash: HashString;
  /** The bytes of every listed document, by path (exercise.json itself is not among them). */
  documents: Map<string, Uint8Array>;
}

/**
 * Where a verified document's bytes are: a range of the source (entries stored uncompressed), or
 * what was held of its unpacked bytes (deflated entries, which the source does not hold): the
 * bytes themselves unless ReadPackageOptions.hold says otherwise.
 */
export type DocumentContent<Held = Uint8Array> = Held | SourceRange;

/** A range of the source's bytes: an entry's data as stored in the archive. */
export interface SourceRange {
  offset: number;
  size: number;
}

/** A package verified from a random-access source, its documents left in place where they can be. */
export interface VerifiedPackageIndex<Held = Uint8Array> {
  exercise: Exercise;
  exerciseHash: HashString;
  documents: Map<string, DocumentContent<Held>>;
}

/**
 * Keeps a deflated document's unpacked bytes as they come, in order (several parts for a large
 * document), then gives what it kept. A part is not valid once add() returns: copy what you keep.
 */
export interface Holder<Held> {
  add(part: Uint8Array): void;
  done(): Held;
}

/** Options of readPackageFrom. */
export interface ReadPackageOptions<Held = Uint8Array> {
  /** Hears, after each piece, how many bytes of the source have been checked, out of `total`. */
  onProgress?: (checked: number, total: number) => void;
  /**
   * A holder for each deflated document of `size` unpacked bytes, stored at `packed` in the
   * source (default: its bytes in one array). Given one (it copies what it keeps, if anything),
   * documents unpack into one reused buffer. The member's import keeps nothing: it stores the
   * packed range and unpacks a document when it is read.
   */
  hold?: (size: number, packed: SourceRange) => Holder<Held>;
}

/** The default holder: the unpacked bytes in one array (no copy when they come in one part). */
function bytesHolder(size: number): Holder<Uint8Array> {
  let out: Uint8Array | undefined;
  let at = 0;
  return {
    add(part) {
      if (out === undefined && part.length === size) out = part;
      else {
        out ??= new Uint8Array(size);
        out.set(part, at);
      }
      at += part.length;
    },
    done: () => out ?? new Uint8Array(0),
  };
}

/** A listed document before packing: its size and sha256 are computed from the bytes. */
export type DocumentDraft = Omit<CandidateDocument, 'size' | 'sha256'> &
  Partial<Pick<CandidateDocument, 'size' | 'sha256'>>;

/** An unsigned exercise whose documents may still lack size and sha256. */
export type PackageDraft = Omit<UnsignedExercise, 'candidates'> & {
  candidates: (Omit<Candidate, 'documents'> & { documents?: DocumentDraft[] })[];
};

/** The name of the exercise document inside a package. */
export const EXERCISE_ENTRY = 'exercise.json';

const REISSUE = 'ask the secretariat to issue the package again';

/** Reads and verifies a `*.panelpkg`; throws FormatError (codes zip, json, schema, signature, package, hash). */
export async function readPackage(
  bytes: Uint8Array,
  options: ReadPackageOptions = {},
): Promise<VerifiedPackage> {
  const pkg = await readPackageFrom(bytesSource(bytes), options);
  const documents = new Map<string, Uint8Array>();
  // Each document is its own copy: a view would keep the whole archive alive with it.
  for (const [path, content] of pkg.documents)
    documents.set(
      path,
      content instanceof Uint8Array ? content : bytes.slice(content.offset, content.offset + content.size),
    );
  return { ...pkg, documents };
}

/** What reading one entry found: its size and hash, and its bytes when they are not a range of the source. */
interface EntryDigest<Held> {
  size: number;
  sha256: HashString;
  content: DocumentContent<Held>;
}

/**
 * Reads and verifies a package from a random-access source (a File through Blob.slice), holding
 * one entry at a time: same checks, same errors as readPackage. Stored documents come back as
 * ranges of the source, deflated ones as what their holder kept (their bytes by default).
 */
export async function readPackageFrom<Held = Uint8Array>(
  source: ByteSource,
  { onProgress, hold }: ReadPackageOptions<Held> = {},
): Promise<VerifiedPackageIndex<Held>> {
  const holder = hold ?? (bytesHolder as unknown as (size: number, packed: SourceRange) => Holder<Held>);
  // The default holder keeps the array it is given; a caller's holder copies, so one buffer serves all.
  let pool = new Uint8Array(0);
  const scratch =
    hold === undefined
      ? undefined
      : (size: number) => (pool.length >= size ? pool : (pool = new Uint8Array(size)));
  const layout = await readZipLayout(source);
  // exercise.json is read ahead only to learn which entries need hashing (thousands of unlisted
  // ones must not each cost a digest); its errors surface below, in the order readPackage has.
  const ahead = await readExerciseAhead(source, layout);
  const digests = new Map<string, EntryDigest<Held>>();
  let exerciseBytes: Uint8Array | undefined;
  let checked = 0;
  onProgress?.(0, source.size);
  for (const e of layout) {
    const onRead = (n: number) => onProgress?.(checked + n, source.size);
    const range = { offset: e.dataStart, size: e.compressedSize };
    if (
      e.name !== EXERCISE_ENTRY &&
      ahead.listed.has(e.name) &&
      Math.max(e.compressedSize, e.uncompressedSize) > STREAM_ABOVE
    ) {
      // A large document is hashed (and, deflated, handed to its holder) as it streams: only a
      // piece of it is in memory at a time.
      const hasher = sha256.create();
      const keep = e.method === METHOD_STORED ? null : holder(e.uncompressedSize, range);
      const take = (chunk: Uint8Array) => {
        hasher.update(chunk);
        keep?.add(chunk);
      };
      await streamEntry(source, e, take, onRead);
      const size = keep === null ? e.compressedSize : e.uncompressedSize;
      const content = keep === null ? range : keep.done();
      digests.set(e.name, { size, sha256: `sha256:${toHex(hasher.digest())}`, content });
      checked += e.compressedSize;
      continue;
    }
    const listed = ahead.listed.has(e.name);
    const bytes = await readZipEntry(source, e, onRead, listed ? scratch : undefined);
    checked += e.compressedSize;
    if (e.name === EXERCISE_ENTRY) exerciseBytes = bytes;
    else if (listed) {
      const sha = await fastHash(bytes);
      // Unpacked bytes go to a holder at once: kept as they are, they would pile up to the whole package.
      let content: DocumentContent<Held> = range;
      if (e.method !== METHOD_STORED) {
        const keep = holder(bytes.length, range);
        keep.add(bytes);
        content = keep.done();
      }
      digests.set(e.name, { size: bytes.length, sha256: sha, content });
    } else digests.set(e.name, { size: bytes.length, sha256: UNLISTED, content: range });
  }
  if (exerciseBytes === undefined) {
    throw new FormatError(
      'package',
      `The package has no exercise.json, so it is not a Panelscore exercise package: ${REISSUE}.`,
    );
  }
  if (ahead.error !== undefined) throw ahead.error;
  const bytesRead = exerciseBytes;
  const json = ahead.json ?? withContext(() => parseStrictJson(bytesRead));
  const exercise = ahead.exercise ?? withContext(() => parseExercise(json));
  const { publicKey } = withContext(() => verifyDocumentSignature(json));
  const secretariatKey = base64UrlDecode(exercise.secretariat.publicKey);
  if (!bytesEqual(publicKey, secretariatKey)) {
    throw new FormatError(
      'signature',
      `The package is signed by key ${fingerprint(publicKey)}, not by the secretariat's key ${fingerprint(secretariatKey)} named in it: it was not issued by that secretariat; ${REISSUE}.`,
    );
  }
  const documents = checkDocuments(exercise, digests);
  onProgress?.(source.size, source.size);
  return { exercise, exerciseHash: documentHash(json), documents };
}

/** Stands in for the hash of an entry no document lists (such an entry is refused anyway). */
const UNLISTED = 'sha256:unlisted' as HashString;

/** exercise.json parsed ahead of the other entries, or the error that parsing it raised. */
interface ExerciseAhead {
  listed: Set<string>;
  json?: JsonObject;
  exercise?: Exercise;
  error?: Error;
}

/** Parses exercise.json before the other entries are read; archive errors are left for the main pass. */
async function readExerciseAhead(source: ByteSource, layout: CentralEntry[]): Promise<ExerciseAhead> {
  const entry = layout.find((e) => e.name === EXERCISE_ENTRY);
  if (entry === undefined) return { listed: new Set() };
  let bytes: Uint8Array;
  try {
    bytes = await readZipEntry(source, entry);
  } catch {
    return { listed: new Set() };
  }
  try {
    const json = withContext(() => parseStrictJson(bytes));
    const exercise = withContext(() => parseExercise(json));
    return { listed: new Set(listedDocuments(exercise).keys()), json, exercise };
  } catch (error) {
    return { listed: new Set(), error: error instanceof Error ? error : new Error(String(error)) };
  }
}

/** Runs a check on exercise.json and says, in any error, that the problem is in the package's exercise.json. */
function withContext<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (!isFormatError(e)) throw e;
    const advice = e.code === 'json' ? `: ${REISSUE}` : '';
    throw new FormatError(e.code, `exercise.json in the package: ${e.message}${advice}`, e.path);
  }
}

/** The listed documents of `exercise` by path, with the candidate that lists each. */
function listedDocuments(
  exercise: Pick<PackageDraft, 'candidates'>,
): Map<string, { candidateId: string; doc: DocumentDraft }> {
  const listed = new Map<string, { candidateId: string; doc: DocumentDraft }>();
  for (const c of exercise.candidates)
    for (const doc of c.documents ?? []) listed.set(doc.path, { candidateId: c.id, doc });
  return listed;
}

/** The entry set must be exactly exercise.json plus the listed documents, each with its size and hash. */
function checkDocuments<Held>(
  exercise: Exercise,
  entries: Map<string, EntryDigest<Held>>,
): Map<string, DocumentContent<Held>> {
  const listed = listedDocuments(exercise);
  if (listed.has(EXERCISE_ENTRY)) {
    throw new FormatError(
      'package',
      `The exercise lists a candidate document at ${quoteName(EXERCISE_ENTRY)}, the name reserved for the exercise itself: ${REISSUE}.`,
    );
  }
  for (const name of entries.keys()) {
    if (!listed.has(name)) {
      throw new FormatError(
        'package',
        `The package contains an unexpected file ${quoteName(name)} that the exercise does not list: it was not made by Panelscore or was tampered with; ${REISSUE}.`,
      );
    }
  }
  const documents = new Map<string, DocumentContent<Held>>();
  for (const [path, { candidateId, doc }] of listed) {
    const entry = entries.get(path);
    if (entry === undefined) {
      throw new FormatError(
        'package',
        `The package lacks the document ${quoteName(path)} that the exercise lists for candidate ${candidateId}: ${REISSUE}.`,
      );
    }
    if (entry.size !== doc.size) {
      throw new FormatError(
        'hash',
        `The document ${quoteName(path)} of candidate ${candidateId} is ${entry.size} bytes, but the signed exercise says ${String(doc.size)}: it was changed after the package was issued; ${REISSUE}.`,
      );
    }
    if (entry.sha256 !== doc.sha256) {
      throw new FormatError(
        'hash',
        `The document ${quoteName(path)} of candidate ${candidateId} does not match the hash in the signed exercise: it was changed after the package was issued; ${REISSUE}.`,
      );
    }
    documents.set(path, entry.content);
  }
  return documents;
}

/**
 * hashString(bytes), through WebCrypto where the platform has it: several times faster than
 * hashing in JavaScript, which matters for packages of hundreds of megabytes.
 */
async function fastHash(bytes: Uint8Array): Promise<HashString> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return hashString(bytes);
  // The DOM typings (renderer build) want an ArrayBuffer-backed view; Node's typings do not.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  return `sha256:${toHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)))}`;
}

/**
 * Signs `draft` with the secretariat's `signer` and packs it with `documents` (one per listed
 * path, no more). Fills in each document's size and sha256 from its bytes; same input, same
 * bytes. Throws FormatError when the result would not pass readPackage.
 */
export async function writePackage(
  draft: PackageDraft,
  documents: ReadonlyMap<string, Uint8Array>,
  signer: Signer,
): Promise<{ bytes: Uint8Array; exercise: Exercise }> {
  const secretariatKey = base64UrlDecode(draft.secretariat.publicKey);
  if (!bytesEqual(signer.publicKey, secretariatKey)) {
    throw new FormatError(
      'signature',
      `The signing key ${fingerprint(signer.publicKey)} is not the secretariat's key ${fingerprint(secretariatKey)} named in the exercise: sign with that key, or put this key in secretariat.publicKey.`,
    );
  }
  const listed = listedDocuments(draft);
  for (const path of documents.keys()) {
    if (!listed.has(path))
      throw new FormatError(
        'package',
        `A file was given for ${quoteName(path)}, but no candidate lists a document at that path: list it in the exercise or leave it out.`,
      );
  }
  const bytesOf = (path: string, candidateId: string): Uint8Array => {
    const bytes = documents.get(path);
    if (bytes === undefined)
      throw new FormatError(
        'package',
        `Candidate ${candidateId} lists the document ${quoteName(path)}, but no file was given for it.`,
      );
    return bytes;
  };
  const hashes = new Map<string, HashString>();
  for (const [path, { candidateId }] of listed) hashes.set(path, await fastHash(bytesOf(path, candidateId)));
  const unsigned: UnsignedExercise = {
    ...draft,
    candidates: draft.candidates.map((c): Candidate => {
      if (c.documents === undefined) return c as Candidate;
      return {
        ...c,
        documents: c.documents.map((d) => ({
          ...d,
          size: bytesOf(d.path, c.id).length,
          sha256: hashes.get(d.path) as HashString,
        })),
      };
    }),
  };
  const signed = await signDocument(unsigned, signer);
  const exerciseBytes = utf8Encode(`${JSON.stringify(signed, null, 2)}\n`);
  // Read back exactly as a member's app will, so that nothing unreadable is ever issued.
  const json: JsonObject = parseStrictJson(exerciseBytes);
  const exercise = parseExercise(json);
  verifyDocumentSignature(json);
  const bytes = writeZip([
    { name: EXERCISE_ENTRY, content: exerciseBytes },
    ...[...listed.keys()].map((path) => ({ name: path, content: documents.get(path) as Uint8Array })),
  ]);
  return { bytes, exercise };
}
