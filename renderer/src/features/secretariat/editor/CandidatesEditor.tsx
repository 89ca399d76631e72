// The candidate list: add by hand or from a CSV file, attach each candidate's documents
// (file picker or drag-and-drop), and tick the shortlist: only ticked candidates are issued.

import { type DragEvent, useState } from 'react';
import { utf8Decode } from '../../../../../core/encoding';
import { type OpenedFile, platform } from '../../../platform';
import { CsvImport } from './CsvImport';
import { type CandidateDraft, type DocumentDraftFile, freeId } from './draft';
import { formatBytes } from '../../../app/format';
import { useT } from '../../../i18n';

const DOCUMENT_EXTENSIONS = ['pdf', 'txt', 'md', 'png', 'jpg', 'jpeg'];

/** The media type a file name suggests (PDF first: dossiers are mostly PDFs). */
export function mediaTypeOf(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const known: Record<string, string> = {
    pdf: 'application/pdf',
    txt: 'text/plain',
    md: 'text/markdown',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
  };
  return known[ext] ?? 'application/octet-stream';
}

function toDocuments(files: OpenedFile[]): DocumentDraftFile[] {
  return files.map((f) => ({ name: f.name, mediaType: mediaTypeOf(f.name), bytes: f.bytes }));
}

interface Props {
  candidates: CandidateDraft[];
  onChange: (candidates: CandidateDraft[]) => void;
}

/** Edits the candidates. */
export function CandidatesEditor({ candidates, onChange }: Props) {
  const t = useT();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const update = (index: number, change: Partial<CandidateDraft>) => onChange(candidates.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const attach = (index: number, files: OpenedFile[]) => {
    const candidate = candidates[index];
    const names = new Set(candidate.documents.map((d) => d.name));
    update(index, { documents: [...candidate.documents.filter((d) => !files.some((f) => f.name === d.name)), ...toDocuments(files)] });
    if (files.some((f) => names.has(f.name))) setProblem(t('secretariat.candidates.replaced', { name: candidate.name || candidate.id }));
  };
  const pickDocuments = async (index: number) => attach(index, await platform().openFiles({ title: t('secretariat.candidates.chooseDocuments'), filters: [{ name: t('secretariat.candidates.documents'), extensions: DOCUMENT_EXTENSIONS }], multiple: true }));
  const onDrop = async (index: number, event: DragEvent) => {
    event.preventDefault();
    const files = await Promise.all([...event.dataTransfer.files].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    attach(index, files);
  };
  const pickCsv = async () => {
    setProblem(null);
    const [file] = await platform().openFiles({ title: t('secretariat.candidates.chooseCsv'), filters: [{ name: t('secretariat.candidates.csvFile'), extensions: ['csv', 'txt'] }], multiple: false });
    if (!file) return;
    try {
      setCsv({ name: file.name, text: utf8Decode(file.bytes) });
    } catch {
      setProblem(t('secretariat.candidates.notUtf8', { name: file.name }));
    }
  };
  const shortlisted = candidates.filter((c) => c.shortlisted).length;
  return (
    <section className="editor__section" aria-labelledby="editor-candidates">
      <h2 id="editor-candidates">
        {t('secretariat.candidates.title', { shortlisted, total: candidates.length })}
      </h2>
      <p className="hint">{t('secretariat.candidates.hint')}</p>
      {problem && (
        <p className="alert alert--warning" role="alert">
          {problem}
        </p>
      )}
      {csv && (
        <CsvImport
          key={csv.name + csv.text.length}
          text={csv.text}
          fileName={csv.name}
          existing={candidates}
          onImport={(added) => {
            onChange([...candidates, ...added]);
            setCsv(null);
          }}
          onCancel={() => setCsv(null)}
        />
      )}
      <ol className="editor__list">
        {candidates.map((c, i) => {
          const label = c.name.trim() || t('secretariat.candidates.candidateN', { n: i + 1 });
          return (
            <li key={i} className="editor__card" aria-label={label} onDragOver={(e) => e.preventDefault()} onDrop={(e) => void onDrop(i, e)}>
              <h3 className="editor__card-title">{t('secretariat.candidates.candidateN', { n: i + 1 })}</h3>
              <div className="editor__row">
                <label className="editor__check">
                  <input type="checkbox" checked={c.shortlisted} onChange={(e) => update(i, { shortlisted: e.target.checked })} />
                  {t('secretariat.candidates.shortlisted')}
                </label>
                <label className="editor__field editor__field--wide">
                  {t('secretariat.panel.name')}
                  <input value={c.name} onChange={(e) => update(i, { name: e.target.value })} />
                </label>
                <label className="editor__field">
                  {t('secretariat.panel.id')}
                  <input value={c.id} onChange={(e) => update(i, { id: e.target.value })} />
                </label>
              </div>
              <label className="editor__field">
                {t('secretariat.candidates.summary')}
                <input value={c.summary} onChange={(e) => update(i, { summary: e.target.value })} />
              </label>
              {Object.keys(c.fields).length > 0 && (
                <dl className="editor__fields">
                  {Object.entries(c.fields).map(([k, v]) => (
                    <div key={k}>
                      <dt>{k}</dt>
                      <dd>{v}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <ul className="editor__documents" aria-label={t('app.exercise.documentsOf', { name: label })}>
                {c.documents.map((d) => (
                  <li key={d.name}>
                    {d.name} <span className="hint">({formatBytes(d.bytes.length)})</span>{' '}
                    <button type="button" className="link-button" onClick={() => update(i, { documents: c.documents.filter((x) => x !== d) })}>
                      {t('secretariat.files.removeFile', { name: d.name })}
                    </button>
                  </li>
                ))}
              </ul>
              <div className="editor__actions">
                <button type="button" className="button button--small" onClick={() => void pickDocuments(i)}>
                  {t('secretariat.candidates.attach')}
                </button>
                <button type="button" className="button button--small" onClick={() => onChange(candidates.filter((_, j) => j !== i))}>
                  {t('secretariat.candidates.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="editor__actions">
        <button
          type="button"
          className="button"
          onClick={() => onChange([...candidates, { id: freeId('cand', candidates), name: '', summary: '', fields: {}, documents: [], shortlisted: true }])}
        >
          {t('secretariat.candidates.add')}
        </button>
        <button type="button" className="button" onClick={() => void pickCsv()}>
          {t('secretariat.candidates.importCsv')}
        </button>
      </div>
    </section>
  );
}
