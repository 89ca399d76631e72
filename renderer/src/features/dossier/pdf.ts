// pdf.js, hardened for untrusted candidate documents: no eval, no XFA, no scripting (the
// viewer layer that runs PDF JavaScript is never loaded), bytes in memory, never a URL.

import {
  PDFWorker,
  getDocument,
  type PDFDocumentProxy,
  type PDFPageProxy,
  type PageViewport,
} from 'pdfjs-dist';

let sharedWorker: PDFWorker | null = null;

/**
 * pdf.js's parser in a module worker bundled with the app (CSP: worker-src 'self'), passed to
 * every document explicitly: pdf.js then never destroys it with a document. (Through
 * GlobalWorkerOptions.workerPort, closing one document tore the worker down under the next one
 * opened right after: "the worker is being destroyed", found by tests/e2e/hostile-pdf.test.ts.)
 */
function pdfWorker(): PDFWorker {
  if (sharedWorker === null || sharedWorker.destroyed) {
    const port = new Worker(new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url), { type: 'module' });
    // The constructor's declared type says `port?: null` (a JSDoc slip); PDFWorkerParameters says Worker.
    sharedWorker = new PDFWorker({ port } as unknown as ConstructorParameters<typeof PDFWorker>[0]);
  }
  return sharedWorker;
}

/** Opens a PDF from its bytes with every active feature of pdf.js turned off. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js transfers the buffer to its worker: hand it a copy so the stored bytes stay usable.
  const task = getDocument({
    data: bytes.slice(),
    worker: pdfWorker(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  return task.promise;
}

/** The numbers (1-based) of the pages whose text contains `query`, case and spacing ignored. */
export async function pagesContaining(pdf: PDFDocumentProxy, query: string): Promise<number[]> {
  // Spaces removed on both sides: pdf.js may split a word across text items, or a name across lines.
  const needle = normalise(query);
  if (needle === '') return [];
  const found: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    if (normalise(text).includes(needle)) found.push(n);
  }
  return found;
}

/**
 * Marks, on a rendered page, the text runs that contain `query` (a whole run is marked:
 * enough to find the place on the page at a glance).
 */
export async function markMatches(
  page: PDFPageProxy,
  viewport: PageViewport,
  canvas: HTMLCanvasElement,
  query: string,
  ratio: number,
): Promise<void> {
  const needle = normalise(query);
  const context = canvas.getContext('2d');
  if (needle === '' || !context) return;
  const content = await page.getTextContent();
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = 'rgba(255, 196, 0, 0.35)';
  for (const item of content.items) {
    if (!('str' in item) || !normalise(item.str).includes(needle)) continue;
    const [, , , , x = 0, y = 0] = item.transform as number[];
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = viewport.convertToViewportRectangle([
      x,
      y,
      x + item.width,
      y + item.height,
    ]) as number[];
    const [left, top, width, height] = [
      Math.min(x1, x2),
      Math.min(y1, y2),
      Math.abs(x2 - x1),
      Math.abs(y2 - y1),
    ];
    context.fillRect(left * ratio - 2, top * ratio - 2, width * ratio + 4, height * ratio + 4);
  }
  context.restore();
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export type { PDFDocumentProxy };
