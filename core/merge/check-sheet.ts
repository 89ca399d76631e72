// Step 2 of the merge (formats.md §3.2): one distinct sheet file is accepted, with its key and
// pin status, or rejected with a reason, its document hash (when it is JSON) and its memberId.
import { hashString } from '../canonical';
import { fingerprint } from '../crypto/ed25519';
import { signedForms, verifyDocumentSignature } from '../crypto/signed-doc';
import { base64UrlEncode } from '../encoding';
import { isFormatError } from '../errors';
import { isIdentifier } from '../formats/common';
import { SHEET_MAX_BYTES, checkSheetAgainstExercise, parseScoreSheet } from '../formats/sheet';
import { parseStrictJsonDocument } from '../json/strict-json';
import type { DecisionRejection, Exercise, HashString, JsonObject } from '../types';
import type { PinnedKeys } from './pinned-keys';
import { reasons } from './reasons';
import { type ScoreLayout, fittedSheetScores, sheetScores } from './score-table';
import type { AcceptedSheet } from './select-sheets';

/** What a sheet is checked against: the verified package and the pinned keys. */
export interface SheetContext {
  exercise: Exercise;
  exerciseHash: HashString;
  panel: ReadonlySet<string>;
  keys: PinnedKeys;
  layout: ScoreLayout;
}

/** The outcome of step 2 for one file. */
export type SheetCheck = { accepted: AcceptedSheet; rejected?: undefined } | { accepted?: undefined; rejected: DecisionRejection };

const OTHER_DOCUMENTS = new Set(['panelscore.exercise', 'panelscore.trust', 'panelscore.decision']);

/** Checks one sheet file (bytes and the hash of those bytes) against §3.2. */
export function checkSheetFile(bytes: Uint8Array, fileHash: HashString, context: SheetContext): SheetCheck {
  const reject = (sheetHash: HashString | null, memberId: string | null, reason: string): SheetCheck => ({
    rejected: { fileHash, sheetHash, memberId, reason },
  });
  if (bytes.length > SHEET_MAX_BYTES) return reject(null, null, reasons.tooLarge(bytes.length));

  let doc: JsonObject;
  let isCanonical: boolean;
  try {
    ({ doc, canonical: isCanonical } = parseStrictJsonDocument(bytes));
  } catch (e) {
    return reject(null, null, reasons.notJson(messageOf(e)));
  }
  // One canonical serialization serves the document hash and the signed message; a file that is
  // already canonical (as Panelscore writes them) is its own canonical form.
  const forms = signedForms(doc, isCanonical ? bytes : undefined);
  const sheetHash = isCanonical ? fileHash : hashString(forms.document);
  const memberId = isIdentifier(doc.memberId) ? doc.memberId : null;
  const refuse = (reason: string): SheetCheck => reject(sheetHash, memberId, reason);

  if (typeof doc.format === 'string' && OTHER_DOCUMENTS.has(doc.format)) return refuse(reasons.notASheet(doc.format));
  const { exercise } = context;
  let sheet;
  try {
    sheet = parseScoreSheet(doc);
  } catch (e) {
    return refuse(reasons.invalidSheet(messageOf(e)));
  }
  if (sheet.exerciseId !== exercise.exerciseId) return refuse(reasons.otherExercise(sheet.exerciseId, exercise.exerciseId));
  if (sheet.exerciseHash !== context.exerciseHash) return refuse(reasons.otherPackageVersion());
  if (!context.panel.has(sheet.memberId)) return refuse(reasons.notOnPanel(sheet.memberId));
  // The scores are laid out in the same pass that checks the sheet fits the exercise; when it does
  // not, checkSheetAgainstExercise says why (and decides: it is the rule).
  let scores = fittedSheetScores(sheet, context.layout, exercise);
  if (scores === null) {
    try {
      checkSheetAgainstExercise(sheet, exercise);
    } catch (e) {
      return refuse(reasons.doesNotFitExercise(messageOf(e)));
    }
    scores = sheetScores(sheet, context.layout);
  }
  let publicKey: string;
  try {
    publicKey = base64UrlEncode(verifyDocumentSignature(doc, forms.unsigned).publicKey);
  } catch (e) {
    return refuse(reasons.badSignature(sheet.memberId, messageOf(e)));
  }

  const { keys } = context;
  const pinnedKey = keys.byMember.get(sheet.memberId);
  if (pinnedKey !== undefined && pinnedKey !== publicKey) return refuse(reasons.notPinnedKey(sheet.memberId, publicKey, pinnedKey));
  if (pinnedKey === undefined) {
    if (publicKey === keys.secretariat) return refuse(reasons.secretariatKey(sheet.memberId, publicKey));
    const owner = keys.owners.get(publicKey);
    if (owner !== undefined) return refuse(reasons.keyOfOtherMember(sheet.memberId, publicKey, owner));
  }
  return {
    accepted: {
      fileHash,
      sheetHash,
      memberId: sheet.memberId,
      revision: sheet.revision,
      publicKey,
      fingerprint: fingerprint(publicKey),
      pinned: pinnedKey !== undefined,
      scores,
    },
  };
}

/** The person-readable message of a FormatError; anything else is a bug and is rethrown. */
function messageOf(e: unknown): string {
  if (isFormatError(e)) return e.message;
  throw e;
}
