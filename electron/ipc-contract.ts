/**
 * The one source of IPC channel names and payload types, shared by main, preload and the
 * renderer's platform/electron.ts. Imports nothing: it is bundled into all three.
 */

/** The name under which the preload exposes the bridge: `window.panelscore`. */
export const BRIDGE_NAME = 'panelscore';

/** Largest message `sign` accepts (the canonical bytes of a document). */
export const MAX_SIGN_MESSAGE_BYTES = 32 * 1024 * 1024;
/** Largest single file `openFiles` reads, and largest payload `saveFile` writes. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** Largest total of all files one `openFiles` call returns. */
export const MAX_OPEN_TOTAL_BYTES = 1024 * 1024 * 1024;

/** Whose key: the panel member's own, or the secretariat's signing key. */
export type KeyRole = 'member' | 'secretariat';

/** Identifies one key: one per role and workspace (workspaceId: 1–128 of `A-Za-z0-9._:-`, starting alphanumeric). */
export interface KeyRef {
  role: KeyRole;
  workspaceId: string;
}

/** The public half of a key, as shown and exchanged. The private key never crosses IPC. */
export interface PublicKeyInfo {
  /** 32-byte Ed25519 public key, base64url without padding. */
  publicKey: string;
  /** formats §1.2, e.g. `3f2a 91c0 77de 0b12`. */
  fingerprint: string;
  /** False when the private key is stored without OS keychain protection (show a warning). */
  protectedByOs: boolean;
}

export interface SignRequest extends KeyRef {
  /** The exact bytes to sign (canonical document bytes built by core), at most MAX_SIGN_MESSAGE_BYTES. */
  message: Uint8Array;
}

/** A file-type filter of the native dialogs: extensions without the dot, `*` for any. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFilesRequest {
  title: string;
  filters: FileFilter[];
  multi: boolean;
}

/** A file the person picked: its base name and contents. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  /** A plain file name (no folders), proposed in the save dialog. */
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

/** Print the sender's page (its print stylesheet) to an A4 PDF and offer it for saving. */
export interface PrintToPdfRequest {
  /** A plain file name ending in .pdf (no folders), proposed in the save dialog. */
  suggestedName: string;
}

/** `saved` is false when the person cancelled the dialog. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

export interface AppInfo {
  version: string;
  platform: string;
  /** True when private keys are protected by the OS keychain (Electron safeStorage). */
  safeStorage: boolean;
}

/** What the preload exposes as `window.panelscore`: one function per IPC channel. */
export interface PanelscoreBridge {
  /** The key for role + workspace, created on first use; returns its public half. */
  getOrCreateKey(request: KeyRef): Promise<PublicKeyInfo>;
  /** Ed25519 signature (64 bytes) over `message`, made in the main process; fails when the key does not exist. */
  sign(request: SignRequest): Promise<Uint8Array>;
  /** The public half of an existing key, or null when none was created yet (never creates one). */
  exportPublicKey(request: KeyRef): Promise<PublicKeyInfo | null>;
  /** Deletes the key for role + workspace for good (closing an exercise); false when there was none. */
  deleteKey(request: KeyRef): Promise<boolean>;
  /** Native open dialog; returns the picked files (empty when cancelled). */
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  /** Native save dialog, then writes the bytes where the person chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the app window's page to PDF (A4, print stylesheet) in main, then the native save dialog. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Version, platform and whether keys are protected by the OS keychain. */
  appInfo(): Promise<AppInfo>;
}

/** The IPC channel behind each bridge function. */
export const IPC_CHANNELS = {
  getOrCreateKey: 'keys:getOrCreate',
  sign: 'keys:sign',
  exportPublicKey: 'keys:exportPublic',
  deleteKey: 'keys:delete',
  openFiles: 'dialog:openFiles',
  saveFile: 'dialog:saveFile',
  printToPdf: 'dialog:printToPdf',
  appInfo: 'app:info',
} as const satisfies { readonly [M in keyof PanelscoreBridge]: string };

export type BridgeMethod = keyof PanelscoreBridge;
export type IpcChannel = (typeof IPC_CHANNELS)[BridgeMethod];
/** The payload a bridge function sends (undefined for functions without one). */
export type BridgeRequest<M extends BridgeMethod> =
  Parameters<PanelscoreBridge[M]> extends [infer R] ? R : undefined;
/** What a bridge function resolves to. */
export type BridgeResponse<M extends BridgeMethod> = Awaited<ReturnType<PanelscoreBridge[M]>>;

/**
 * The message main wrote, without the "Error invoking remote method 'keys:sign': Error: " prefix
 * Electron adds to errors that cross IPC, so the renderer can show it to a person as is.
 */
export function bridgeErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}

// --- Events main sends to the renderer (not invoke channels): one subscribe function each. ---

/** Largest score sheet main reads when the OS opens one (formats §4: the whole file is at most 16 MiB). */
export const MAX_SCORE_SHEET_BYTES = 16 * 1024 * 1024;

/** The two kinds of file the OS may ask Panelscore to open (double-click, "Open with"). */
export type OpenedFileKind = 'exercise-package' | 'score-sheet';

/** The extension (lower case, with the dot) that makes a file of each kind, and the largest size read. */
export const OPENED_FILE_TYPES: Readonly<Record<OpenedFileKind, { extension: string; maxBytes: number }>> = {
  'exercise-package': { extension: '.panelpkg', maxBytes: MAX_FILE_BYTES },
  'score-sheet': { extension: '.scores.json', maxBytes: MAX_SCORE_SHEET_BYTES },
};

/** A file the OS asked the app to open, read by main and handed to the renderer. */
export interface FileOpenedEvent {
  kind: OpenedFileKind;
  /** The file's base name, e.g. `ex-2026-dir.panelpkg`. */
  name: string;
  bytes: Uint8Array;
}

/** What the preload exposes besides the invoke functions: a subscription per main-to-renderer event. */
export interface PanelscoreEvents {
  /**
   * Calls `listener` with each file the OS asks the app to open; files that arrived before anyone
   * listened are delivered to the first listener. Returns the function that stops listening.
   */
  onFileOpened(listener: (file: FileOpenedEvent) => void): () => void;
}

/** The IPC channel behind each event subscription. */
export const IPC_EVENT_CHANNELS = {
  onFileOpened: 'app:fileOpened',
} as const satisfies { readonly [E in keyof PanelscoreEvents]: string };

/** Everything `window.panelscore` holds. */
export type PanelscoreApi = PanelscoreBridge & PanelscoreEvents;

/** The kind of file a name ends in (case-insensitive), or null when it is not one Panelscore opens. */
export function openedFileKind(name: string): OpenedFileKind | null {
  const lower = name.toLowerCase();
  for (const [kind, type] of Object.entries(OPENED_FILE_TYPES) as Array<[OpenedFileKind, { extension: string }]>) {
    if (lower.endsWith(type.extension) && lower.length > type.extension.length) return kind;
  }
  return null;
}

/** True when `value` is a FileOpenedEvent main may send: a plain name of its kind, bytes within the kind's limit. */
export function isFileOpenedEvent(value: unknown): value is FileOpenedEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, name, bytes } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.length > 255 || /[/\\\0]/.test(name)) return false;
  const nameKind = openedFileKind(name);
  return (
    nameKind !== null &&
    nameKind === kind &&
    bytes instanceof Uint8Array &&
    bytes.byteLength <= OPENED_FILE_TYPES[nameKind].maxBytes
  );
}
