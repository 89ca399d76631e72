// Types of serve.mjs for the TypeScript tests that import it.

/** The desktop app's policy (electron/main/served-content.json), sent as a header with every response. */
export declare const CONTENT_SECURITY_POLICY: string;
export declare const DEFAULT_ROOT: string;

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The Content-Type for a file name. */
export declare function mimeTypeOf(fileName: string): string;
/** The file under `root` that a request path names, or null when it would leave root. */
export declare function resolveRequestPath(root: string, urlPath: string): string | null;
/** Starts serving `root` on 127.0.0.1 (port 0 = any free port). */
export declare function startServer(options?: { root?: string; port?: number; host?: string }): Promise<StaticServer>;
