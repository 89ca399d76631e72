// The Dexie database `panelscore` and its versioned schema. Every schema change adds
// a new entry to SCHEMA_VERSIONS (never edits an old one); tests/renderer/db.test.ts
// opens older versions and checks that data survives the upgrade.

import Dexie, { type Table, type Transaction } from 'dexie';
import type {
  CandidateNoteRecord,
  CollectedSheetRecord,
  DebriefRecord,
  DocumentRecord,
  EditLogRecord,
  ExerciseRecord,
  ExportedSheetRecord,
  ScoreRecord,
  SettingRecord,
  TrustRecord,
  WorkspaceRecord,
} from './records';

export const DATABASE_NAME = 'panelscore';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Every schema the app has shipped, oldest first. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      workspaces: 'id, role, exerciseId, updatedAt',
      exercises: 'workspaceId, exerciseId, exerciseHash',
      documents: '[workspaceId+path], workspaceId',
      scores: '[workspaceId+candidateId+criterionId], workspaceId, [workspaceId+candidateId]',
      candidateNotes: '[workspaceId+candidateId], workspaceId',
      editLog: '++seq, workspaceId, [workspaceId+seq]',
      exportedSheets: '[workspaceId+revision], workspaceId',
      sheets: '[workspaceId+fileHash], workspaceId, memberId',
      trust: '[workspaceId+memberId], workspaceId',
      debrief: 'workspaceId',
      settings: 'key',
    },
  },
];

export class PanelscoreDatabase extends Dexie {
  workspaces!: Table<WorkspaceRecord, string>;
  exercises!: Table<ExerciseRecord, string>;
  documents!: Table<DocumentRecord, [string, string]>;
  scores!: Table<ScoreRecord, [string, string, string]>;
  candidateNotes!: Table<CandidateNoteRecord, [string, string]>;
  editLog!: Table<EditLogRecord, number>;
  exportedSheets!: Table<ExportedSheetRecord, [string, number]>;
  sheets!: Table<CollectedSheetRecord, [string, string]>;
  trust!: Table<TrustRecord, [string, string]>;
  debrief!: Table<DebriefRecord, string>;
  settings!: Table<SettingRecord, string>;

  /** `versions` lets the migration test open the database as an older release did. */
  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    // 'strict': a transaction reports complete only once the data is flushed to disk, so
    // "Saved" on screen survives a crash or a power cut, not just a closed window.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
