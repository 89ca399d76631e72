/**
 * The page the secretariat-import figure runs in Chromium, kept as TSX source text (bench is
 * type-checked for Node): the screen's own modules (collectSheets, useCollectionMerge, MergeView)
 * bundled by esbuild, driven from window.panelscoreBench.
 */

/** Source of the page's entry module; `RENDERER` and `CORE` are replaced by the absolute paths of renderer/src and core. */
export const PAGE_ENTRY = `
import { createElement, useEffect } from 'react';
import { hashString } from 'CORE/canonical';
import { createRoot } from 'react-dom/client';
import { collectSheets, loadCollection, loadCollectionReusing } from 'RENDERER/db/secretariat-sheets';
import { createMergeMemo, mergeCollection } from 'RENDERER/features/secretariat/collection-merge';
import { useCollectionMerge } from 'RENDERER/features/secretariat/use-collection-merge';
import { MergeView } from 'RENDERER/features/secretariat/MergeView';

let waiter = null;

function Probe({ record }) {
  const live = useCollectionMerge(record);
  useEffect(() => {
    if (!waiter) return;
    if (live.status === 'error') waiter.fail(new Error(live.message));
    if (live.status === 'ready' && live.merge.files.length === waiter.files) {
      const done = waiter;
      waiter = null;
      done.resolve({ at: performance.now(), inputs: live.merge.decision.inputs.length, rejected: live.merge.files.filter((f) => f.status === 'rejected').length });
    }
  }, [live]);
  return live.status === 'ready' ? createElement(MergeView, { record, merge: live.merge, sheets: live.sheets }) : null;
}

/** Resolves once the merge view shows a merge of \`files\` collected files. */
function shown(files) {
  return new Promise((resolve, fail) => { waiter = { files, resolve, fail }; });
}

async function fetchBytes(path) {
  return new Uint8Array(await (await fetch(path)).arrayBuffer());
}

window.panelscoreBench = {
  /** Collects \`count\` sheets into a fresh workspace, then one more; times each until the merge view shows it. */
  async run(record, count, extra) {
    const sheets = await Promise.all(Array.from({ length: count }, (_, i) => fetchBytes('sheets/' + i + '.json')));
    const files = sheets.map((bytes, i) => ({ name: 'sheet-' + i + '.scores.json', bytes }));
    const one = { name: 'extra.scores.json', bytes: await fetchBytes(extra) };
    const container = document.getElementById('root');
    const root = createRoot(container);
    const empty = shown(0);
    root.render(createElement(Probe, { record }));
    await empty;

    const started = performance.now();
    const all = shown(count);
    await collectSheets(record.workspaceId, files);
    const stored = performance.now();
    const first = await all;

    const again = performance.now();
    const plusOne = shown(count + 1);
    await collectSheets(record.workspaceId, [one]);
    const second = await plusOne;

    const loading = performance.now();
    const loaded = await loadCollection(record.workspaceId);
    const loadMs = performance.now() - loading;
    const known = new Map();
    await loadCollectionReusing(record.workspaceId, known);
    const rereading = performance.now();
    await loadCollectionReusing(record.workspaceId, known);
    const rereadMs = performance.now() - rereading;
    const memo = createMergeMemo();
    const pure = performance.now();
    mergeCollection(record, loaded.sheets, loaded.trust, memo);
    const pureMs = performance.now() - pure;
    const warm = performance.now();
    mergeCollection(record, loaded.sheets, loaded.trust, memo);
    const warmMs = performance.now() - warm;
    // What the pure-JS SHA-256 of every file costs (the part WebCrypto could take over).
    const hashing = performance.now();
    for (const { bytes } of loaded.sheets) hashString(bytes);
    const hashMs = performance.now() - hashing;
    root.unmount();
    return {
      importMs: first.at - started,
      storeMs: stored - started,
      remergeMs: second.at - again,
      coldMergeMs: pureMs,
      loadMs,
      rereadMs,
      hashMs,
      warmMergeMs: warmMs,
      inputs: first.inputs,
      rejected: first.rejected,
      inputsAfter: second.inputs,
      rows: container.querySelectorAll('tr').length,
    };
  },
};
`;
