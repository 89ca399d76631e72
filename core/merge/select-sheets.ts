// Step 3 of the merge (formats.md §5): copies count once, the key rules for unpinned members,
// then the newest revision per member, with equal newest revisions rejected as a conflict.
import type { Base64Url, DecisionRejection, HashString } from '../types';
import { reasons } from './reasons';
import type { SheetScores } from './score-table';

/** A distinct file that passed the checks of §3.2 (step 2). */
export interface AcceptedSheet {
  fileHash: HashString;
  sheetHash: HashString;
  memberId: string;
  revision: number;
  /** The signing key, base64url (canonical, so string equality is byte equality). */
  publicKey: Base64Url;
  /** fingerprint(publicKey), as the decision record lists it. */
  fingerprint: string;
  /** The member's key is pinned in the package or the trust file. */
  pinned: boolean;
  /** The sheet's scores, laid out on the exercise. */
  scores: SheetScores;
}

/** The one sheet kept per member (sorted by memberId), and the sheets step 3 rejected. */
export interface SheetSelection {
  inputs: AcceptedSheet[];
  rejected: DecisionRejection[];
}

interface Document {
  sheet: AcceptedSheet;
  fileHashes: HashString[];
}

/** Applies §5 step 3 to the accepted files; the result does not depend on their order. */
export function selectSheets(accepted: readonly AcceptedSheet[]): SheetSelection {
  const documents = new Map<HashString, Document>();
  for (const sheet of accepted) {
    const doc = documents.get(sheet.sheetHash);
    if (doc) doc.fileHashes.push(sheet.fileHash);
    else documents.set(sheet.sheetHash, { sheet, fileHashes: [sheet.fileHash] });
  }

  const rejected: DecisionRejection[] = [];
  const reject = (doc: Document, reason: string): void => {
    for (const fileHash of doc.fileHashes) {
      rejected.push({ fileHash, sheetHash: doc.sheet.sheetHash, memberId: doc.sheet.memberId, reason });
    }
  };

  const byMember = new Map<string, Document[]>();
  for (const doc of keyRules(documents, reject)) {
    const list = byMember.get(doc.sheet.memberId);
    if (list) list.push(doc);
    else byMember.set(doc.sheet.memberId, [doc]);
  }

  const inputs: AcceptedSheet[] = [];
  for (const [memberId, docs] of byMember) {
    const newest = Math.max(...docs.map((d) => d.sheet.revision));
    const candidates = docs.filter((d) => d.sheet.revision === newest);
    if (candidates.length === 1) inputs.push(candidates[0].sheet);
    else for (const doc of candidates) reject(doc, reasons.conflict(memberId, newest));
  }
  inputs.sort((a, b) => compare(a.memberId, b.memberId));
  return { inputs, rejected };
}

/**
 * The two key rules, decided together on every document (superseded revisions included):
 * an unpinned member with more than one key, and a key used by more than one unpinned member,
 * lose all the sheets concerned. Returns the documents that survive.
 */
function keyRules(documents: Map<HashString, Document>, reject: (doc: Document, reason: string) => void): Document[] {
  const keysOfMember = new Map<string, Set<Base64Url>>();
  const membersOfKey = new Map<Base64Url, Set<string>>();
  for (const { sheet } of documents.values()) {
    if (sheet.pinned) continue;
    addTo(keysOfMember, sheet.memberId, sheet.publicKey);
    addTo(membersOfKey, sheet.publicKey, sheet.memberId);
  }

  const survivors: Document[] = [];
  for (const doc of documents.values()) {
    const { sheet } = doc;
    const problems: string[] = [];
    if (!sheet.pinned) {
      const keys = keysOfMember.get(sheet.memberId)!;
      if (keys.size > 1) problems.push(reasons.severalKeys(sheet.memberId, [...keys]));
      const members = membersOfKey.get(sheet.publicKey)!;
      if (members.size > 1) problems.push(reasons.sharedKey(sheet.publicKey, [...members].sort(compare)));
    }
    if (problems.length === 0) survivors.push(doc);
    else reject(doc, problems.join('; and '));
  }
  return survivors;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Plain code-unit order (identifiers are ASCII): the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
