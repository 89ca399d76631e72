/**
 * Lays out a demo candidate's CV as a real, text-bearing PDF with pdf-lib.
 * Metadata and dates are fixed so the same candidate always gives the same bytes.
 */
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { DemoCandidate } from './candidates';

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FIXED_DATE = new Date(Date.UTC(2026, 3, 20, 9, 0, 0));
const GREY = rgb(0.35, 0.35, 0.35);
const ACCENT = rgb(0.1, 0.25, 0.45);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/** Splits text into lines no wider than `width` at the given font and size. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A cursor that writes lines down the page and starts a new page when one is full. */
class CvWriter {
  private page: PDFPage;
  private y = PAGE_HEIGHT - MARGIN;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly footer: string,
  ) {
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    page.drawText(this.footer, { x: MARGIN, y: MARGIN / 2, size: 8, font: this.fonts.italic, color: GREY });
    this.y = PAGE_HEIGHT - MARGIN;
    return page;
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN) this.page = this.newPage();
  }

  text(text: string, opts: { size?: number; font?: keyof Fonts; indent?: number; gapAfter?: number; colour?: typeof GREY } = {}): void {
    const size = opts.size ?? 10;
    const font = this.fonts[opts.font ?? 'regular'];
    const indent = opts.indent ?? 0;
    for (const line of wrap(text, font, size, TEXT_WIDTH - indent)) {
      this.ensure(size * 1.35);
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: opts.colour ?? rgb(0, 0, 0) });
    }
    this.y -= opts.gapAfter ?? 0;
  }

  bullet(text: string): void {
    const size = 10;
    const lines = wrap(text, this.fonts.regular, size, TEXT_WIDTH - 14);
    lines.forEach((line, i) => {
      this.ensure(size * 1.35);
      this.y -= size * 1.35;
      if (i === 0) this.page.drawText('-', { x: MARGIN + 4, y: this.y, size, font: this.fonts.regular });
      this.page.drawText(line, { x: MARGIN + 14, y: this.y, size, font: this.fonts.regular });
    });
  }

  heading(text: string): void {
    this.ensure(40);
    this.y -= 10;
    this.text(text.toUpperCase(), { size: 11, font: 'bold', colour: ACCENT, gapAfter: 2 });
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: PAGE_WIDTH - MARGIN, y: this.y }, thickness: 0.5, color: ACCENT });
    this.y -= 4;
  }
}

/** Renders one demo candidate's curriculum vitae as PDF bytes (deterministic). */
export async function renderDemoCv(candidate: DemoCandidate): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(`Curriculum vitae — ${candidate.name}`);
  doc.setAuthor(candidate.name);
  doc.setSubject('DEMO ONLY: fictitious candidate for the Panelscore demo exercise');
  doc.setProducer('Panelscore demo');
  doc.setCreator('Panelscore demo');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  const w = new CvWriter(doc, fonts, `DEMO ONLY - ${candidate.name} is a fictitious candidate. Panelscore demo exercise.`);

  w.text(candidate.name, { size: 20, font: 'bold', colour: ACCENT, gapAfter: 2 });
  w.text(candidate.currentPost, { size: 10.5, font: 'italic', gapAfter: 6 });
  w.text(`Nationality: ${candidate.nationality}   |   Experience: ${candidate.yearsOfExperience} years`, { size: 9.5, colour: GREY });
  w.text(`Languages: ${candidate.languages}`, { size: 9.5, colour: GREY });

  w.heading('Profile');
  w.text(candidate.profile);

  w.heading('Professional experience');
  for (const post of candidate.posts) {
    w.text(`${post.period}   ${post.title}`, { font: 'bold', gapAfter: 0 });
    w.text(post.organisation, { font: 'italic', gapAfter: 2 });
    for (const duty of post.duties) w.bullet(duty);
    w.text('', { gapAfter: 6 });
  }

  w.heading('Education');
  for (const degree of candidate.degrees) w.bullet(degree);

  w.heading('Languages');
  w.text(candidate.languages);

  w.heading('Other');
  for (const item of candidate.other) w.bullet(item);

  return doc.save();
}
