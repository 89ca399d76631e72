// The rubric editor: one card per competency with its weight's share of the total, its
// indicators, anchor text for every scale point and interview questions; reorder with ↑ ↓.

import { scalePoints } from '../../../../../core/formats/scale';
import type { CriterionKind, Scale } from '../../../../../core/types';
import { formatPoint, textForPoint } from '../../../app/exercise/scale-text';
import { useT } from '../../../i18n';
import { type CriterionDraft, move, newCriterion, slugOf, templateCriteria, weightShares } from './draft';

const KINDS: readonly CriterionKind[] = ['core', 'functional', 'technical'];

interface Props {
  criteria: CriterionDraft[];
  scale: Scale;
  onChange: (criteria: CriterionDraft[]) => void;
}

function pointsOf(scale: Scale): number[] {
  try {
    return scalePoints(scale);
  } catch {
    return [];
  }
}

// A new competency's id follows its name (leadership, policy-analysis) until someone edits the id.
function followName(c: CriterionDraft, name: string, all: readonly CriterionDraft[]): Partial<CriterionDraft> {
  const auto = /^criterion-\d+$/.test(c.id) || c.id === slugOf(c.name);
  const slug = slugOf(name);
  if (!auto || slug === '' || all.some((other) => other !== c && other.id === slug)) return {};
  return { id: slug };
}

/** Edits the list of criteria. */
export function CriteriaEditor({ criteria, scale, onChange }: Props) {
  const t = useT();
  const shares = weightShares(criteria);
  const points = pointsOf(scale);
  const update = (index: number, change: Partial<CriterionDraft>) =>
    onChange(criteria.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <section className="editor__section" aria-labelledby="editor-criteria">
      <h2 id="editor-criteria">{t('editor.criteria.title', { count: criteria.length })}</h2>
      {criteria.length === 0 && (
        <div className="editor__empty">
          <p>{t('editor.criteria.emptyHint')}</p>
          <button type="button" className="button" onClick={() => onChange(templateCriteria())}>
            {t('editor.criteria.fromTemplate')}
          </button>
        </div>
      )}
      <ol className="editor__list">
        {criteria.map((c, i) => {
          const label = c.name.trim() || t('editor.criteria.competencyN', { n: i + 1 });
          const share = shares[i];
          return (
            <li key={i} className="editor__card" aria-label={label}>
              <h3 className="editor__card-title">{t('editor.criteria.competencyN', { n: i + 1 })}</h3>
              <div className="editor__row">
                <label className="editor__field editor__field--wide">
                  {t('editor.criteria.name')}
                  <input value={c.name} onChange={(e) => update(i, { name: e.target.value, ...followName(c, e.target.value, criteria) })} />
                </label>
                <label className="editor__field">
                  {t('editor.criteria.id')}
                  <input value={c.id} onChange={(e) => update(i, { id: e.target.value })} />
                </label>
                <label className="editor__field">
                  {t('editor.criteria.kind')}
                  <select value={c.kind} onChange={(e) => update(i, { kind: e.target.value as CriterionKind })}>
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`editor.criteria.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="editor__field editor__field--narrow">
                  {t('editor.criteria.weight')}
                  <input inputMode="decimal" value={c.weight} onChange={(e) => update(i, { weight: e.target.value })} />
                </label>
                <output className="editor__share" aria-label={t('editor.criteria.shareOf', { name: label })}>
                  {share === null ? '—' : `${formatPoint(Math.round(share * 10) / 10)} %`}
                </output>
              </div>
              <label className="editor__field">
                {t('editor.criteria.description')}
                <textarea rows={2} value={c.description} onChange={(e) => update(i, { description: e.target.value })} />
              </label>
              <div className="editor__row">
                <label className="editor__field editor__field--wide">
                  {t('editor.criteria.indicators')}
                  <textarea rows={3} value={c.indicators} onChange={(e) => update(i, { indicators: e.target.value })} />
                </label>
                <label className="editor__field editor__field--wide">
                  {t('editor.criteria.questions')}
                  <textarea rows={3} value={c.questions} onChange={(e) => update(i, { questions: e.target.value })} />
                </label>
              </div>
              {points.length > 0 && (
                <fieldset className="editor__anchors">
                  <legend>{t('editor.criteria.anchors')}</legend>
                  {points.map((point) => {
                    const key = formatPoint(point);
                    return (
                      <label key={key} className="editor__anchor">
                        <span>
                          {key}
                          {textForPoint(scale.labels, point) ? ` · ${textForPoint(scale.labels, point)}` : ''}
                        </span>
                        <input
                          aria-label={t('editor.criteria.anchorFor', { point: key })}
                          value={textForPoint(c.anchors, point) ?? ''}
                          onChange={(e) => update(i, { anchors: { ...c.anchors, [key]: e.target.value } })}
                        />
                      </label>
                    );
                  })}
                </fieldset>
              )}
              <div className="editor__actions">
                <button type="button" className="button button--small" disabled={i === 0} onClick={() => onChange(move(criteria, i, -1))}>
                  {t('editor.criteria.moveUp')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={i === criteria.length - 1}
                  onClick={() => onChange(move(criteria, i, 1))}
                >
                  {t('editor.criteria.moveDown')}
                </button>
                <button type="button" className="button button--small" onClick={() => onChange(criteria.filter((_, j) => j !== i))}>
                  {t('editor.criteria.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...criteria, newCriterion(criteria)])}>
        {t('editor.criteria.add')}
      </button>
    </section>
  );
}
