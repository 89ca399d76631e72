// The dossier as a screen of the member workspace: the way back to scoring, then the dossier.

import type { Candidate } from '../../../../core/types';
import { Dossier } from './Dossier';
import { useT } from '../../i18n';

interface Props {
  workspaceId: string;
  candidate: Candidate;
  onBack: () => void;
  onList: () => void;
}

/** A candidate's dossier with navigation back to their scores or to the list. */
export function DossierScreen({ workspaceId, candidate, onBack, onList }: Props) {
  const t = useT();
  return (
    <article className="dossier-screen" aria-labelledby="dossier-screen-title">
      <nav className="scoring__nav" aria-label={t('member.candidates.title')}>
        <button type="button" className="link-button" onClick={onList}>
          {t('member.scoring.all')}
        </button>
        <button type="button" className="button button--small" onClick={onBack}>
          {t('dossier.back', { name: candidate.name })}
        </button>
      </nav>
      <h1 id="dossier-screen-title" className="page__title">
        {candidate.name}
      </h1>
      <Dossier workspaceId={workspaceId} candidate={candidate} />
    </article>
  );
}
