#!/usr/bin/env node
// Electron security scan: runs Electronegativity on electron/, writes SARIF to .tmp/electronegativity/,
// and fails on any finding not in the reviewed allow-list (.ci/electronegativity-allow.json).
//
// Usage: node .ci/electronegativity.mjs [dir ...]   (default: electron)
// The sources are scanned, not out/: in the bundle BrowserWindow becomes `electron.BrowserWindow`,
// which the checks do not recognise, and scanning out/preload on its own trips the global checks.
// Electronegativity's CLI fetches translations (and Electron's release list) from the network on
// every start; this script runs its runner in-process with those fetches stubbed out, so the scan
// works offline and takes seconds. AvailableSecurityFixesGlobalCheck, which only compares the
// Electron version with that online release list, is left out: Electron updates are npm audit's job.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const allowListPath = join(root, '.ci', 'electronegativity-allow.json');

/** Replaces `got` inside Electronegativity with a stub that fails at once, as if offline. */
function stubNetwork() {
  const packageJson = require.resolve('@doyensec/electronegativity/package.json');
  const gotPath = createRequire(packageJson).resolve('got');
  const stub = () => Promise.reject(new Error('network disabled for the offline scan'));
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: Object.assign(stub, { default: stub }),
  };
  process.env.LANG = 'en-US';
}

function readAllowList() {
  const entries = JSON.parse(readFileSync(allowListPath, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${allowListPath} must be a JSON array`);
  for (const entry of entries) {
    if (
      typeof entry.id !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.reason !== 'string' ||
      entry.reason.trim().length < 20
    ) {
      throw new Error(
        `${allowListPath}: every entry needs "id", "file" and a real "reason": ${JSON.stringify(entry)}`,
      );
    }
  }
  return entries;
}

/** The SARIF report once Electronegativity has finished writing it (it writes without waiting). */
async function readSarif(path) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`Electronegativity did not write ${path}`);
}

/** Findings of one SARIF report as { id, file, line, message }, the file relative to the repository root. */
function findingsOf(sarif, scannedDir) {
  return sarif.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      // Global checks (about the application as a whole) have no file: they are listed as `*`.
      const file = uri === '' || uri === 'file:///' ? '*' : relative(root, resolve(scannedDir, uri));
      return {
        id: result.ruleId,
        file: file.split('\\').join('/'),
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      };
    }),
  );
}

async function main() {
  const requested = process.argv.slice(2);
  const targets = (requested.length > 0 ? requested : ['electron'])
    .map((dir) => resolve(root, dir))
    .filter((dir) => existsSync(dir));
  if (targets.length === 0)
    throw new Error(`nothing to scan: ${requested.join(', ') || 'electron/'} not found`);

  stubNetwork();
  const run = require('@doyensec/electronegativity');
  // Its translation loader reports the (intended) failed fetch on every run: not worth a line.
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const outDir = join(root, '.tmp', 'electronegativity');
  mkdirSync(outDir, { recursive: true });

  const allowList = readAllowList();
  const used = new Set();
  const unexpected = [];
  let total = 0;
  for (const dir of targets) {
    const name = relative(root, dir).split(/[\\/]/).join('-');
    const output = join(outDir, `${name}.sarif`);
    rmSync(output, { force: true });
    const result = await run(
      {
        input: dir,
        output,
        isSarif: true,
        isRelative: true,
        electronVersionOverride: electronVersion,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      },
      false,
    );
    for (const error of result.errors.filter((e) => !e.tolerable)) {
      unexpected.push({
        id: 'PARSE_ERROR',
        file: relative(root, error.file),
        line: 0,
        message: error.message,
      });
    }
    for (const finding of findingsOf(await readSarif(output), dir)) {
      total += 1;
      const allowed = allowList.findIndex((entry) => entry.id === finding.id && entry.file === finding.file);
      const where = `${finding.id}  ${finding.file}:${finding.line}`;
      if (allowed >= 0) {
        used.add(allowed);
        console.log(`allowed  ${where}  (${allowList[allowed].reason})`);
      } else {
        unexpected.push(finding);
      }
    }
    console.log(`scanned ${relative(root, dir)}/ → ${relative(root, output)}`);
  }

  for (const finding of unexpected)
    console.error(`FINDING  ${finding.id}  ${finding.file}:${finding.line}  ${finding.message}`);
  allowList.forEach((entry, index) => {
    if (!used.has(index)) console.warn(`unused allow-list entry (remove it): ${entry.id} ${entry.file}`);
  });
  console.log(
    `electronegativity: ${total} finding(s), ${total - unexpected.length} allowed, ${unexpected.length} not allowed`,
  );
  if (unexpected.length > 0) {
    console.error(
      'Fix these, or add a reviewed entry (id, file, reason) to .ci/electronegativity-allow.json.',
    );
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(
    `electronegativity scan failed to run: ${error instanceof Error ? error.stack : String(error)}`,
  );
  process.exitCode = 1;
});
