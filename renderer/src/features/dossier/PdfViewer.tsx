// One PDF inside the app: a page on a canvas, page navigation, zoom, and a text search
// that lists the pages where the words occur. Loaded lazily (pdf.js is large).

import { type FormEvent, useEffect, useRef, useState } from 'react';
import { describeError } from '../../app/use-live-query';
import { type PDFDocumentProxy, markMatches, openPdf, pagesContaining } from './pdf';
import { formatNumber } from '../../app/format';
import { useT } from '../../i18n';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
/** A canvas larger than this (pixels) is drawn smaller: a page declared a mile wide must not exhaust memory. */
const MAX_CANVAS_PIXELS = 2 ** 24;
/** After this long without a drawn page, say so: the file may be built to stall the viewer. */
const SLOW_MS = 1_500;
/** Stands for "protected by a password" in the error state; translated when shown. */
const PASSWORD_PROTECTED = '\u0000password';

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
  const [slow, setSlow] = useState(false);
  const slowTimer = useRef<number | undefined>(undefined);
  const highlight = matches && matches.pages.length > 0 ? matches.query : null;

  // The slow notice: armed for each file, page and zoom, disarmed when the page is drawn or refused.
  useEffect(() => {
    slowTimer.current = window.setTimeout(() => setSlow(true), SLOW_MS);
    return () => {
      window.clearTimeout(slowTimer.current);
      setSlow(false);
    };
  }, [bytes, pageNumber, zoomIndex]);
  const settled = () => {
    window.clearTimeout(slowTimer.current);
    setSlow(false);
  };

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    openPdf(bytes).then(
      (doc) => {
        opened = doc;
        if (live) setPdf(doc);
        else void doc.destroy();
      },
      // pdf.js's own words for a password ("No password given") do not say what to do.
      (reason: unknown) =>
        live && setError(reason instanceof Error && reason.name === 'PasswordException' ? PASSWORD_PROTECTED : describeError(reason)),
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
        const ratio = window.devicePixelRatio || 1;
        const scale = ZOOMS[zoomIndex] ?? 1;
        const wanted = page.getViewport({ scale });
        const area = Math.abs(wanted.width * wanted.height) * ratio * ratio;
        const viewport = area > MAX_CANVAS_PIXELS ? page.getViewport({ scale: scale * Math.sqrt(MAX_CANVAS_PIXELS / area) }) : wanted;
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
        if (!cancelled) {
          settled();
          setRendered((r) => ({ count: r.count + 1, marked: highlight ?? '' }));
        }
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

  const slowNotice = slow && !error && (
    <p className="alert alert--warning" role="status" data-pdf-slow="">
      {t('dossier.pdf.slow', { name: title })}
    </p>
  );
  if (error) {
    return (
      <p className="alert alert--error" role="alert">
        {t('dossier.pdf.failed', { name: title, message: error === PASSWORD_PROTECTED ? t('dossier.pdf.password') : error })}
      </p>
    );
  }
  if (!pdf) return slowNotice || <p role="status">{t('dossier.opening', { name: title })}</p>;
  const count = pdf.numPages;
  const zoom = ZOOMS[zoomIndex] ?? 1;

  return (
    <div className="pdf-viewer">
      {slowNotice}
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
