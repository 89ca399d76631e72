// The live merge of a secretariat workspace: watches the collected files and confirmed keys in
// IndexedDB and merges again whenever either changes (a sheet arriving, a key confirmed).

import { useCallback, useMemo, useState } from 'react';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import type { CollectedSheetRecord, ExerciseRecord, TrustRecord } from '../../db';
import { loadCollectionReusing } from '../../db/secretariat-sheets';
import { type CollectionMerge, createMergeMemo, mergeCollection } from './collection-merge';

export type LiveMerge =
  | { status: 'loading' }
  | { status: 'error'; message: string; confirmed: TrustRecord[] }
  | { status: 'ready'; merge: CollectionMerge; confirmed: TrustRecord[]; sheets: CollectedSheetRecord[] };

/** The merge of everything collected for `record`'s workspace, kept up to date. */
export function useCollectionMerge(record: ExerciseRecord): LiveMerge {
  const { workspaceId } = record;
  // Files already read are not read again: a new sheet costs reading that sheet only.
  const [known] = useState(() => new Map<string, CollectedSheetRecord>());
  const collection = useLiveQuery(useCallback(() => loadCollectionReusing(workspaceId, known), [workspaceId, known]));
  // Files already checked against the same package and keys are not checked again: re-merging
  // after one more sheet checks that sheet only (the memo starts afresh when either changes).
  const [memo] = useState(createMergeMemo);
  return useMemo((): LiveMerge => {
    if (collection.status === 'loading') return { status: 'loading' };
    if (collection.status === 'error') return { status: 'error', message: `The collected score sheets could not be read from this computer’s storage: ${describeError(collection.error)}`, confirmed: [] };
    const { sheets, trust } = collection.value;
    try {
      return { status: 'ready', merge: mergeCollection(record, sheets, trust, memo), confirmed: trust, sheets };
    } catch (error) {
      return {
        status: 'error',
        message: `The merge stopped because of the fingerprints confirmed on this computer: ${describeError(error)} Withdraw the confirmation that is wrong and merge again.`,
        confirmed: trust,
      };
    }
  }, [collection, record, memo]);
}
