// Builds the PDF harness (tests/renderer/pdf-harness) with Vite (pdf.js's worker bundled as in the app) into test-results/.

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const HERE = fileURLToPath(new URL('../renderer/pdf-harness/', import.meta.url));
/** Where the built harness goes (gitignored). */
export const HARNESS_OUT = fileURLToPath(new URL('../../test-results/pdf-harness/', import.meta.url));

/** Builds the harness page; returns its folder. */
export async function buildPdfHarness(): Promise<string> {
  await build({
    root: HERE,
    base: './',
    logLevel: 'error',
    configFile: false,
    plugins: [react()],
    build: { outDir: HARNESS_OUT, emptyOutDir: true },
  });
  return HARNESS_OUT;
}
