// A candidate's dossier as the package carries it: summary, fields and documents. PDFs
// open inside the app (pdf.js, hardened); other documents can be saved to disk.

import { Suspense, lazy, useCallback, useState } from 'react';
import type { Candidate, CandidateDocument } from '../../../../core/types';
import { baseName, formatBytes } from '../../app/format';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import { getDocument } from '../../db';
import { platform } from '../../platform';
import { useT } from '../../i18n';
import './dossier.css';

// pdf.js is large: it loads only when a PDF is opened.
const PdfViewer = lazy(() => import('./PdfViewer').then((m) => ({ default: m.PdfViewer })));

interface Props {
  workspaceId: string;
  candidate: Candidate;
}

/** The dossier of one candidate. */
export function Dossier({ workspaceId, candidate }: Props) {
  const t = useT();
  const documents = candidate.documents ?? [];
  const [openPath, setOpenPath] = useState<string | null>(documents.find(isPdf)?.path ?? null);
  const fields = Object.entries(candidate.fields ?? {});
  const open = documents.find((d) => d.path === openPath);

  return (
    <section className="dossier" aria-labelledby="dossier-title">
      <h2 id="dossier-title" className="section__title">
        {t('dossier.title', { name: candidate.name })}
      </h2>
      {candidate.summary && <p>{candidate.summary}</p>}
      {fields.length > 0 && (
        <dl className="dossier__fields">
          {fields.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {documents.length === 0 ? (
        <p className="muted">{t('dossier.noDocuments', { name: candidate.name })}</p>
      ) : (
        <ul className="dossier__documents" aria-label={t('app.exercise.documentsOf', { name: candidate.name })}>
          {documents.map((doc) => (
            <DocumentRow
              key={doc.path}
              workspaceId={workspaceId}
              document={doc}
              isOpen={doc.path === openPath}
              onOpen={() => setOpenPath(doc.path)}
            />
          ))}
        </ul>
      )}
      {open && isPdf(open) && <OpenDocument workspaceId={workspaceId} document={open} />}
    </section>
  );
}

function isPdf(doc: CandidateDocument): boolean {
  return doc.mediaType === 'application/pdf';
}

interface RowProps {
  workspaceId: string;
  document: CandidateDocument;
  isOpen: boolean;
  onOpen: () => void;
}

function DocumentRow({ workspaceId, document: doc, isOpen, onOpen }: RowProps) {
  const t = useT();
  const [saveError, setSaveError] = useState<string | null>(null);
  const name = baseName(doc.path);
  const save = async () => {
    setSaveError(null);
    try {
      const stored = await getDocument(workspaceId, doc.path);
      if (!stored)
        throw new Error(t('dossier.missingReason'));
      await platform().saveFile(name, stored.bytes, [
        { name: doc.mediaType, extensions: [name.split('.').pop() ?? ''] },
      ]);
    } catch (error) {
      setSaveError(t('dossier.saveFailed', { name, message: describeError(error) }));
    }
  };
  return (
    <li className="dossier__document">
      <span className="dossier__document-name">{name}</span>
      <span className="muted">
        {t('dossier.meta', { type: doc.mediaType, size: formatBytes(doc.size) })}
      </span>
      {isPdf(doc) && (
        <button type="button" className="button button--small" aria-pressed={isOpen} onClick={onOpen}>
          {isOpen ? t('dossier.showing', { name }) : t('dossier.read', { name })}
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => void save()}>
        {t('dossier.saveCopy', { name })}
      </button>
      {saveError && (
        <p className="alert alert--error" role="alert">
          {saveError}
        </p>
      )}
    </li>
  );
}

function OpenDocument({ workspaceId, document: doc }: { workspaceId: string; document: CandidateDocument }) {
  const stored = useLiveQuery(
    useCallback(async () => (await getDocument(workspaceId, doc.path)) ?? null, [workspaceId, doc.path]),
  );
  const t = useT();
  const name = baseName(doc.path);
  if (stored.status === 'loading') return <p role="status">{t('dossier.opening', { name })}</p>;
  if (stored.status === 'error' || stored.value === null) {
    return (
      <p className="alert alert--error" role="alert">
        {t('dossier.missing', { name })}
      </p>
    );
  }
  return (
    <Suspense fallback={<p role="status">{t('dossier.loadingViewer')}</p>}>
      <PdfViewer key={doc.path} bytes={stored.value.bytes} title={name} />
    </Suspense>
  );
}
