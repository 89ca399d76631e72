import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main and preload are bundled to CommonJS (a sandboxed preload must be CJS);
// the renderer is a plain web build that also runs in a browser for the e2e tests.
export default defineConfig({
  main: {
    build: {
      // Bundle every dependency: @noble and canonicalize are ESM-only (a CJS main cannot require
      // them reliably), and a self-contained out/main needs no node_modules in the package.
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only 'electron': everything else must be bundled.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    plugins: [react()],
  },
});
