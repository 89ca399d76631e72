/**
 * DEMO ONLY keys: derived from fixed, published seeds so the demo package and sheets are
 * reproducible byte for byte. Anyone can recompute them: never use them for a real exercise.
 */
import { sha256 } from '../canonical';
import { publicKeyOf } from '../crypto/ed25519';
import { utf8Encode } from '../encoding';
import { DEMO_PANEL } from './panel';

/** One DEMO ONLY key pair. */
export interface DemoKey {
  /** e.g. `DEMO ONLY secretariat key`, `DEMO ONLY key of m-norway`. */
  label: string;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export interface DemoKeys {
  secretariat: DemoKey;
  /** Every panel member's key, pinned in the package or not. */
  members: (DemoKey & { memberId: string; pinned: boolean })[];
}

function demoKey(label: string): DemoKey {
  const secretKey = sha256(utf8Encode(`panelscore DEMO ONLY seed, public, never use for real: ${label}`));
  return { label, secretKey, publicKey: publicKeyOf(secretKey) };
}

/** The demo's DEMO ONLY secretariat and member keys (deterministic). */
export function demoKeys(): DemoKeys {
  return {
    secretariat: demoKey('DEMO ONLY secretariat key'),
    members: DEMO_PANEL.map((m) => ({ ...demoKey(`DEMO ONLY key of ${m.id}`), memberId: m.id, pinned: m.pinned })),
  };
}
