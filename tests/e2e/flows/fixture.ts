// The set-up every e2e file shares: the built renderer served on 127.0.0.1, the demo exercise,
// a scratch folder, and Chromium on throwaway profiles, with the teardown registered once here.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type Demo, buildDemo } from '../../../core/demo';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from '../browser';
import { type StaticServer, startServer } from '../serve.mjs';

export interface FixtureOptions {
  /** Serve the built renderer (default true; a file that opens only local files says false). */
  server?: boolean;
  /** Build the demo exercise (its package, documents and sample sheets) before the tests. */
  demo?: boolean;
  /** Make a scratch folder with this name prefix before the tests; removed after them. */
  work?: string;
}

export interface ServerAndBrowser {
  /** The static server of out/renderer. */
  server(): StaticServer;
  /** The demo exercise, built once for the file. */
  demo(): Demo;
  /** The scratch folder made for the file. */
  work(): string;
  /** A new, empty profile directory: removed after the test, or after the file when made outside a test. */
  newProfile(): Promise<string>;
  /**
   * Chromium on `profile` (default: a new one). Closed after the test that launched it, or after
   * the file when launched in beforeAll; closing it earlier is fine.
   */
  launch(options?: LaunchOptions): Promise<BrowserSession>;
  /** launch(), then the app loaded from the server. */
  openApp(options?: LaunchOptions): Promise<BrowserSession>;
}

export interface LaunchOptions {
  profile?: string;
  viewport?: { width: number; height: number };
  /** Chromium switches on top of the usual ones, e.g. `--js-flags=--expose-gc`. */
  args?: readonly string[];
}

/** What one scope (a test, or the whole file) has opened and must close. */
interface Scope {
  sessions: BrowserSession[];
  profiles: string[];
}

function notReady(what: string, how: string): Error {
  return new Error(`The e2e fixture has no ${what}: ${how}. Read it inside a test or a hook.`);
}

async function closeScope(scope: Scope, closed: WeakSet<BrowserSession>): Promise<void> {
  // A browser killed or closed by the test has nothing left to close.
  await Promise.all(scope.sessions.splice(0).filter((s) => !closed.has(s)).map((s) => s.close().catch(() => undefined)));
  await Promise.all(scope.profiles.splice(0).map(removeProfile));
}

/**
 * Registers the file's set-up and teardown (call it once, at the top of an e2e test file) and
 * returns getters for what it made.
 */
export function useServerAndBrowser(options: FixtureOptions = {}): ServerAndBrowser {
  const { server: serve = true, demo: withDemo = false, work: workPrefix } = options;
  let server: StaticServer | undefined;
  let demo: Demo | undefined;
  let work: string | undefined;
  const file: Scope = { sessions: [], profiles: [] };
  let test: Scope | null = null;
  const closed = new WeakSet<BrowserSession>();

  beforeAll(async () => {
    [server, demo, work] = await Promise.all([
      serve ? startServer() : undefined,
      withDemo ? buildDemo() : undefined,
      workPrefix === undefined ? undefined : mkdtemp(join(tmpdir(), workPrefix)),
    ]);
  });
  beforeEach(() => {
    test = { sessions: [], profiles: [] };
  });
  afterEach(async () => {
    if (test) await closeScope(test, closed);
    test = null;
  });
  afterAll(async () => {
    await closeScope(file, closed);
    await server?.close();
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  const newProfile = async (): Promise<string> => {
    const profile = await newProfileDir();
    (test ?? file).profiles.push(profile);
    return profile;
  };

  const launch = async ({ profile, viewport, args }: LaunchOptions = {}): Promise<BrowserSession> => {
    const session = await launchBrowser(profile ?? (await newProfile()), viewport, args);
    session.context.on('close', () => closed.add(session));
    (test ?? file).sessions.push(session);
    return session;
  };
  const getServer = (): StaticServer => server ?? raise(notReady('server', 'it starts in beforeAll, unless { server: false }'));

  return {
    server: getServer,
    demo: () => demo ?? raise(notReady('demo', 'pass { demo: true }; it is built in beforeAll')),
    work: () => work ?? raise(notReady('scratch folder', "pass { work: 'panelscore-…-' }; it is made in beforeAll")),
    newProfile,
    launch,
    openApp: async (launchOptions) => {
      const session = await launch(launchOptions);
      await session.page.goto(getServer().url);
      return session;
    },
  };
}

function raise(error: Error): never {
  throw error;
}
