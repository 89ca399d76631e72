// Copies the screenshots the guides show, made by tests/e2e/guide-screenshots.test.ts as
// test-results/screenshots/guide-NAME.png, to docs/guides/img/NAME.png; removes pictures no guide
// shows any more, and fails when a guide names one no screenshot provides. `npm run guides:screenshots`.

import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FROM = join(ROOT, 'test-results', 'screenshots');
const GUIDES = join(ROOT, 'docs', 'guides');
const TO = join(GUIDES, 'img');
const TAKE_THEM = 'Take them first: npx vitest run --project e2e tests/e2e/guide-screenshots.test.ts (after npx electron-vite build).';

/** The guide screenshots in test-results/screenshots/, as file names. */
async function shotsTaken() {
  const names = await readdir(FROM).catch(() => []);
  return names.filter((name) => /^guide-.+\.png$/.test(name)).sort();
}

/** The img/….png files that the guides' Markdown refers to. */
async function picturesNamed() {
  const named = new Set();
  for (const file of (await readdir(GUIDES)).filter((name) => name.endsWith('.md'))) {
    const text = await readFile(join(GUIDES, file), 'utf8');
    for (const match of text.matchAll(/\]\(img\/([^)\s]+\.png)\)/g)) named.add(match[1]);
  }
  return [...named].sort();
}

const shots = await shotsTaken();
if (shots.length === 0) {
  console.error(`No guide screenshots in ${FROM}. ${TAKE_THEM}`);
  process.exit(1);
}
const named = await picturesNamed();
const taken = new Set(shots.map((name) => name.slice('guide-'.length)));
const missing = named.filter((name) => !taken.has(name));
if (missing.length > 0) {
  console.error(`The guides show pictures that no screenshot provides: ${missing.join(', ')}. Add them to tests/e2e/guide-screenshots.test.ts, or fix the guide. ${TAKE_THEM}`);
  process.exit(1);
}
await mkdir(TO, { recursive: true });
for (const name of named) await copyFile(join(FROM, `guide-${name}`), join(TO, name));
const stale = (await readdir(TO)).filter((name) => name.endsWith('.png') && !named.includes(name));
for (const name of stale) await rm(join(TO, name));
console.log(`Copied ${named.length} screenshots to ${TO}${stale.length > 0 ? `; removed ${stale.join(', ')}, which no guide shows` : ''}.`);
