// The shortlist: each candidate's summary, dossier fields and documents. Documents are
// the verified bytes from the package; a copy can be saved to read in another program.

import { useState } from 'react';
import type { Candidate, CandidateDocument } from '../../../../core/types';
import { getDocument } from '../../db';
import { platform } from '../../platform';
import { baseName, formatBytes } from '../format';
import { describeError } from '../use-live-query';
import { useT } from '../../i18n';

/** The candidates of the exercise. */
export function CandidatesSection({ workspaceId, candidates }: { workspaceId: string; candidates: Candidate[] }) {
  const t = useT();
  return (
    <section className="exercise__section" aria-labelledby="exercise-candidates">
      <h2 id="exercise-candidates">{t('app.exercise.candidates', { count: candidates.length })}</h2>
      <ul className="candidates">
        {candidates.map((candidate) => (
          <li key={candidate.id} className="candidate">
            <h3 className="candidate__name">{candidate.name}</h3>
            {candidate.summary && <p className="candidate__summary">{candidate.summary}</p>}
            {candidate.fields && Object.keys(candidate.fields).length > 0 && (
              <dl className="candidate__fields">
                {Object.entries(candidate.fields).map(([name, value]) => (
                  <div key={name}>
                    <dt>{name}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            )}
            {candidate.documents && candidate.documents.length > 0 && (
              <ul className="documents" aria-label={t('app.exercise.documentsOf', { name: candidate.name })}>
                {candidate.documents.map((doc) => (
                  <DocumentItem key={doc.path} workspaceId={workspaceId} document={doc} owner={candidate.name} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DocumentItem({ workspaceId, document, owner }: { workspaceId: string; document: CandidateDocument; owner: string }) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const name = baseName(document.path);
  const save = async () => {
    setProblem(null);
    try {
      const stored = await getDocument(workspaceId, document.path);
      if (!stored) {
        setProblem(t('app.exercise.documentMissing', { name }));
        return;
      }
      const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
      await platform().saveFile(name, stored.bytes, extension ? [{ name: stored.mediaType, extensions: [extension] }] : []);
    } catch (error) {
      setProblem(t('app.exercise.saveFailed', { name, message: describeError(error) }));
    }
  };
  return (
    <li className="document">
      <span className="document__name">{name}</span>
      <span className="document__meta">{formatBytes(document.size)}</span>
      <button type="button" className="button button--small" onClick={() => void save()} aria-label={t('app.exercise.saveCopyOf', { name, owner })}>
        {t('app.exercise.saveCopy')}
      </button>
      {problem && (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
