// Real Chromium for the e2e tests: finds an installed browser (never downloads one),
// launches it headless on a throwaway profile, and records console errors and CSP violations.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { REPORT_CSP_VIOLATIONS } from './page-scripts';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function playwrightCacheChromiums(): string[] {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((dir) => dir.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((dir) => [
      join(cache, dir, 'chrome-linux64', 'chrome'),
      join(cache, dir, 'chrome-linux', 'chrome'),
      join(cache, dir, 'chrome-linux', 'headless_shell'),
      join(cache, dir, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    ]);
}

/** The Chromium to test with: CHROMIUM_PATH, a system install, or playwright's cache. Throws how to get one. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there. Point it at a Chromium or Chrome executable, or unset it to use /usr/bin/chromium.`);
  }
  const found = [...SYSTEM_CHROMIUMS, ...playwrightCacheChromiums()].find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'The end-to-end tests need Chromium and none was found (looked for CHROMIUM_PATH, ' +
      `${SYSTEM_CHROMIUMS.join(', ')} and playwright's cache). Install it with \`sudo apt-get install chromium\`, ` +
      'or set CHROMIUM_PATH to the path of a Chromium or Chrome executable.',
  );
}

/** What the page complained about: console errors, uncaught exceptions, CSP violations. */
export interface PageProblems {
  errors: string[];
  cspViolations: string[];
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  problems: PageProblems;
  /** Closes the browser; the profile stays until removeProfile(). */
  close(): Promise<void>;
}

/** A new, empty profile directory. */
export function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'panelscore-e2e-'));
}

/** Deletes a profile directory made by newProfileDir(). */
export async function removeProfile(userDataDir: string): Promise<void> {
  await rm(userDataDir, { recursive: true, force: true });
}

/** Launches headless Chromium on `userDataDir` (a relaunch on the same dir keeps IndexedDB). */
export async function launchBrowser(userDataDir: string, viewport = { width: 1280, height: 720 }, extraArgs: readonly string[] = []): Promise<BrowserSession> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [...LAUNCH_ARGS, ...extraArgs],
    viewport,
  });
  const problems: PageProblems = { errors: [], cspViolations: [] };
  // Runs before any page script; init scripts are injected by the driver, so the CSP does not block them.
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (/CSP violation|Content Security Policy/i.test(text)) problems.cspViolations.push(text);
      else problems.errors.push(text);
    });
    page.on('pageerror', (error) => problems.errors.push(`Uncaught: ${error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, userDataDir, problems, close: () => context.close() };
}

/** SIGKILLs the Chromium browser process running on `userDataDir` (its children die with it): a crash, not a close. */
export async function killBrowser(userDataDir: string): Promise<void> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,args=']);
  const main = stdout
    .split('\n')
    .map((line) => line.trim().match(/^(\d+) (.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null && m[2].includes(`--user-data-dir=${userDataDir}`) && !m[2].includes('--type='));
  if (main.length !== 1) {
    throw new Error(`Expected one Chromium browser process on ${userDataDir}, found ${main.length}: was it launched with launchBrowser() and is it still running?`);
  }
  process.kill(Number(main[0][1]), 'SIGKILL');
}
