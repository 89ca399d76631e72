// The dossier's PdfViewer alone on a page (same component, same pdf.js options, same CSP as the
// app), so tests/e2e/hostile-pdf.test.ts (which builds it) can hand it hostile files one by one.

import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PdfViewer } from '../../../renderer/src/features/dossier/PdfViewer';
import '../../../renderer/src/i18n';

const root = createRoot(document.getElementById('root')!);
let shown = 0;

/** Shows `base64` (a PDF's bytes) in a fresh PdfViewer. */
function showPdf(base64: string, title: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  shown += 1;
  // Synchronously, so the previous file's outcome is gone from the page when this returns.
  flushSync(() => root.render(<PdfViewer key={shown} bytes={bytes} title={title} />));
}

Object.assign(window, { showPdf });
