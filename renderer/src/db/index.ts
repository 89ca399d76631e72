// The renderer's data layer: the only module that touches Dexie. Screens use these
// functions and plain record types; nothing here leaks a Dexie table or transaction.

export { observeQuery, resetDatabase } from './connection';
export {
  WorkspaceError,
  getDocument,
  getExercise,
  getWorkspace,
  importExercise,
  listDocumentPaths,
  listWorkspaces,
  type ImportOutcome,
  type ImportStatus,
} from './exercises';
export { findBrokenLink, readEditLog } from './edit-log';
export { importMemberPackage, planMemberImport, type ImportPlan } from './member-import';
export { getExportedSheet, listExportedSheets, nextRevision, recordExportedSheet } from './exported-sheets';
export {
  declareRecusal,
  getMemberIdentity,
  readCandidateWork,
  readMemberWork,
  setComment,
  setEvidence,
  setMemberIdentity,
  setScore,
  withdrawRecusal,
  type CandidateWork,
  type MemberWork,
} from './member-work';
export type * from './records';
