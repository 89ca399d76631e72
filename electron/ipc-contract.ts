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
  /** Native open dialog; returns the picked files (empty when cancelled). */
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  /** Native save dialog, then writes the bytes where the person chose. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Version, platform and whether keys are protected by the OS keychain. */
  appInfo(): Promise<AppInfo>;
}

/** The IPC channel behind each bridge function. */
export const IPC_CHANNELS = {
  getOrCreateKey: 'keys:getOrCreate',
  sign: 'keys:sign',
  exportPublicKey: 'keys:exportPublic',
  openFiles: 'dialog:openFiles',
  saveFile: 'dialog:saveFile',
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
