/**
 * Debrief views: time to render each view of the reveal sequence for 15 members × 500 candidates ×
 * 20 criteria in headless Chromium: production React commit plus the style and layout it forces (no paint).
 */
import { join } from 'node:path';
import type { Figure, FigureSet } from '../figure';
import { runTypeScript } from '../node-process';

const WORKER = join(__dirname, '..', 'workers', 'debrief-render-browser.ts');

export const figures: FigureSet = {
  title: 'Debrief views: render time, 15 members × 500 candidates × 20 criteria (headless Chromium)',
  measure: async (log) => {
    log(
      'generating the exercise and sheets, merging, rendering each view in Chromium (fastest of 5 mounts after a warm-up)…',
    );
    const { divergences, browser, results } = JSON.parse(await runTypeScript(WORKER)) as {
      divergences: number;
      browser: string;
      results: { view: string; ms: number }[];
    };
    log(`Chromium ${browser}; ${divergences} divergences, each with a consensus score in the consensus view`);
    return results.map(({ view, ms }): Figure => ({
      name: `debrief-render-${view}`,
      label: `render the debrief ${view} view (Chromium)`,
      value: ms,
      unit: 'ms',
      // The views have the target; the "all rows" figures (after "Show all") are for information.
      ...(view.endsWith('-all-rows') ? {} : { target: { max: 300 } }),
    }));
  },
};
