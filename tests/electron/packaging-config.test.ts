// The packaging configuration, read and checked by electron-builder's own loader and schema, then
// held to what the project needs: three OSes, the fuses, file associations, icons that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stats } from 'node:fs';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  productName: string;
  scripts: Record<string, string>;
};

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
});

/** Target names of one platform section, whether written as strings or `{ target }` objects. */
function targetsOf(section: { target?: unknown } | null | undefined): string[] {
  const list = Array.isArray(section?.target) ? (section.target as unknown[]) : [section?.target];
  return list.map((entry) =>
    typeof entry === 'string' ? entry : String((entry as { target?: unknown } | undefined)?.target),
  );
}

function buildResources(): string {
  return join(root, config.directories?.buildResources ?? 'build');
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function associations(): Array<Record<string, unknown>> {
  const list = config.fileAssociations;
  return (Array.isArray(list) ? list : list ? [list] : []) as unknown as Array<Record<string, unknown>>;
}

describe('electron-builder.yml', () => {
  it('matches electron-builder’s own configuration schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app with a reverse-DNS id and the product name of package.json', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.productName).toBe(packageJson.productName);
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(targetsOf(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
  });

  it('flips all six security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).not.toBe(false);
  });

  it.each(['panelpkg', 'scores.json'])(
    'associates .%s with the app, with a name, description, role, icon and mime type',
    (ext) => {
      const association = associations().find((entry) => entry.ext === ext);
      expect(association).toBeDefined();
      for (const field of ['name', 'description', 'icon', 'mimeType']) {
        expect(typeof association?.[field]).toBe('string');
        expect(association?.[field]).not.toBe('');
      }
      expect(['Viewer', 'Editor']).toContain(association?.role);
      expect(String(association?.mimeType)).toMatch(/^application\/x-panelscore-[a-z+-]+$/);
    },
  );

  it('holds in build/ every icon it names: the app icon (512 px or more) and each document icon for Windows and macOS', () => {
    const appIcons = [config.linux?.icon, config.win?.icon, config.mac?.icon].filter(
      (icon): icon is string => typeof icon === 'string',
    );
    expect(appIcons.length).toBeGreaterThan(0);
    for (const icon of appIcons) {
      expect(existsSync(join(root, icon)), `${icon} is missing`).toBe(true);
      if (icon.endsWith('.png')) {
        const { width, height } = pngSize(join(root, icon));
        expect(Math.min(width, height)).toBeGreaterThanOrEqual(512);
      }
    }
    for (const association of associations()) {
      const icon = String(association.icon);
      // electron-builder's rule: a name without extension means <name>.ico on Windows and <name>.icns on macOS.
      const files = icon.includes('.') ? [icon] : [`${icon}.ico`, `${icon}.icns`];
      for (const file of files)
        expect(existsSync(join(buildResources(), file)), `build/${file} is missing`).toBe(true);
    }
  });

  it('packs the built app and keeps node_modules, sources and source maps out', () => {
    // getConfig normalises `files` to [{ filter: [...] }]; the matcher wants the patterns.
    const patterns = (Array.isArray(config.files) ? config.files : [config.files]).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : ((entry as { filter?: string[] } | null)?.filter ?? []),
    );
    expect(patterns.length).toBeGreaterThan(0);
    const matcher = new FileMatcher(root, '/app', (pattern) => pattern, patterns);
    const filter = matcher.createFilter();
    const file = { isDirectory: () => false } as Stats;
    const packed = (path: string) => filter(join(root, path), file);
    expect(packed('out/main/index.js')).toBe(true);
    expect(packed('out/preload/index.cjs')).toBe(true);
    expect(packed('out/renderer/index.html')).toBe(true);
    for (const path of [
      'node_modules/zod/index.js',
      'out/node_modules/zod/index.js',
      'out/main/index.js.map',
      'core/types.ts',
      'renderer/src/main.tsx',
      'electron/main/index.ts',
      'tests/electron/ipc.test.ts',
      'cli/src/main.ts',
    ])
      expect(packed(path), `${path} would be packed`).toBe(false);
  });

  it('is run by `npm run dist` after the app is built', () => {
    expect(packageJson.scripts.dist).toMatch(/electron-vite build\s*&&\s*electron-builder/);
  });
});
