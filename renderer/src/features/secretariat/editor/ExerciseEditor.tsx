// The exercise editor: general facts, the scale, then competencies, candidates and panel.
// Every change is checked at once with the rules core applies when a member imports it.

import { formatPoint } from '../../../app/exercise/scale-text';
import { CandidatesEditor } from './CandidatesEditor';
import { CriteriaEditor } from './CriteriaEditor';
import { type ExerciseDraft, SCALE_PRESETS, type ScalePreset, parseNumber, slugOf } from './draft';
import { PanelEditor } from './PanelEditor';
import { ScaleEditor } from './ScaleEditor';
import { draftProblem } from './validate';
import { useT } from '../../../i18n';

interface Props {
  draft: ExerciseDraft;
  onChange: (draft: ExerciseDraft) => void;
  /** Goes on to the summary page; offered only when the draft is valid. */
  onReview: () => void;
  /** True when the exercise id is fixed (re-issue of an exercise already issued). */
  fixedId?: boolean;
  heading: string;
}

/** Edits one exercise draft. */
export function ExerciseEditor({ draft, onChange, onReview, fixedId = false, heading }: Props) {
  const t = useT();
  const problem = draftProblem(draft);
  const set = (change: Partial<ExerciseDraft>) => onChange({ ...draft, ...change });
  const autoId = !fixedId && (draft.exerciseId === '' || draft.exerciseId === slugOf(draft.title));
  const setPreset = (preset: ScalePreset) => set({ scalePreset: preset, scale: { ...SCALE_PRESETS[preset], labels: { ...SCALE_PRESETS[preset].labels } } });
  const threshold = parseNumber(draft.divergenceThreshold);
  return (
    <div className="editor">
      <h1 className="page__title">{heading}</h1>
      <p className="hint">{t('secretariat.editor.saved')}</p>
      <div className={problem ? 'editor__status alert alert--warning' : 'editor__status alert alert--info'} role="status" aria-live="polite">
        {problem ? (
          <>
            <strong>{t('secretariat.editor.notReady')}</strong> {problem}
          </>
        ) : (
          t('secretariat.editor.ready')
        )}
        <button type="button" className="button button--primary" disabled={problem !== null} onClick={onReview}>
          {t('secretariat.editor.review')}
        </button>
      </div>
      <section className="editor__section" aria-labelledby="editor-general">
        <h2 id="editor-general">{t('secretariat.editor.general')}</h2>
        <div className="editor__row">
          <label className="editor__field editor__field--wide">
            {t('secretariat.editor.title')}
            <input value={draft.title} onChange={(e) => set({ title: e.target.value, ...(autoId ? { exerciseId: slugOf(e.target.value) } : {}) })} />
          </label>
          <label className="editor__field">
            {t('app.exercise.exerciseId')}
            <input value={draft.exerciseId} readOnly={fixedId} onChange={(e) => set({ exerciseId: e.target.value })} />
          </label>
        </div>
        <label className="editor__field">
          {t('secretariat.editor.description')}
          <textarea rows={3} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
        </label>
        <label className="editor__field">
          {t('secretariat.editor.secretariatName')}
          <input value={draft.secretariatName} onChange={(e) => set({ secretariatName: e.target.value })} />
        </label>
      </section>
      <section className="editor__section" aria-labelledby="editor-scale">
        <h2 id="editor-scale">{t('app.exercise.scale')}</h2>
        <ScaleEditor preset={draft.scalePreset} scale={draft.scale} onPreset={setPreset} onScale={(scale) => set({ scale })} />
        <label className="editor__field editor__field--narrow">
          {t('secretariat.editor.threshold')}
          <input inputMode="decimal" value={draft.divergenceThreshold} onChange={(e) => set({ divergenceThreshold: e.target.value })} />
        </label>
        <p className="hint">
          {threshold !== null && threshold > 0
            ? t('secretariat.editor.thresholdHint', { threshold: formatPoint(threshold) })
            : t('secretariat.editor.thresholdPositive')}
        </p>
      </section>
      <CriteriaEditor criteria={draft.criteria} scale={draft.scale} onChange={(criteria) => set({ criteria })} />
      <CandidatesEditor candidates={draft.candidates} onChange={(candidates) => set({ candidates })} />
      <PanelEditor panel={draft.panel} onChange={(panel) => set({ panel })} />
    </div>
  );
}
