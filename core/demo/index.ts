/**
 * The embedded demo exercise (DEMO ONLY keys): recruitment of the Director of the Implementation
 * Support Unit of a fictitious convention, with a signed package, CV PDFs and sample sheets.
 */
export { buildDemo } from './build-demo';
export type { Demo, DemoSheet } from './build-demo';
export { completeExerciseSource } from './complete-source';
export type { SourceCompletion } from './complete-source';
export { demoDocuments, demoExerciseSource } from './exercise-source';
export type { ExerciseSource } from './exercise-source';
export { demoKeys } from './keys';
export type { DemoKey, DemoKeys } from './keys';
export { DEMO_EXERCISE_ID } from './panel';
