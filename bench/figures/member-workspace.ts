/**
 * The panel member's workspace in real Chromium (the built renderer, out/renderer; run
 * `npx electron-vite build` first): importing a ~300 MB package through the file picker (wall
 * time, renderer memory), then with 200 candidates × 20 criteria stored, keystroke-to-commit
 * latency in the evidence notes and launch-to-interactive candidate list.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, newProfileDir, removeProfile } from '../../tests/e2e/browser';
import type { Figure, FigureSet } from '../figure';
import { CANDIDATES, CRITERIA, LARGEST_DOCUMENT, writeLargePackage } from '../member/large-package';
import { sampleMemory } from '../member/memory-sampler';

const KEYSTROKES = 240;
const LAUNCHES = 5;
const MB = 1_000_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Keydown times and `panelscore:saved` marks, recorded in the page from its first script on. */
const PROBE = `
  window.panelscoreMarkSaves = true;
  window.__keydowns = [];
  addEventListener('keydown', () => window.__keydowns.push(performance.now()), true);
`;

/**
 * Imports the package through the file picker and opens the workspace; resolves with the wall time
 * from choosing to the stored workspace. `onStored` runs as soon as the package is stored.
 */
async function importPackage(
  page: Page,
  file: string,
  memberName: string,
  log: (l: string) => void,
  onStored: () => void,
) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a package' }).first().click(),
  ]);
  const started = Date.now();
  const progress = setInterval(() => {
    void page
      .getByRole('progressbar')
      .first()
      .getAttribute('aria-valuetext', { timeout: 200 })
      .then((text) => text !== null && log(`[member]   ${text}`))
      .catch(() => undefined);
  }, 1000);
  await chooser.setFiles(file);
  await page.getByRole('button', { name: 'Confirm: the fingerprint matches' }).waitFor({ timeout: 120_000 });
  const verified = Date.now() - started;
  log(`[member] verified in ${verified} ms; confirming`);
  const confirmedAt = Date.now();
  await page.getByRole('button', { name: 'Confirm: the fingerprint matches' }).click();
  await page
    .getByRole('button', { name: 'Start: say who you are on the panel' })
    .waitFor({ timeout: 120_000 });
  clearInterval(progress);
  const stored = Date.now() - confirmedAt;
  onStored();
  await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click();
  await page.getByRole('radio', { name: new RegExp(memberName) }).check();
  await page.getByRole('button', { name: `I am ${memberName}` }).click();
  await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
  return { verified, stored };
}

/** Puts a score for every candidate but the first and criterion straight into IndexedDB (page script, as text: bench is typed for Node). */
const FILL_SCORES = `new Promise((resolve, reject) => {
  const open = indexedDB.open('panelscore');
  open.onerror = () => reject(new Error(String(open.error)));
  open.onsuccess = () => {
    const tx = open.result.transaction('scores', 'readwrite');
    const store = tx.objectStore('scores');
    let n = 0;
    for (let c = 2; c <= ${CANDIDATES}; c++)
      for (let k = 1; k <= ${CRITERIA}; k++, n++)
        store.put({
          workspaceId: 'member:bench-member-300mb',
          candidateId: 'cand-' + String(c).padStart(3, '0'),
          criterionId: 'crit-' + String(k).padStart(2, '0'),
          score: ((c + k) % 5) + 1,
          evidence: 'Answered with concrete examples from field work.',
          updatedAt: '2026-05-02T10:00:00.000Z',
        });
    tx.oncomplete = () => { open.result.close(); resolve(n); };
    tx.onerror = () => reject(new Error(String(tx.error)));
  };
})`;

async function fillScores(page: Page): Promise<number> {
  return page.evaluate<number>(FILL_SCORES);
}

/**
 * The floor under the keystroke figure: one small row put and committed with strict durability (as the
 * app's writes are: "Saved" must survive a power cut) or relaxed, in a database of the same origin
 * (Chromium keeps one LevelDB per origin), `gapMs` apart. Milliseconds per commit.
 */
function commitFloor(durability: 'strict' | 'relaxed', count: number, gapMs: number): string {
  return `new Promise((resolve, reject) => {
    const open = indexedDB.open('panelscore-bench-floor', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows');
    open.onerror = () => reject(new Error(String(open.error)));
    open.onsuccess = async () => {
      const db = open.result;
      const times = [];
      for (let i = 0; i < ${count}; i++) {
        const started = performance.now();
        await new Promise((done, fail) => {
          const tx = db.transaction('rows', 'readwrite', { durability: '${durability}' });
          tx.objectStore('rows').put({ i, text: 'Gave a clear account of the budget negotiation.' }, i % 5);
          tx.oncomplete = done;
          tx.onerror = () => fail(new Error(String(tx.error)));
        });
        times.push(performance.now() - started);
        await new Promise((wait) => setTimeout(wait, ${gapMs}));
      }
      db.close();
      indexedDB.deleteDatabase('panelscore-bench-floor');
      resolve(times);
    };
  })`;
}

/**
 * The floor under the keystroke figure while typing: a bare textarea laid over the same page, each
 * input's text put (one row, strict durability) by a worker of its own, as the save worker does but
 * with nothing of the app's. What is left between this and the app's figure is the app's own cost.
 * `checked`: the worker's transaction has the app's shape instead (three checking reads, then the
 * row and a log entry, commit() once the reads answer), so what is left is the app's machinery alone.
 */
function typingFloorSetup(checked: boolean): string {
  const work = checked
    ? "  const tx = db.transaction(['rows', 'notes', 'log'], 'readwrite', { durability: 'strict' });" +
      "  const rows = tx.objectStore('rows'); let waiting = 3; const answered = () => { if (--waiting === 0) tx.commit(); };" +
      "  rows.get(1).onsuccess = answered; tx.objectStore('notes').get(1).onsuccess = answered;" +
      "  tx.objectStore('log').index('byWorkspace').openCursor(IDBKeyRange.bound(['w', -Infinity], ['w', Infinity]), 'prev').onsuccess = answered;" +
      "  rows.put({ text: e.data }, 1); tx.objectStore('log').add({ workspace: 'w', seq: ++seq, text: e.data });"
    : "  const tx = db.transaction('rows', 'readwrite', { durability: 'strict' });" +
      "  tx.objectStore('rows').put({ text: e.data }, 1);";
  return `new Promise((ready, fail) => {
  const source = "indexedDB.deleteDatabase('panelscore-bench-typing-floor'); const open = indexedDB.open('panelscore-bench-typing-floor', 1); let seq = 0;" +
    "open.onupgradeneeded = () => { const db = open.result; db.createObjectStore('rows'); db.createObjectStore('notes');" +
    "  db.createObjectStore('log', { autoIncrement: true }).createIndex('byWorkspace', ['workspace', 'seq']); };" +
    "open.onsuccess = () => { const db = open.result; postMessage('ready'); onmessage = (e) => {" +
    ${JSON.stringify(work)} +
    "  tx.oncomplete = () => postMessage(performance.timeOrigin + performance.now()); }; };";
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  const area = document.createElement('textarea');
  area.id = 'bench-typing-floor';
  Object.assign(area.style, { position: 'fixed', inset: '4rem', zIndex: '10' });
  area.addEventListener('input', () => worker.postMessage(area.value));
  window.__floorCommits = [];
  window.__floorWorker = worker;
  worker.onerror = (event) => fail(new Error('typing floor worker: ' + event.message));
  worker.onmessage = (event) => {
    if (event.data === 'ready') { document.body.append(area); area.focus(); ready(); }
    else window.__floorCommits.push(event.data - performance.timeOrigin);
  };
})`;
}

async function typingFloor(page: Page, count: number, gapMs: number, checked = false): Promise<number[]> {
  await page.evaluate(typingFloorSetup(checked));
  await page.evaluate('window.__keydowns = []');
  const text = 'Gave a clear account of the budget negotiation and what she would do differently. ';
  for (let i = 0; i < count; i++)
    await page.keyboard.type(text[i % text.length], { delay: 0 }).then(() => page.waitForTimeout(gapMs));
  await page.waitForTimeout(200);
  const { keydowns, commits } = await page.evaluate<{ keydowns: number[]; commits: number[] }>(`({ keydowns: window.__keydowns, commits: window.__floorCommits })`);
  await page.evaluate(`window.__floorWorker.terminate(); document.getElementById('bench-typing-floor').remove(); indexedDB.deleteDatabase('panelscore-bench-typing-floor');`);
  if (commits.length < count) throw new Error(`typing floor: ${commits.length} commits for ${count} keys`);
  return pairWithKeys(keydowns, commits);
}

/** Keystroke latencies of one typing run: to the commit in IndexedDB, and to "Saved" on screen. */
interface Typed {
  committed: number[];
  shown: number[];
}

/** For each keydown, the first mark at or after it (dropped when it lands long after the next key). */
function pairWithKeys(keydowns: number[], marks: number[]): number[] {
  return keydowns.flatMap((t, i) => {
    const next = keydowns[i + 1] ?? Infinity;
    const mark = marks.find((s) => s >= t);
    // A commit that lands after the next key belongs to both: count it for this one (the slower reading).
    return mark === undefined || mark > next + 1000 ? [] : [mark - t];
  });
}

/**
 * Types `count` keys, `gapMs` apart, into the focused evidence notes. The commit time is the save
 * worker's: when IndexedDB told it the transaction completed (`panelscore:committed`, on the page's clock).
 */
async function keystrokeLatencies(page: Page, count: number, gapMs: number, split?: number[]): Promise<Typed> {
  await page.evaluate(
    `window.__keydowns = []; for (const name of ['panelscore:saved', 'panelscore:committed', 'panelscore:write-start']) performance.clearMarks(name);`,
  );
  const text = 'Gave a clear account of the budget negotiation and what she would do differently. ';
  for (let i = 0; i < count; i++)
    await page.keyboard.type(text[i % text.length], { delay: 0 }).then(() => page.waitForTimeout(gapMs));
  await page.locator('[data-save-state="saved"]').waitFor();
  const { keydowns, saves, commits, starts } = await page.evaluate<{ keydowns: number[]; saves: number[]; commits: number[]; starts: number[] }>(
    `({ keydowns: window.__keydowns,
        saves: performance.getEntriesByName('panelscore:saved').map((e) => e.startTime),
        commits: performance.getEntriesByName('panelscore:committed').map((e) => e.startTime).sort((a, b) => a - b),
        starts: performance.getEntriesByName('panelscore:write-start').map((e) => e.startTime) })`,
  );
  if (split !== undefined) {
    for (const t of keydowns) {
      const start = starts.find((s) => s >= t);
      if (start !== undefined) split.push(start - t);
    }
  }
  return { committed: pairWithKeys(keydowns, commits), shown: pairWithKeys(keydowns, saves) };
}

/** Keystroke figures of the app and of both floors, for keys typed `gapMs` apart. */
interface KeysInTurns {
  app: Typed;
  /** Keydown to the change leaving for the save worker, in the app. */
  toWriteStart: number[];
  floor: number[];
  checkedFloor: number[];
}

/**
 * Types `keys` keys `gapMs` apart in the app and in both floors, taken in turns (`turns` of each):
 * the machine's state drifts over a minute (the disk work of the import and of the stored scores
 * settling, for one), and runs one after the other would charge the drift to whichever came first.
 */
async function keysInTurns(page: Page, keys: number, gapMs: number, turns = 4): Promise<KeysInTurns> {
  const out: KeysInTurns = { app: { committed: [], shown: [] }, toWriteStart: [], floor: [], checkedFloor: [] };
  const perTurn = Math.ceil(keys / turns);
  for (let turn = 0; turn < turns; turn++) {
    await page.getByRole('textbox').first().click();
    const typed = await keystrokeLatencies(page, perTurn, gapMs, out.toWriteStart);
    out.app.committed.push(...typed.committed);
    out.app.shown.push(...typed.shown);
    out.floor.push(...(await typingFloor(page, perTurn, gapMs)));
    out.checkedFloor.push(...(await typingFloor(page, perTurn, gapMs, true)));
  }
  return out;
}

/** From navigation start to the candidate list shown with all its rows, then a frame later (interactive). */
async function launchToList(page: Page): Promise<number> {
  await page.goto('about:blank');
  await page.goto(LAST_URL.value);
  await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor({ timeout: 60_000 });
  return page.evaluate<number>(`new Promise((resolve) => {
    const check = () => {
      if (document.querySelectorAll('tbody tr').length >= ${CANDIDATES}) requestAnimationFrame(() => resolve(performance.now()));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

const LAST_URL = { value: '' };

/**
 * Imports a variant of the bench package in a browser of its own: `deflated` (an independent
 * writer may deflate every document, and the import must not then hold them unpacked) or
 * `doubled` (twice the candidates, the same largest document: the import's memory must not
 * follow the size of the package).
 */
async function importVariant(variant: 'deflated' | 'doubled', dir: string, url: string, log: (l: string) => void) {
  const file = join(dir, `bench-${variant}.panelpkg`);
  const options = variant === 'deflated' ? { compressible: true } : { candidates: 2 * CANDIDATES };
  const { size, memberName } = await writeLargePackage(file, log, options);
  log(`[member] ${variant} package written: ${(size / MB).toFixed(0)} MB`);
  const profile = await newProfileDir();
  const session = await launchBrowser(profile);
  try {
    await session.page.goto(url);
    await session.page.getByRole('button', { name: 'Import a package' }).first().waitFor();
    const memory = await sampleMemory(profile, session.page);
    let peak = { rssGrowth: 0, heapGrowth: 0 };
    const times = await importPackage(session.page, file, memberName, log, () => {
      peak = memory.peakSoFar();
    });
    await memory.stop();
    log(`[member] ${variant} import: ${times.verified} ms verified, ${times.stored} ms stored; renderer RSS +${(peak.rssGrowth / MB).toFixed(0)} MB`);
    return { size, wall: Math.round(times.verified + times.stored), rssGrowth: peak.rssGrowth };
  } finally {
    await session.close();
    await removeProfile(profile);
    await rm(file, { force: true });
  }
}

export const figures: FigureSet = {
  title: `panel member workspace in Chromium: ${CANDIDATES} candidates × ${CRITERIA} criteria, ~300 MB package`,
  async measure(log) {
    const dir = await mkdtemp(join(tmpdir(), 'panelscore-bench-member-'));
    const profile = await newProfileDir();
    // serve.mjs is an ES module with top-level await: loaded as one, not through the bench's CommonJS transform.
    const { startServer } = await import('../../tests/e2e/serve.mjs');
    const server = await startServer();
    try {
      const deflated = await importVariant('deflated', dir, server.url, log);
      const doubled = await importVariant('doubled', dir, server.url, log);
      const file = join(dir, 'bench-300mb.panelpkg');
      const { size, memberName } = await writeLargePackage(file, log);
      log(`[member] package written: ${(size / MB).toFixed(0)} MB at ${file}`);
      const session = await launchBrowser(profile);
      try {
        const { page } = session;
        await session.context.addInitScript({ content: PROBE });
        await page.goto(server.url);
        await page.getByRole('button', { name: 'Import a package' }).first().waitFor();
        const memory = await sampleMemory(profile, page);
        // The import's peak spans what its wall time spans (choosing the file to the package stored);
        // opening the workspace afterwards (its 200-row list) is reported apart, not hidden.
        let peak = { rssGrowth: 0, heapGrowth: 0 };
        const times = await importPackage(page, file, memberName, log, () => {
          peak = memory.peakSoFar();
        });
        const opened = await memory.stop();
        log(
          `[member] import: ${times.verified} ms verified, ${times.stored} ms stored; renderer RSS +${(peak.rssGrowth / MB).toFixed(0)} MB, JS heap +${(peak.heapGrowth / MB).toFixed(0)} MB (+${(opened.rssGrowth / MB).toFixed(0)} MB RSS once the workspace is open)`,
        );
        log(`[member] filling ${CANDIDATES - 1} × ${CRITERIA} scores…`);
        log(`[member] ${await fillScores(page)} scores stored; typing ${KEYSTROKES} keystrokes…`);
        await page.reload();
        await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor({ timeout: 60_000 });
        await page.getByRole('button', { name: 'Candidate 001', exact: true }).click();
        await page.getByRole('heading', { name: 'Candidate 001', level: 1 }).waitFor();
        const { app: typed, toWriteStart, floor: typedFloor, checkedFloor: typedCheckedFloor } = await keysInTurns(page, KEYSTROKES, 45);
        const latencies = typed.committed;
        const strictFloor = await page.evaluate<number[]>(commitFloor('strict', 80, 45));
        const relaxedFloor = await page.evaluate<number[]>(commitFloor('relaxed', 80, 45));
        const { app: { committed: isolated }, floor: isolatedFloor, checkedFloor: isolatedCheckedFloor } = await keysInTurns(page, 80, 400);
        log(`[member] ${latencies.length} keystrokes paired with their commit; launching ${LAUNCHES} times…`);
        await page.getByRole('button', { name: 'Candidates', exact: true }).click();
        await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
        LAST_URL.value = page.url();
        const launches: number[] = [];
        for (let i = 0; i < LAUNCHES; i++) launches.push(await launchToList(page));
        log(`[member] launch to list: ${launches.map((t) => t.toFixed(0)).join(', ')} ms`);
        const figuresOut: Figure[] = [
          {
            name: 'member-import-300mb-wall',
            label: `import of a ${(size / MB).toFixed(0)} MB package (verify + store)`,
            value: Math.round(times.verified + times.stored),
            unit: 'ms',
            target: { max: 15_000 },
          },
          {
            name: 'member-import-300mb-verify',
            label: 'of which verifying (worker, read piece by piece)',
            value: times.verified,
            unit: 'ms',
          },
          {
            name: 'member-import-peak-rss-growth',
            label: `renderer RSS growth during import, file chosen to package stored (largest document ${LARGEST_DOCUMENT / MB} MB)`,
            value: Math.round(peak.rssGrowth / MB),
            unit: 'MB',
            target: { max: (2 * LARGEST_DOCUMENT) / MB },
          },
          {
            name: 'member-import-open-peak-rss-growth',
            label: 'renderer RSS growth, import then opening the workspace (candidate list)',
            value: Math.round(opened.rssGrowth / MB),
            unit: 'MB',
          },
          {
            name: 'member-import-deflated-wall',
            label: `the same documents deflated (a ${(deflated.size / MB).toFixed(0)} MB package): import (verify + store)`,
            value: deflated.wall,
            unit: 'ms',
            target: { max: 15_000 },
          },
          {
            name: 'member-import-deflated-peak-rss-growth',
            label: 'renderer RSS growth during that import (documents kept packed until read)',
            value: Math.round(deflated.rssGrowth / MB),
            unit: 'MB',
            target: { max: (2 * LARGEST_DOCUMENT) / MB },
          },
          {
            name: 'member-import-doubled-peak-rss-growth',
            label: `renderer RSS growth importing a package twice the size (${(doubled.size / MB).toFixed(0)} MB, ${2 * CANDIDATES} candidates, same largest document)`,
            value: Math.round(doubled.rssGrowth / MB),
            unit: 'MB',
            target: { max: (2 * LARGEST_DOCUMENT) / MB },
          },
          {
            name: 'member-import-peak-heap-growth',
            label: 'page JS heap growth during import (CDP JSHeapUsedSize)',
            value: Math.round(peak.heapGrowth / MB),
            unit: 'MB',
          },
          {
            name: 'member-keystroke-commit-p50',
            label: `keystroke to IndexedDB commit, typing (45 ms apart), p50 (${latencies.length} keys)`,
            value: Number(percentile(latencies, 50).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-keystroke-commit-p95',
            label: 'keystroke to IndexedDB commit, p95',
            value: Number(percentile(latencies, 95).toFixed(1)),
            unit: 'ms',
            target: { max: 16 },
          },
          {
            name: 'member-keystroke-saved-shown-p95',
            label: 'keystroke to "Saved" on screen (the answer back on the page\'s thread), p95',
            value: Number(percentile(typed.shown, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-keystroke-to-write-start-p95',
            label: 'of which keydown to the change leaving for the save worker (React, save queue), p95',
            value: Number(percentile(toWriteStart, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-commit-floor-strict-p50',
            label: 'floor: one small row committed, strict durability, same origin, p50',
            value: Number(percentile(strictFloor, 50).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-commit-floor-strict-p95',
            label: 'floor: the same, p95',
            value: Number(percentile(strictFloor, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-typing-floor-p50',
            label: 'floor while typing: a bare textarea over the page, each keystroke put by a plain worker (strict), p50',
            value: Number(percentile(typedFloor, 50).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-typing-floor-p95',
            label: 'floor while typing: the same (in turns with the app), p95',
            value: Number(percentile(typedFloor, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-typing-floor-checked-p95',
            label: "the same floor with the app's transaction (three checking reads, the row and a log entry), p95",
            value: Number(percentile(typedCheckedFloor, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-commit-floor-relaxed-p95',
            label: 'floor: the same with relaxed durability (no flush to disk), p95',
            value: Number(percentile(relaxedFloor, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-keystroke-commit-isolated-p50',
            label: `same, one key every 400 ms (no queueing), p50 (${isolated.length} keys)`,
            value: Number(percentile(isolated, 50).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-keystroke-commit-isolated-p95',
            label: 'same, one key every 400 ms, p95',
            value: Number(percentile(isolated, 95).toFixed(1)),
            unit: 'ms',
            target: { max: 16 },
          },
          {
            name: 'member-typing-floor-isolated-p95',
            label: 'floor while typing one key every 400 ms (bare textarea, plain worker; in turns with the app), p95',
            value: Number(percentile(isolatedFloor, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-typing-floor-isolated-checked-p95',
            label: "the same floor with the app's transaction, one key every 400 ms, p95",
            value: Number(percentile(isolatedCheckedFloor, 95).toFixed(1)),
            unit: 'ms',
          },
          {
            name: 'member-launch-to-list',
            label: `navigation start to interactive candidate list, median of ${LAUNCHES}`,
            value: Math.round(percentile(launches, 50)),
            unit: 'ms',
            target: { max: 1500 },
          },
        ];
        return figuresOut;
      } finally {
        await session.close();
      }
    } finally {
      await server.close();
      await removeProfile(profile);
      await rm(dir, { recursive: true, force: true });
    }
  },
};
