/**
 * The member figures' exercise: 200 candidates × 20 criteria, each candidate with a filler PDF
 * (one of them a large scan), about 300 MB in all, written to a temp file (never committed).
 */
import { randomFillSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { memorySigner } from '../../core/crypto/ed25519';
import { base64UrlEncode } from '../../core/encoding';
import { type PackageDraft, writePackage } from '../../core/package/package';

export const CANDIDATES = 200;
export const CRITERIA = 20;
/** The one large document (a scanned dossier), and the size of every other one. */
export const LARGEST_DOCUMENT = 24_000_000;
const OTHER_DOCUMENT = 1_390_000;

/**
 * A valid one-page PDF of about `size` bytes: its bulk is an image-like stream, incompressible, or
 * (compressible) with 4 bits of entropy per byte, so the package deflates it to about half.
 */
async function fillerPdf(title: string, size: number, compressible: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(title, { x: 72, y: 760, size: 18, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const noise = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) randomFillSync(noise.subarray(at, Math.min(size, at + 65_536)));
  if (compressible) for (let i = 0; i < size; i++) noise[i] &= 0x0f;
  pdf.catalog.set(PDFName.of('PanelscoreBenchFiller'), pdf.context.register(pdf.context.stream(noise)));
  return pdf.save({ useObjectStreams: false });
}

/**
 * Writes the package to `path`; returns its size and the member ids of its panel. With
 * `compressible`, the documents are stored deflated (about half their size) instead of as they are;
 * with `candidates`, there are that many (the first still with the large scan).
 */
export async function writeLargePackage(
  path: string,
  log: (line: string) => void,
  { compressible = false, candidates: count = CANDIDATES }: { compressible?: boolean; candidates?: number } = {},
): Promise<{ size: number; memberName: string }> {
  const secretariat = memorySigner(new Uint8Array(32).fill(41));
  const large = await fillerPdf('Candidate 001: scanned dossier', LARGEST_DOCUMENT, compressible);
  const other = await fillerPdf('Candidate CV', OTHER_DOCUMENT, compressible);
  const documents = new Map<string, Uint8Array>();
  const candidates = Array.from({ length: count }, (_, i) => {
    const id = `cand-${String(i + 1).padStart(3, '0')}`;
    const path = `documents/${id}/dossier.pdf`;
    documents.set(path, i === 0 ? large : other);
    return {
      id,
      name: `Candidate ${String(i + 1).padStart(3, '0')}`,
      documents: [{ path, mediaType: 'application/pdf' }],
    };
  });
  const draft: PackageDraft = {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId: 'bench-member-300mb',
    title: 'Bench: Director, 200 candidates',
    issuedAt: '2026-05-01T09:00:00Z',
    secretariat: { name: 'Bench secretariat', publicKey: base64UrlEncode(secretariat.publicKey) },
    scale: { min: 1, max: 5, step: 1 },
    criteria: Array.from({ length: CRITERIA }, (_, i) => ({
      id: `crit-${String(i + 1).padStart(2, '0')}`,
      name: `Competency ${i + 1}`,
      kind: 'core' as const,
      weight: 1,
    })),
    candidates,
    panel: [{ id: 'm-bench', name: 'Bench Member', role: 'chair' }],
  };
  log(`[member] packing ${count} candidates' PDFs…`);
  const { bytes } = await writePackage(draft, documents, secretariat);
  await writeFile(path, bytes);
  return { size: bytes.length, memberName: 'Bench Member' };
}
