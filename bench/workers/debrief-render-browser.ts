/**
 * Child process of bench/figures/debrief-render.ts: bundles the debrief views (esbuild, production
 * React), loads them with the app's stylesheets into headless Chromium, and times each view's render.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { utf8Decode } from '../../core/encoding';
import { mergeSheets } from '../../core/merge/merge';
import { generateExercise } from '../generate';

const SHAPE = { members: 15, candidates: 500, criteria: 20 };
const ROUNDS = 5;
const ROOT = join(__dirname, '..', '..');
const CHROMIUMS = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The page's side: renders one view into a fresh root, forces style and layout, and returns the milliseconds. */
const PAGE_ENTRY = `
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { debriefData, memberLabeller } from './renderer/src/features/debrief/debrief-model';
import { VerificationView } from './renderer/src/features/debrief/VerificationView';
import { CandidateView } from './renderer/src/features/debrief/CandidateView';
import { CandidateScoresTable } from './renderer/src/features/debrief/CandidateScoresTable';
import { ComparisonView } from './renderer/src/features/debrief/ComparisonView';
import { MeansHeatmap } from './renderer/src/features/debrief/MeansHeatmap';
import { RankingSpread, byRank } from './renderer/src/features/debrief/RankingSpread';
import { ReliabilityView } from './renderer/src/features/debrief/ReliabilityView';
import { ConsensusView } from './renderer/src/features/debrief/ConsensusView';
import { OutcomeView } from './renderer/src/features/debrief/OutcomeView';
import { DecisionView } from './renderer/src/features/debrief/DecisionView';

window.benchDebrief = (input) => {
  const { exercise, decision } = input;
  const data = debriefData(exercise, decision, input.sheets.map((text) => new TextEncoder().encode(text)));
  const label = memberLabeller(exercise, 'names');
  const consensus = decision.divergences.map((d) => ({ candidateId: d.candidateId, criterionId: d.criterionId, score: 3, justification: 'Agreed after discussion of the evidence' }));
  const draft = { selected: [decision.candidates[0].candidateId], rationale: 'Strongest overall', concurrences: exercise.panel.map((m) => ({ memberId: m.id, agrees: true })) };
  const state = { workspaceId: 'debrief:bench', decision: null, consensus, outcome: null, updatedAt: '2026-01-01T00:00:00Z', draft };
  const candidateId = decision.divergences[0]?.candidateId ?? exercise.candidates[0].id;
  const ws = 'debrief:bench';
  const cases = [
    ['verification', VerificationView, { data, label }],
    ['candidate', CandidateView, { workspaceId: ws, data, candidateId, consensus, label }],
    ['candidate-table', CandidateScoresTable, { data, candidateId, consensus, label, caption: 'Scores' }],
    ['comparison', ComparisonView, { data }],
    // After "Show all": every candidate in the heatmap and the ranking (not a view of its own).
    ['comparison-heatmap-all-rows', MeansHeatmap, { data, rows: byRank(decision.candidates), titleId: 't' }],
    ['comparison-ranking-all-rows', RankingSpread, { data, rows: byRank(decision.candidates) }],
    ['reliability', ReliabilityView, { data }],
    ['consensus', ConsensusView, { data, consensus, label }],
    ['outcome', OutcomeView, { workspaceId: ws, data, consensus, draft, label }],
    ['decision', DecisionView, { workspaceId: ws, data, state, draft, label, onPrintReport: () => undefined }],
  ];
  return cases.map(([view, View, props]) => {
    let best = Infinity;
    for (let round = 0; round <= input.rounds; round++) {
      const stage = document.createElement('div');
      stage.className = 'deck';
      stage.dataset.theme = 'dark';
      document.body.append(stage);
      const root = createRoot(stage);
      const start = performance.now();
      flushSync(() => root.render(createElement(View, props)));
      void stage.getBoundingClientRect().height;
      const ms = performance.now() - start;
      if (round > 0) best = Math.min(best, ms);
      root.unmount();
      stage.remove();
    }
    return { view, ms: Math.round(best * 10) / 10 };
  });
};
`;

async function main(): Promise<void> {
  const generated = await generateExercise(SHAPE);
  const decision = mergeSheets({
    pkg: { exercise: generated.exercise, exerciseHash: generated.exerciseHash },
    sheets: generated.sheets,
  });
  const bundle = await build({
    stdin: { contents: PAGE_ENTRY, resolveDir: ROOT, loader: 'tsx', sourcefile: 'debrief-bench-entry.tsx' },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env': '{}' },
    logLevel: 'error',
  });
  const executablePath = CHROMIUMS.find((path) => path !== undefined && existsSync(path));
  if (executablePath === undefined)
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.setContent('<!doctype html><html><body></body></html>');
    for (const css of ['renderer/src/styles.css', 'renderer/src/features/debrief/debrief.css'])
      await page.addStyleTag({ content: readFileSync(join(ROOT, css), 'utf8') });
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const input = {
      exercise: generated.exercise,
      decision,
      sheets: generated.sheets.map((bytes) => utf8Decode(bytes)),
      rounds: ROUNDS,
    };
    type Bench = { benchDebrief: (arg: typeof input) => { view: string; ms: number }[] };
    const results = await page.evaluate((arg) => (globalThis as unknown as Bench).benchDebrief(arg), input);
    process.stdout.write(
      JSON.stringify({ divergences: decision.divergences.length, browser: browser.version(), results }),
    );
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
