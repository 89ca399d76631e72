import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

// Under jsdom, globalThis.Uint8Array is the window's while Node's TextEncoder returns
// Node's own Uint8Array, so `bytes instanceof Uint8Array` (as core's checks do) fails for
// encoded text. Browsers have one realm; re-wrapping the output restores that here.
const NodeTextEncoder = globalThis.TextEncoder;
class SameRealmTextEncoder extends NodeTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}
globalThis.TextEncoder = SameRealmTextEncoder;

export {};
