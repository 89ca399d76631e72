// The one contract between the screens and the machine they run on. Two
// implementations: electron.ts (preload bridge) and browser.ts (web APIs).

import type { Signer } from '../../../core/types';
import type { Role } from '../roles';

/** A file type offered in open and save dialogs, e.g. `{ name: 'Exercise package', extensions: ['panelpkg'] }`. */
export interface FileFilter {
  name: string;
  /** Extensions without the dot. */
  extensions: string[];
}

export interface OpenFilesOptions {
  /** Dialog title, e.g. "Choose score sheets". */
  title: string;
  filters: FileFilter[];
  /** Allow choosing more than one file. */
  multiple: boolean;
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveResult {
  /** False when the person cancelled the dialog. */
  saved: boolean;
}

export interface WorkspaceSigner {
  signer: Signer;
  /** `3f2a 91c0 77de 0b12`, to read aloud and compare. */
  fingerprint: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** Where the app runs: the desktop app or a plain browser (tests, demos). */
  runtime: 'electron' | 'browser';
  /** True when private keys are protected by the OS keychain; false means show a warning. */
  keysProtectedByOs: boolean;
}

export interface Platform {
  /** Lets a person pick files; resolves to [] when the dialog is cancelled. */
  openFiles(options: OpenFilesOptions): Promise<OpenedFile[]>;
  /**
   * Lets a person pick one file without reading it, so that a large exercise package can be read
   * piece by piece; resolves to null when cancelled. Both platforms have it (a file input: Electron
   * shows its native dialog for one); where it is missing (test fakes), callers use openFiles.
   */
  pickFile?(options: Omit<OpenFilesOptions, 'multiple'>): Promise<File | null>;
  /** Offers `bytes` for saving under a suggested file name. */
  saveFile(name: string, bytes: Uint8Array, filters: FileFilter[]): Promise<SaveResult>;
  /** The signing key of one workspace, created on first use; the private key never reaches the screens. */
  getSigner(role: Role, workspaceId: string): Promise<WorkspaceSigner>;
  /**
   * Deletes the workspace's signing key for good (closing an exercise); nothing happens when there is none.
   * Both platforms implement it; optional only so that test fakes without keys need not.
   */
  deleteSigner?(role: Role, workspaceId: string): Promise<void>;
  /**
   * Prints the current page with its print stylesheet: to an A4 PDF offered for saving in the
   * desktop app, through the browser's print dialog (Save as PDF) in a browser. Optional only so
   * that test fakes need not implement it; both platforms do.
   */
  printToPdf?(suggestedName: string): Promise<SaveResult>;
  /**
   * Calls `handler` with each file the OS asks the app to open (double-click on a .panelpkg or
   * .scores.json); returns the function that stops it. A no-op in a browser. Optional only so that
   * test fakes need not implement it; both platforms do.
   */
  onFileOpened?(handler: (file: FileOpenedByOs) => void): () => void;
  appInfo(): Promise<AppInfo>;
}

/** A file the OS asked the app to open: an exercise package or a score sheet, already read. */
export interface FileOpenedByOs {
  kind: 'exercise-package' | 'score-sheet';
  name: string;
  bytes: Uint8Array;
}
