/**
 * The demo exercise as the secretariat authors it, before packing: no signature, no
 * secretariat key, and documents listed by path and media type only (pack fills size and hash).
 */
import { base64UrlEncode } from '../encoding';
import type { PackageDraft } from '../package/package';
import type { Base64Url } from '../types';
import { DEMO_CANDIDATES } from './candidates';
import { renderDemoCv } from './cv-pdf';
import { demoKeys } from './keys';
import { DEMO_DESCRIPTION, DEMO_EXERCISE_ID, DEMO_ISSUED_AT, DEMO_PANEL, DEMO_SECRETARIAT_NAME, DEMO_TITLE } from './panel';
import { DEMO_CRITERIA, DEMO_SCALE } from './rubric';

/** An unsigned exercise as authored: `panelscore pack` fills in the key, issuedAt, document sizes and hashes. */
export type ExerciseSource = Omit<PackageDraft, 'secretariat' | 'issuedAt'> & {
  issuedAt?: string;
  secretariat: { name: string; publicKey?: Base64Url };
};

function cvPath(candidateId: string): string {
  return `documents/${candidateId}/cv.pdf`;
}

/** The demo exercise source (unsigned, reproducible); pinned members carry their DEMO ONLY keys. */
export function demoExerciseSource(): ExerciseSource {
  const keys = new Map(demoKeys().members.map((k) => [k.memberId, k.publicKey]));
  return {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId: DEMO_EXERCISE_ID,
    title: DEMO_TITLE,
    description: DEMO_DESCRIPTION,
    issuedAt: DEMO_ISSUED_AT,
    secretariat: { name: DEMO_SECRETARIAT_NAME },
    scale: structuredClone(DEMO_SCALE),
    divergenceThreshold: 2,
    criteria: structuredClone(DEMO_CRITERIA),
    candidates: DEMO_CANDIDATES.map((c) => ({
      id: c.id,
      name: c.name,
      summary: c.summary,
      fields: {
        Nationality: c.nationality,
        'Current post': c.currentPost,
        'Years of experience': String(c.yearsOfExperience),
        Languages: c.languages,
        Education: c.education,
      },
      documents: [{ path: cvPath(c.id), mediaType: 'application/pdf' }],
    })),
    panel: DEMO_PANEL.map(({ pinned, ...member }) => {
      const key = keys.get(member.id);
      return pinned && key !== undefined ? { ...member, publicKey: base64UrlEncode(key) } : { ...member };
    }),
  };
}

/** The demo's documents (one CV PDF per candidate), keyed by their path in the package. */
export async function demoDocuments(): Promise<Map<string, Uint8Array>> {
  const entries = await Promise.all(DEMO_CANDIDATES.map(async (c) => [cvPath(c.id), await renderDemoCv(c)] as const));
  return new Map(entries);
}
