// Picking files through a file input: the OS dialog, and Files the page reads piece by piece
// (Blob.slice) from disk. Both platforms use it: Electron shows its native dialog for an input too.

import type { FileFilter, OpenFilesOptions } from './types';

/** The `accept` attribute for a file input: `.panelpkg,.json`. */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext.replace(/^\./, '')}`));
  return [...new Set(extensions)].join(',');
}

/**
 * The input whose dialog is open. Nothing else holds it: it is in no document, and its listeners
 * hold it only from itself. Without this, a garbage collection while the dialog is open takes the
 * input, and the file the person then picks never arrives.
 */
let dialogInput: HTMLInputElement | null = null;

/** Shows the file dialog of a file input; resolves to the files picked, [] when cancelled. */
export function pickFilesWithInput(options: Pick<OpenFilesOptions, 'filters' | 'multiple'>): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = acceptAttribute(options.filters);
    const settle = (files: File[]) => {
      if (dialogInput === input) dialogInput = null;
      resolve(files);
    };
    input.addEventListener('change', () => settle(input.files ? [...input.files] : []), { once: true });
    input.addEventListener('cancel', () => settle([]), { once: true });
    // One dialog at a time: a new one replaces an input whose dialog closed without a word.
    dialogInput = input;
    input.click();
  });
}
