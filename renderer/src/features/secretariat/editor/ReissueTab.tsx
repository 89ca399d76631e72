// "Edit and re-issue" in the secretariat workspace: the exercise as issued, opened in the
// editor with its documents, so keys can be pinned or the lists changed and signed again.

import { useState } from 'react';
import { getDocument } from '../../../db';
import type { ExerciseRecord } from '../../../db';
import { NEW_EXERCISE_SLOT } from '../../../db/secretariat-drafts';
import { useNavigation } from '../../../state';
import { emptyDraft } from './draft';
import { draftFromExercise } from './from-exercise';
import { ExerciseAuthoring } from './ExerciseAuthoring';
import { useT } from '../../../i18n';

/** The editor over an issued exercise. */
export function ReissueTab({ record, onIssued }: { record: ExerciseRecord; onIssued: () => void }) {
  const t = useT();
  const { openRole } = useNavigation();
  const [fresh, setFresh] = useState(false);
  if (fresh) {
    return (
      <ExerciseAuthoring
        slot={NEW_EXERCISE_SLOT}
        start={emptyDraft}
        onIssued={(result) => openRole('secretariat', result.exerciseId)}
        onClose={() => setFresh(false)}
      />
    );
  }
  const start = async () => {
    const documents = new Map<string, Uint8Array>();
    for (const candidate of record.exercise.candidates) {
      for (const doc of candidate.documents ?? []) {
        const stored = await getDocument(record.workspaceId, doc.path);
        if (stored) documents.set(doc.path, stored.bytes);
      }
    }
    return draftFromExercise(record.exercise, documents);
  };
  return (
    <ExerciseAuthoring
      key={record.exerciseHash}
      slot={record.workspaceId}
      start={start}
      previous={record.exercise}
      onIssued={onIssued}
      toolbar={
        <button type="button" className="button" onClick={() => setFresh(true)}>
          {t('app.start.newExercise')}
        </button>
      }
    />
  );
}
