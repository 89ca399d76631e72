// The merge view: core's merge of the accepted sheets as the panel will see it (ranking,
// competencies, divergences, recusals, reliability) and the two exports that make it checkable.

import { useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n';
import type { CollectedSheetRecord, ExerciseRecord } from '../../db';
import { startDebriefFromSecretariat } from '../../db/debrief-start';
import { recordExport } from '../../db/retention';
import { loadPackageDocuments } from '../../db/secretariat-sheets';
import { platform } from '../../platform';
import { useNavigation } from '../../state';
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
  const t = useT();
  const { exercise } = record;
  const { decision } = merge;
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const names = mergeInputNames(exercise.exerciseId);
  const unpinned = decision.inputs.filter((i) => !i.pinned);
  const { openRole } = useNavigation();

  async function save(run: () => Promise<{ name: string; bytes: Uint8Array; what: string; extension: string }>) {
    try {
      const file = await run();
      const result = await platform().saveFile(file.name, file.bytes, [{ name: file.what, extensions: [file.extension] }]);
      if (result.saved) await recordExport(record.workspaceId, t('secretariat.merge.saved', { what: file.what, name: file.name }));
      setNotice(result.saved ? { error: false, text: t('secretariat.merge.saved', { what: file.what, name: file.name }) } : null);
    } catch (error) {
      setNotice({ error: true, text: t('secretariat.merge.exportFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  }
  const exportDecision = () =>
    void save(() => Promise.resolve({ name: names.decision, bytes: decisionBytes(decision), what: t('secretariat.merge.decisionFile'), extension: 'json' }));
  const exportInputs = () =>
    void save(async () => {
      const documents = await loadPackageDocuments(record.workspaceId);
      const bytes = mergeInputsZip({ exercise, documents, sheets, trust: merge.trust, decision });
      return { name: `${names.folder}.zip`, bytes, what: t('secretariat.merge.inputsFile'), extension: 'zip' };
    });
  // The secretariat drives the meeting's screen: the debrief gets this exercise with the sheets and keys collected here.
  const openDebrief = () =>
    void startDebriefFromSecretariat(exercise.exerciseId).then(
      () => openRole('debrief', exercise.exerciseId),
      (error: unknown) => setNotice({ error: true, text: t('secretariat.merge.debriefFailed', { message: error instanceof Error ? error.message : String(error) }) }),
    );

  return (
    <section className="merge" aria-labelledby="merge-title">
      <div className="merge__head">
        <h2 id="merge-title" className="section__title">
          {t('secretariat.merge.title')}
        </h2>
        <div className="merge__exports">
          <button type="button" className="button" onClick={exportDecision}>
            {t('secretariat.merge.exportDecision')}
          </button>
          <button type="button" className="button" onClick={exportInputs}>
            {t('secretariat.merge.exportInputs')}
          </button>
          <button type="button" className="button button--primary" onClick={openDebrief}>
            {t('secretariat.merge.openDebrief')}
          </button>
        </div>
      </div>
      <p className="hint">
        {decision.rejected.length > 0
          ? t('secretariat.merge.inputsAndRejected', { count: decision.inputs.length, rejected: t('secretariat.merge.rejected', { count: decision.rejected.length }) })
          : t('secretariat.merge.inputs', { count: decision.inputs.length })}{' '}
        <Trans i18nKey="secretariat.merge.explain" components={{ code: <code /> }} />
      </p>
      {unpinned.length > 0 && (
        <p className="alert alert--warning">
          {t('secretariat.merge.unpinned', { count: unpinned.length, keys: unpinned.map((i) => `${i.memberId}: ${i.fingerprint}`).join('; ') })}
        </p>
      )}
      {notice && (
        <p className={notice.error ? 'alert alert--error' : 'alert alert--info'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {decision.inputs.length === 0 ? (
        <p className="alert alert--info">{t('secretariat.merge.noneYet')}</p>
      ) : (
        <>
          <h3>{t('secretariat.merge.ranking')}</h3>
          <RankingTable exercise={exercise} decision={decision} />
          <h3>{t('secretariat.merge.reliability')}</h3>
          <ReliabilityList reliability={decision.reliability} />
          <h3>{t('secretariat.merge.byCompetency')}</h3>
          <CriteriaBreakdown exercise={exercise} decision={decision} />
          <DivergencesAndRecusals exercise={exercise} decision={decision} recusalReasons={merge.recusalReasons} />
        </>
      )}
    </section>
  );
}
