// What a printed PDF holds, read back with pdf.js (no eval, no system fonts): the tests check the
// text of each page and the paper size rather than pixels.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page (white space collapsed) and the first page's size in points, rounded. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: string[]; size: [number, number] }> {
  // pdf.js may transfer the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
    }
    const [, , width, height] = (await pdf.getPage(1)).view;
    return { pages, size: [Math.round(width), Math.round(height)] };
  } finally {
    await pdf.destroy();
  }
}
