// The merge view: core's merge of the accepted sheets as the panel will see it (ranking,
// competencies, divergences, recusals, reliability) and the two exports that make it checkable.

import { useState } from 'react';
import { countOf } from '../../app/format';
import type { CollectedSheetRecord, ExerciseRecord } from '../../db';
import { loadPackageDocuments } from '../../db/secretariat-sheets';
import { platform } from '../../platform';
import type { CollectionMerge } from './collection-merge';
import { CriteriaBreakdown } from './CriteriaBreakdown';
import { DivergencesAndRecusals } from './DivergencesAndRecusals';
import { decisionBytes, mergeInputNames, mergeInputsZip } from './merge-export';
import { RankingTable } from './RankingTable';
import { ReliabilityList } from './ReliabilityList';

interface Props {
  record: ExerciseRecord;
  merge: CollectionMerge;
  sheets: CollectedSheetRecord[];
}

/** Ranking, breakdown, divergences, recusals and reliability of the current merge, with exports. */
export function MergeView({ record, merge, sheets }: Props) {
  const { exercise } = record;
  const { decision } = merge;
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const names = mergeInputNames(exercise.exerciseId);
  const unpinned = decision.inputs.filter((i) => !i.pinned);

  async function save(run: () => Promise<{ name: string; bytes: Uint8Array; what: string; extension: string }>) {
    try {
      const file = await run();
      const result = await platform().saveFile(file.name, file.bytes, [{ name: file.what, extensions: [file.extension] }]);
      setNotice(result.saved ? { error: false, text: `${file.what} saved as ${file.name}.` } : null);
    } catch (error) {
      setNotice({ error: true, text: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  const exportDecision = () =>
    void save(() => Promise.resolve({ name: names.decision, bytes: decisionBytes(decision), what: 'Draft decision record', extension: 'json' }));
  const exportInputs = () =>
    void save(async () => {
      const documents = await loadPackageDocuments(record.workspaceId);
      const bytes = mergeInputsZip({ exercise, documents, sheets, trust: merge.trust, decision });
      return { name: `${names.folder}.zip`, bytes, what: 'Merge inputs', extension: 'zip' };
    });

  return (
    <section className="merge" aria-labelledby="merge-title">
      <div className="merge__head">
        <h2 id="merge-title" className="section__title">
          Merged result
        </h2>
        <div className="merge__exports">
          <button type="button" className="button" onClick={exportDecision}>
            Export draft decision record
          </button>
          <button type="button" className="button" onClick={exportInputs}>
            Export merge inputs (ZIP)
          </button>
        </div>
      </div>
      <p className="hint">
        {countOf(decision.inputs.length, 'score sheet')} in the merge
        {decision.rejected.length > 0 && `, ${countOf(decision.rejected.length, 'file')} rejected`}. The merge runs again as soon as a
        sheet arrives or a key is confirmed. The merge-inputs ZIP holds the package, every collected file, the confirmed keys and this
        draft, with the <code>panelscore merge</code> command that re-checks it.
      </p>
      {unpinned.length > 0 && (
        <p className="alert alert--warning">
          {unpinned.length === 1 ? 'One sheet is' : `${unpinned.length} sheets are`} signed by a key nobody has confirmed yet (
          {unpinned.map((i) => `${i.memberId}: ${i.fingerprint}`).join('; ')}). Confirm the fingerprint with the member under “Score
          sheets” before the debrief relies on it.
        </p>
      )}
      {notice && (
        <p className={notice.error ? 'alert alert--error' : 'alert alert--info'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {decision.inputs.length === 0 ? (
        <p className="alert alert--info">No score sheet has been accepted yet: collect the members’ sheets under “Score sheets”.</p>
      ) : (
        <>
          <h3>Ranking</h3>
          <RankingTable exercise={exercise} decision={decision} />
          <h3>Reliability</h3>
          <ReliabilityList reliability={decision.reliability} />
          <h3>Scores by competency</h3>
          <CriteriaBreakdown exercise={exercise} decision={decision} />
          <DivergencesAndRecusals exercise={exercise} decision={decision} recusalReasons={merge.recusalReasons} />
        </>
      )}
    </section>
  );
}
