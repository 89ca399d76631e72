/**
 * The demo exercise's identity, secretariat and panel (fictitious people and convention).
 * One member, m-laos, is deliberately left unpinned so the merge shows a fingerprint to confirm.
 */
import type { PanelMember } from '../types';

/** The demo exercise's id. */
export const DEMO_EXERCISE_ID = 'isu-director-2026';

/** When the demo package was issued (fixed, so the demo is reproducible). */
export const DEMO_ISSUED_AT = '2026-05-04T09:00:00Z';

/** Title and terms-of-reference summary of the demo exercise. */
export const DEMO_TITLE = 'Director, Implementation Support Unit (DEMO)';

export const DEMO_DESCRIPTION = [
  'DEMO EXERCISE — fictitious convention, people and candidates.',
  'The States Parties to the Convention on the Prohibition of Anti-Vehicle Mines (the "Valletta Convention", a fictitious instrument) are recruiting the Director of the Implementation Support Unit (ISU), a unit of five professionals hosted in Geneva.',
  'The Director engages strategically with States Parties to advance implementation and universalisation; serves as the Unit’s interface with the international community; supports the President, the Coordination Committee and the working groups; manages the Unit’s staff and its budget of assessed and voluntary contributions; and upholds the impartiality of the secretariat.',
  'Requirements: advanced university degree in international relations, law or a related field; at least 12 years of progressively responsible experience in multilateral diplomacy, disarmament or humanitarian action, including 5 at management level; excellent English; French or Spanish an asset.',
  'The panel is appointed by the Coordination Committee and chaired by the President of the Meeting of States Parties.',
].join('\n\n');

/** The secretariat that issues the demo package. */
export const DEMO_SECRETARIAT_NAME = 'Valletta Convention ISU recruitment secretariat (DEMO)';

/** The demo panel; `publicKey` is filled in from the DEMO ONLY member keys for pinned members. */
export const DEMO_PANEL: readonly (Omit<PanelMember, 'publicKey'> & { pinned: boolean })[] = [
  { id: 'm-chile', name: 'Amb. Camila Etcheverry Rojas', affiliation: 'Chile (President of the Meeting of States Parties)', role: 'chair', pinned: true },
  { id: 'm-norway', name: 'Mr. Eirik Brandvold', affiliation: 'Norway', role: 'member', pinned: true },
  { id: 'm-kenya', name: 'Ms. Wanjiku Njoroge-Atieno', affiliation: 'Kenya', role: 'member', pinned: true },
  { id: 'm-laos', name: 'Mr. Khamphet Vongsavath', affiliation: 'Lao People’s Democratic Republic', role: 'member', pinned: false },
  { id: 'm-jordan', name: 'Dr. Rania Haddadin', affiliation: 'Jordan', role: 'member', pinned: true },
];
