/**
 * Time to produce the comparative analysis report for the demo exercise: the report model from the
 * signed decision and the sheets, then the standalone HTML (what `panelscore report` and the app do).
 */
import { memorySigner } from '../../core/crypto/ed25519';
import { signDecision } from '../../core/decision';
import { buildDemo } from '../../core/demo/build-demo';
import { parseScoreSheet } from '../../core/formats/sheet';
import { parseStrictJson } from '../../core/json/strict-json';
import { mergeSheets } from '../../core/merge/merge';
import { buildReportModel } from '../../core/report/report-model';
import type { DecisionRecord } from '../../core/types';
import { renderReportHtml } from '../../renderer/src/features/report/render-report-html';
import type { FigureSet } from '../figure';

const WARM_RUNS = 10;
const TARGET_MS = 3000;

export const figures: FigureSet = {
  title: 'report for the demo exercise (report model + standalone HTML)',
  async measure(log) {
    const demo = await buildDemo();
    const merged = mergeSheets({ pkg: { exercise: demo.exercise, exerciseHash: demo.exerciseHash }, sheets: demo.sheets.map((s) => s.bytes) });
    const first = merged.divergences[0];
    const record: DecisionRecord = {
      ...merged,
      outcome: {
        selected: [merged.candidates[0].candidateId],
        decidedAt: '2026-05-20T16:30:00Z',
        rationale: 'Benchmark outcome.',
        consensus: first === undefined ? [] : [{ candidateId: first.candidateId, criterionId: first.criterionId, score: first.max, justification: 'Benchmark consensus.' }],
        concurrences: merged.inputs.map((i) => ({ memberId: i.memberId, agrees: true })),
      },
    };
    const decision = await signDecision(record, memorySigner(demo.keys.secretariat.secretKey));
    const sheets = demo.sheets.map((s) => parseScoreSheet(parseStrictJson(s.bytes)));
    const produce = () => renderReportHtml(buildReportModel({ exercise: demo.exercise, decision, sheets }));

    // The first report in a fresh process includes loading and compiling React and the charts.
    let start = performance.now();
    const html = produce();
    const cold = performance.now() - start;
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      start = performance.now();
      produce();
      warm.push(performance.now() - start);
    }
    warm.sort((a, b) => a - b);
    log(`${html.length} characters of HTML; warm runs ${warm.map((t) => t.toFixed(0)).join(', ')} ms`);
    return [
      { name: 'report-demo-first', label: 'report for the demo exercise, first in a process', value: Math.round(cold), unit: 'ms', target: { max: TARGET_MS } },
      { name: 'report-demo', label: 'report for the demo exercise (median of 10)', value: Math.round(warm[Math.floor(warm.length / 2)]), unit: 'ms', target: { max: TARGET_MS } },
    ];
  },
};
