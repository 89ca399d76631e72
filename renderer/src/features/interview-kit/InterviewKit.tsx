// The printable interview kit for one candidate: the rubric (descriptions, indicators, an anchor
// for every scale point), the questions, and room for handwritten notes and a score per competency.

import type { Candidate, Exercise } from '../../../../core/types';
import { type KitCriterion, kitGroups } from './kit-model';
import { useT } from '../../i18n';

const NOTE_LINES = 6;

/** The kit as a document; interview-kit.css lays it out for A4 with a page per competency group. */
export function InterviewKit({ exercise, candidate }: { exercise: Exercise; candidate: Candidate }) {
  const t = useT();
  const groups = kitGroups(exercise);
  return (
    <article className="interview-kit" aria-labelledby="interview-kit-title">
      <header className="interview-kit__cover">
        <p className="interview-kit__exercise">{exercise.title}</p>
        <h1 id="interview-kit-title" className="interview-kit__title">
          {t('kit.title', { name: candidate.name })}
        </h1>
        {candidate.summary && <p>{candidate.summary}</p>}
        <p className="interview-kit__fill">
          {t('kit.panelMember')} <span className="interview-kit__blank" /> {t('kit.date')} <span className="interview-kit__blank interview-kit__blank--short" />
        </p>
        <p className="interview-kit__hint">
          {t('kit.hint')}
        </p>
      </header>
      {groups.map((group) => (
        // A layout table: its header repeats the candidate's name at the top of every printed page of the group.
        <table key={group.kind} className="interview-kit__group" role="presentation">
          <thead>
            <tr>
              <td className="interview-kit__running-head">
                <span className="interview-kit__candidate">{candidate.name}</span> · {exercise.title} · {group.title}
              </td>
            </tr>
          </thead>
          <tbody>
            {group.criteria.map((item, index) => (
              <tr key={item.criterion.id}>
                <td>
                  {/* In the first competency's cell, so the group title never ends a page alone. */}
                  <div className="interview-kit__keep">
                    {index === 0 && <h2 className="interview-kit__group-title">{group.title}</h2>}
                    <CriterionSheet item={item} candidateName={candidate.name} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <section className="interview-kit__closing" aria-labelledby="kit-overall">
        <h2 id="kit-overall" className="interview-kit__group-title">
          {t('kit.overall', { name: candidate.name })}
        </h2>
        <NoteLines label={t('kit.overall', { name: candidate.name })} />
        <p className="interview-kit__fill">
          {t('kit.signature')} <span className="interview-kit__blank" />
        </p>
      </section>
    </article>
  );
}

function CriterionSheet({ item, candidateName }: { item: KitCriterion; candidateName: string }) {
  const t = useT();
  const { criterion, points } = item;
  const titleId = `kit-criterion-${criterion.id}`;
  return (
    <section className="interview-kit__criterion" aria-labelledby={titleId}>
      <h3 id={titleId} className="interview-kit__criterion-title">
        {criterion.name} <span className="interview-kit__weight">{t('kit.weight', { weight: criterion.weight })}</span>
      </h3>
      {criterion.description && <p>{criterion.description}</p>}
      {criterion.indicators && criterion.indicators.length > 0 && (
        <>
          <h4 className="interview-kit__label">{t('kit.indicators')}</h4>
          <ul>
            {criterion.indicators.map((indicator) => (
              <li key={indicator}>{indicator}</li>
            ))}
          </ul>
        </>
      )}
      <table className="interview-kit__anchors">
        <caption>{t('kit.anchorsCaption', { name: criterion.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kit.score')}</th>
            <th scope="col">{t('kit.looksLike')}</th>
            <th scope="col">{t('kit.tick')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.point}>
              <th scope="row">
                {point.point}
                {point.label && <span className="interview-kit__point-label"> {point.label}</span>}
              </th>
              <td>{point.anchor ?? t('kit.noAnchor')}</td>
              <td aria-label={t('kit.tickIf', { point: point.point })} className="interview-kit__tick">
                ☐
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="interview-kit__fill">
        {t('kit.scoreFor', { name: criterion.name })} <span className="interview-kit__blank interview-kit__blank--short" />
      </p>
      <h4 className="interview-kit__label">{t('kit.questions')}</h4>
      {criterion.questions && criterion.questions.length > 0 ? (
        <ol>
          {criterion.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      ) : (
        <p>{t('kit.noQuestion')}</p>
      )}
      <h4 className="interview-kit__label">{t('kit.notes')}</h4>
      <NoteLines label={t('kit.notesOn', { name: criterion.name, candidate: candidateName })} />
    </section>
  );
}

function NoteLines({ label }: { label: string }) {
  const t = useT();
  return (
    <div className="interview-kit__notes" role="img" aria-label={t('kit.handwriting', { label })}>
      {Array.from({ length: NOTE_LINES }, (_, line) => (
        <div key={line} className="interview-kit__note-line" />
      ))}
    </div>
  );
}
