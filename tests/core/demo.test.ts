import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../core/demo/build-demo';
import type { Demo } from '../../core/demo/build-demo';
import { completeExerciseSource } from '../../core/demo/complete-source';
import { demoExerciseSource } from '../../core/demo/exercise-source';
import { base64UrlEncode, utf8Encode } from '../../core/encoding';
import { hashString } from '../../core/canonical';
import { fingerprint } from '../../core/crypto/ed25519';
import { scalePoints } from '../../core/formats/scale';
import { mergeSheets } from '../../core/merge/merge';
import { readPackage } from '../../core/package/package';
import type { VerifiedPackage } from '../../core/package/package';
import type { DecisionRecord } from '../../core/types';

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text };
}

describe('buildDemo', () => {
  let demo: Demo;
  let pkg: VerifiedPackage;
  let merged: DecisionRecord;

  beforeAll(async () => {
    demo = await buildDemo();
    pkg = await readPackage(demo.packageBytes);
    merged = mergeSheets({ pkg, sheets: demo.sheets.map((s) => s.bytes) });
  });

  it('builds a package that readPackage verifies, signed by the DEMO ONLY secretariat key', () => {
    expect(pkg.exerciseHash).toBe(demo.exerciseHash);
    expect(pkg.exercise.exerciseId).toBe('isu-director-2026');
    expect(pkg.exercise.secretariat.publicKey).toBe(base64UrlEncode(demo.keys.secretariat.publicKey));
    expect(pkg.exercise.panel.filter((m) => m.role === 'chair')).toHaveLength(1);
  });

  it('gives the same package and sheet bytes on every build', async () => {
    const again = await buildDemo();
    expect(hashString(again.packageBytes)).toBe(hashString(demo.packageBytes));
    expect(again.sheets.map((s) => hashString(s.bytes))).toEqual(demo.sheets.map((s) => hashString(s.bytes)));
  });

  it('has sample sheets that the merge accepts, every one of them, keeping m-kenya\'s revision 2', () => {
    expect(merged.rejected).toEqual([]);
    expect(merged.inputs.map((i) => [i.memberId, i.revision])).toEqual([
      ['m-chile', 1],
      ['m-jordan', 1],
      ['m-kenya', 2],
      ['m-laos', 1],
      ['m-norway', 1],
    ]);
    expect(demo.sheets.filter((s) => s.memberId === 'm-kenya').map((s) => s.revision)).toEqual([1, 2]);
  });

  it('leaves exactly m-laos unpinned, so the merge shows its fingerprint to confirm', () => {
    const laos = demo.keys.members.find((k) => k.memberId === 'm-laos')!;
    expect(merged.inputs.filter((i) => !i.pinned).map((i) => [i.memberId, i.fingerprint])).toEqual([['m-laos', fingerprint(laos.publicKey)]]);
    expect(pkg.exercise.panel.filter((m) => m.publicKey === undefined).map((m) => m.id)).toEqual(['m-laos']);
  });

  it('records m-norway\'s recusal from cand-03 with a reason', () => {
    expect(merged.candidates.find((c) => c.candidateId === 'cand-03')!.recused).toEqual(['m-norway']);
    const norway = JSON.parse(new TextDecoder().decode(demo.sheets.find((s) => s.memberId === 'm-norway')!.bytes)) as { candidates: { candidateId: string; recusalReason?: string }[] };
    expect(norway.candidates.find((c) => c.candidateId === 'cand-03')!.recusalReason).toMatch(/\w{10,}/);
  });

  it('ranks every candidate without ties and shows divergences for the debrief', () => {
    expect(merged.candidates.map((c) => c.rank).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(merged.divergences.length).toBeGreaterThan(0);
  });

  it('gives every criterion an anchor for each scale point, indicators and 2 to 3 questions', () => {
    const points = scalePoints(pkg.exercise.scale).map(String);
    expect(pkg.exercise.criteria.length).toBeGreaterThanOrEqual(6);
    expect(pkg.exercise.criteria.length).toBeLessThanOrEqual(8);
    for (const criterion of pkg.exercise.criteria) {
      expect(Object.keys(criterion.anchors ?? {}).sort()).toEqual(points);
      expect(criterion.indicators?.length).toBeGreaterThan(0);
      expect(criterion.questions?.length).toBeGreaterThanOrEqual(2);
      expect(criterion.questions?.length).toBeLessThanOrEqual(3);
    }
    expect(Object.keys(pkg.exercise.scale.labels ?? {}).sort()).toEqual(points);
  });

  it('gives every candidate a dossier and a 1–2 page CV PDF whose text names the candidate', async () => {
    expect(pkg.exercise.candidates).toHaveLength(5);
    for (const candidate of pkg.exercise.candidates) {
      expect(Object.keys(candidate.fields ?? {})).toEqual(['Nationality', 'Current post', 'Years of experience', 'Languages', 'Education']);
      const [cv] = candidate.documents ?? [];
      const { pages, text } = await pdfText(pkg.documents.get(cv.path)!);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      expect(text).toContain(candidate.name);
      expect(text).toContain('PROFESSIONAL EXPERIENCE');
    }
  });
});

describe('completeExerciseSource', () => {
  const key = new Uint8Array(32).fill(7);
  const documents = new Map([['documents/cand-01/cv.pdf', utf8Encode('%PDF-1.7 a CV')]]);
  const source = () => {
    const s = demoExerciseSource();
    s.candidates = s.candidates.slice(0, 1);
    return s;
  };

  it('fills in the secretariat key and each document\'s size and sha256', () => {
    const unsigned = completeExerciseSource(source(), { secretariatPublicKey: key, issuedAt: '2030-01-01T00:00:00Z', documents });
    expect(unsigned.secretariat.publicKey).toBe(base64UrlEncode(key));
    expect(unsigned.candidates[0].documents).toEqual([
      { path: 'documents/cand-01/cv.pdf', mediaType: 'application/pdf', size: 13, sha256: hashString(documents.get('documents/cand-01/cv.pdf')!) },
    ]);
  });

  it('keeps the source\'s issuedAt and uses the given time only when there is none', () => {
    const dated = completeExerciseSource(source(), { secretariatPublicKey: key, issuedAt: '2030-01-01T00:00:00Z', documents });
    expect(dated.issuedAt).toBe('2026-05-04T09:00:00Z');
    const { issuedAt: _dropped, ...undated } = source();
    expect(completeExerciseSource(undated, { secretariatPublicKey: key, issuedAt: '2030-01-01T00:00:00Z', documents }).issuedAt).toBe('2030-01-01T00:00:00Z');
  });

  it('refuses a source that names another secretariat key', () => {
    const s = source();
    s.secretariat.publicKey = base64UrlEncode(new Uint8Array(32).fill(9));
    expect(() => completeExerciseSource(s, { secretariatPublicKey: key, issuedAt: '2030-01-01T00:00:00Z', documents })).toThrow(/sign with the matching key/);
  });

  it('refuses a listed document that is missing or differs from the hash in the source', () => {
    expect(() => completeExerciseSource(source(), { secretariatPublicKey: key, issuedAt: '2030-01-01T00:00:00Z', documents: new Map() })).toThrow(/no such document/);
    const s = source() as unknown as { candidates: { documents: { sha256?: string }[] }[] };
    s.candidates[0].documents[0].sha256 = `sha256:${'0'.repeat(64)}`;
    expect(() => completeExerciseSource(s, { secretariatPublicKey: key, issuedAt: '2030-01-01T00:00:00Z', documents })).toThrow(/does not match the sha256/);
  });

  it('does not change the source it is given', () => {
    const s = source();
    completeExerciseSource(s, { secretariatPublicKey: key, issuedAt: '2030-01-01T00:00:00Z', documents });
    expect(s).toEqual(source());
  });
});
