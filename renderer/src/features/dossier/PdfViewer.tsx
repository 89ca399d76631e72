// One PDF inside the app: a page on a canvas, page navigation, zoom, and a text search
// that lists the pages where the words occur. Loaded lazily (pdf.js is large).

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../../app/use-live-query';
import { type PDFDocumentProxy, markMatches, openPdf, pagesContaining } from './pdf';
import { formatNumber } from '../../app/format';
import { useT } from '../../i18n';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

interface Props {
  bytes: Uint8Array;
  title: string;
}

/** A hardened pdf.js view of `bytes`. */
export function PdfViewer({ bytes, title }: Props) {
  const t = useT();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoomIndex, setZoomIndex] = useState(2);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<{ query: string; pages: number[] } | null>(null);
  // How many renders finished, and which search the last one marked: lets tests and tools wait for a finished page.
  const [rendered, setRendered] = useState({ count: 0, marked: '' });
  const canvas = useRef<HTMLCanvasElement>(null);
  const highlight = matches && matches.pages.length > 0 ? matches.query : null;

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    openPdf(bytes).then(
      (doc) => {
        opened = doc;
        if (live) setPdf(doc);
        else void doc.destroy();
      },
      (reason: unknown) => live && setError(describeError(reason)),
    );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    const target = canvas.current;
    let cancelled = false;
    let task: { cancel: () => void } | null = null;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        if (cancelled) return;
        const viewport = page.getViewport({ scale: ZOOMS[zoomIndex] ?? 1 });
        const ratio = window.devicePixelRatio || 1;
        target.width = Math.floor(viewport.width * ratio);
        target.height = Math.floor(viewport.height * ratio);
        target.style.width = `${Math.floor(viewport.width)}px`;
        target.style.height = `${Math.floor(viewport.height)}px`;
        const render = page.render({
          canvas: target,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        task = render;
        await render.promise;
        if (highlight && !cancelled) await markMatches(page, viewport, target, highlight, ratio);
        if (!cancelled) setRendered((r) => ({ count: r.count + 1, marked: highlight ?? '' }));
      } catch (reason) {
        if (!cancelled && !(reason instanceof Error && reason.name === 'RenderingCancelledException'))
          setError(describeError(reason));
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, pageNumber, zoomIndex, highlight]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!pdf) return;
    const pages = await pagesContaining(pdf, query);
    setMatches({ query, pages });
    const [first] = pages;
    if (first !== undefined) setPageNumber(first);
  };

  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        {t('dossier.pdf.failed', { name: title, message: error })}
      </p>
    );
  }
  if (!pdf) return <p role="status">{t('dossier.opening', { name: title })}</p>;
  const count = pdf.numPages;
  const zoom = ZOOMS[zoomIndex] ?? 1;

  return (
    <div className="pdf-viewer">
      <div className="pdf-viewer__toolbar" role="toolbar" aria-label={t('dossier.pdf.pages', { name: title })}>
        <button
          type="button"
          className="button button--small"
          disabled={pageNumber <= 1}
          onClick={() => setPageNumber((n) => n - 1)}
        >
          {t('dossier.pdf.previous')}
        </button>
        <span aria-live="polite">
          {t('dossier.pdf.page', { page: pageNumber, count })}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={pageNumber >= count}
          onClick={() => setPageNumber((n) => n + 1)}
        >
          {t('dossier.pdf.next')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={zoomIndex === 0}
          onClick={() => setZoomIndex((z) => z - 1)}
          aria-label={t('dossier.pdf.zoomOut')}
        >
          −
        </button>
        <span>{formatNumber(zoom, { style: 'percent' })}</span>
        <button
          type="button"
          className="button button--small"
          disabled={zoomIndex === ZOOMS.length - 1}
          onClick={() => setZoomIndex((z) => z + 1)}
          aria-label={t('dossier.pdf.zoomIn')}
        >
          +
        </button>
        <form className="pdf-viewer__search" role="search" onSubmit={(event) => void search(event)}>
          <label htmlFor="pdf-search">{t('dossier.pdf.searchLabel')}</label>
          <input
            id="pdf-search"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit" className="button button--small">
            {t('dossier.pdf.search')}
          </button>
        </form>
      </div>
      {matches && (
        <div role="status" className="pdf-viewer__matches">
          {matches.pages.length === 0 ? (
            t('dossier.pdf.noMatch', { query: matches.query })
          ) : (
            <>
              {t('dossier.pdf.onPages', { query: matches.query, count: matches.pages.length })}{' '}
              {matches.pages.map((n) => (
                <button
                  key={n}
                  type="button"
                  className="link-button"
                  aria-current={n === pageNumber ? 'page' : undefined}
                  onClick={() => setPageNumber(n)}
                >
                  {n}
                </button>
              ))}
            </>
          )}
        </div>
      )}
      {/* Focusable so that a zoomed page can be scrolled with the keyboard (axe: scrollable-region-focusable). */}
      <div className="pdf-viewer__page" tabIndex={0} role="region" aria-label={t('dossier.pdf.region', { name: title, page: pageNumber })}>
        <canvas
          ref={canvas}
          data-rendered={rendered.count}
          data-marked={rendered.marked}
          aria-label={t('dossier.pdf.canvas', { name: title, page: pageNumber, count })}
          role="img"
        />
      </div>
    </div>
  );
}
