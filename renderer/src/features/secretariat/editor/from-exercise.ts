// The editor's draft of an exercise already issued, so it can be changed and re-issued:
// numbers back to text as typed, documents back to named files with their stored bytes.

import type { Exercise } from '../../../../../core/types';
import { type ExerciseDraft, SCALE_PRESETS, type ScalePreset } from './draft';

/** The draft of an exercise already issued, to change and re-issue it (documents given by path). */
export function draftFromExercise(exercise: Exercise, documents: ReadonlyMap<string, Uint8Array>): ExerciseDraft {
  const preset = (Object.keys(SCALE_PRESETS) as ScalePreset[]).find((p) => {
    const s = SCALE_PRESETS[p];
    return p !== 'custom' && s.min === exercise.scale.min && s.max === exercise.scale.max && s.step === exercise.scale.step;
  });
  return {
    exerciseId: exercise.exerciseId,
    title: exercise.title,
    description: exercise.description ?? '',
    secretariatName: exercise.secretariat.name,
    scalePreset: preset ?? 'custom',
    scale: { ...exercise.scale, labels: { ...(exercise.scale.labels ?? {}) } },
    divergenceThreshold: String(exercise.divergenceThreshold ?? 2),
    criteria: exercise.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      weight: String(c.weight),
      description: c.description ?? '',
      indicators: (c.indicators ?? []).join('\n'),
      anchors: { ...(c.anchors ?? {}) },
      questions: (c.questions ?? []).join('\n'),
    })),
    candidates: exercise.candidates.map((c) => ({
      id: c.id,
      name: c.name,
      summary: c.summary ?? '',
      fields: { ...(c.fields ?? {}) },
      documents: (c.documents ?? []).map((d) => ({
        name: d.path.split('/').pop() ?? d.path,
        mediaType: d.mediaType,
        bytes: documents.get(d.path) ?? new Uint8Array(),
      })),
      shortlisted: true,
    })),
    panel: exercise.panel.map((m) => ({
      id: m.id,
      name: m.name,
      affiliation: m.affiliation ?? '',
      role: m.role,
      publicKey: m.publicKey ?? '',
    })),
  };
}
