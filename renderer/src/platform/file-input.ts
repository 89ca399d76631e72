// Picking files through a file input: the OS dialog, and Files the page reads piece by piece
// (Blob.slice) from disk. Both platforms use it: Electron shows its native dialog for an input too.

import type { FileFilter, OpenFilesOptions } from './types';

/** The `accept` attribute for a file input: `.panelpkg,.json`. */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions.map((ext) => `.${ext.replace(/^\./, '')}`));
  return [...new Set(extensions)].join(',');
}

/** Shows the file dialog of a file input; resolves to the files picked, [] when cancelled. */
export function pickFilesWithInput(options: Pick<OpenFilesOptions, 'filters' | 'multiple'>): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options.multiple;
    input.accept = acceptAttribute(options.filters);
    input.addEventListener('change', () => resolve(input.files ? [...input.files] : []), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}
