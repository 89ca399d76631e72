// The exercise as the secretariat edits it: plain strings as typed (weights, thresholds),
// documents with their bytes, a shortlist flag. toPackageDraft turns it into what core signs.

import { DEMO_CRITERIA, DEMO_SCALE } from '../../../../../core/demo/rubric';
import { isScalePoint, scaleKeyValue } from '../../../../../core/formats/scale';
import type { PackageDraft } from '../../../../../core/package/package';
import type { CriterionKind, PanelRole, Scale } from '../../../../../core/types';

export type ScalePreset = 'five' | 'four' | 'custom';

export interface CriterionDraft {
  id: string;
  name: string;
  kind: CriterionKind;
  /** As typed; a positive number when valid. */
  weight: string;
  description: string;
  /** One per line. */
  indicators: string;
  /** Anchor text by scale point key ("1", "2.5"). */
  anchors: Record<string, string>;
  /** One per line. */
  questions: string;
}

export interface DocumentDraftFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface CandidateDraft {
  id: string;
  name: string;
  summary: string;
  fields: Record<string, string>;
  documents: DocumentDraftFile[];
  /** Only shortlisted candidates go into the package. */
  shortlisted: boolean;
}

export interface MemberDraft {
  id: string;
  name: string;
  affiliation: string;
  role: PanelRole;
  /** base64url, or '' when not pinned. */
  publicKey: string;
}

export interface ExerciseDraft {
  exerciseId: string;
  title: string;
  description: string;
  secretariatName: string;
  scalePreset: ScalePreset;
  scale: Scale;
  divergenceThreshold: string;
  criteria: CriterionDraft[];
  candidates: CandidateDraft[];
  panel: MemberDraft[];
}

/** The scale each preset stands for; `custom` starts at 1–5 in half points. */
export const SCALE_PRESETS: Record<ScalePreset, Scale> = {
  five: { min: 1, max: 5, step: 1, labels: { ...DEMO_SCALE.labels } },
  four: {
    min: 1,
    max: 4,
    step: 1,
    labels: { '1': 'Unsatisfactory', '2': 'Partially satisfactory', '3': 'Satisfactory', '4': 'Outstanding' },
  },
  custom: { min: 1, max: 5, step: 0.5, labels: {} },
};

/** A new, empty exercise draft. */
export function emptyDraft(): ExerciseDraft {
  return {
    exerciseId: '',
    title: '',
    description: '',
    secretariatName: '',
    scalePreset: 'five',
    scale: SCALE_PRESETS.five,
    divergenceThreshold: '2',
    criteria: [],
    candidates: [],
    panel: [],
  };
}

/** A blank criterion whose id does not clash with `taken`. */
export function newCriterion(taken: readonly { id: string }[]): CriterionDraft {
  return { id: freeId('criterion', taken), name: '', kind: 'core', weight: '1', description: '', indicators: '', anchors: {}, questions: '' };
}

/** The demo's competencies as editable criteria (the template). */
export function templateCriteria(): CriterionDraft[] {
  return DEMO_CRITERIA.map((c) => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    weight: String(c.weight),
    description: c.description ?? '',
    indicators: (c.indicators ?? []).join('\n'),
    anchors: { ...(c.anchors ?? {}) },
    questions: (c.questions ?? []).join('\n'),
  }));
}

/** `prefix-N` with the smallest N ≥ 1 not used by `taken` (two digits, so they sort). */
export function freeId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((t) => t.id));
  for (let n = 1; ; n++) {
    const id = `${prefix}-${String(n).padStart(2, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** An identifier made from free text: lowercase ASCII words joined by '-', at most 64 characters. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Each criterion's weight as a share of all weights, in percent (null when a weight is not a positive number). */
export function weightShares(criteria: readonly CriterionDraft[]): (number | null)[] {
  const weights = criteria.map((c) => parseNumber(c.weight));
  const valid = weights.every((w) => w !== null && w > 0);
  const total = valid ? weights.reduce<number>((sum, w) => sum + (w ?? 0), 0) : 0;
  return weights.map((w) => (valid && w !== null && total > 0 ? (100 * w) / total : null));
}

/** A number typed in a field, or null when it is not one ("2,5" is read as 2.5). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d*\.?\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Moves item `index` one place up (-1) or down (+1); the list is unchanged at an edge. */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** The package path of a candidate's document. */
export function documentPath(candidateId: string, fileName: string): string {
  const safe = fileName.replace(/[\\/]/g, '_').replace(/^\.+/, '_') || 'document';
  return `documents/${candidateId}/${safe}`;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function optionalText<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  const trimmed = text.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}

// Text left on points the scale no longer has (after a change of preset) is not issued.
function nonEmpty(record: Record<string, string>, scale?: Scale): Record<string, string> | undefined {
  const onScale = (key: string) => {
    if (scale === undefined) return true;
    const value = scaleKeyValue(key);
    try {
      return value !== null && isScalePoint(scale, value);
    } catch {
      return true;
    }
  };
  const entries = Object.entries(record).filter(([k, v]) => v.trim() !== '' && onScale(k));
  return entries.length === 0 ? undefined : Object.fromEntries(entries.map(([k, v]) => [k, v.trim()]));
}

/**
 * The exercise core will sign, and the document bytes by path. Weights and thresholds that are
 * not numbers are passed on as NaN so that core's own check names the field.
 */
export function toPackageDraft(
  draft: ExerciseDraft,
  secretariatKey: string,
  issuedAt: string,
): { exercise: PackageDraft; documents: Map<string, Uint8Array> } {
  const documents = new Map<string, Uint8Array>();
  const labels = nonEmpty(draft.scale.labels ?? {}, draft.scale);
  const threshold = parseNumber(draft.divergenceThreshold);
  const exercise: PackageDraft = {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId: draft.exerciseId.trim(),
    title: draft.title.trim(),
    ...optionalText('description', draft.description),
    issuedAt,
    secretariat: { name: draft.secretariatName.trim(), publicKey: secretariatKey },
    scale: { min: draft.scale.min, max: draft.scale.max, step: draft.scale.step, ...(labels ? { labels } : {}) },
    ...(draft.divergenceThreshold.trim() === '' ? {} : { divergenceThreshold: threshold ?? Number.NaN }),
    criteria: draft.criteria.map((c) => {
      const indicators = lines(c.indicators);
      const questions = lines(c.questions);
      const anchors = nonEmpty(c.anchors, draft.scale);
      return {
        id: c.id,
        name: c.name.trim(),
        kind: c.kind,
        weight: parseNumber(c.weight) ?? Number.NaN,
        ...optionalText('description', c.description),
        ...(indicators.length > 0 ? { indicators } : {}),
        ...(anchors ? { anchors } : {}),
        ...(questions.length > 0 ? { questions } : {}),
      };
    }),
    candidates: draft.candidates
      .filter((c) => c.shortlisted)
      .map((c) => {
        const fields = nonEmpty(c.fields);
        const docs = c.documents.map((d) => {
          const path = documentPath(c.id, d.name);
          documents.set(path, d.bytes);
          return { path, mediaType: d.mediaType };
        });
        return {
          id: c.id,
          name: c.name.trim(),
          ...optionalText('summary', c.summary),
          ...(fields ? { fields } : {}),
          ...(docs.length > 0 ? { documents: docs } : {}),
        };
      }),
    panel: draft.panel.map((m) => ({
      id: m.id,
      name: m.name.trim(),
      ...optionalText('affiliation', m.affiliation),
      role: m.role,
      ...optionalText('publicKey', m.publicKey),
    })),
  };
  return { exercise, documents };
}
