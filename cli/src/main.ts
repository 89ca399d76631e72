import { ed25519 } from '@noble/curves/ed25519.js';
import canonicalize from 'canonicalize';
console.log(canonicalize({ b: 1, a: 2 }), ed25519.utils.randomSecretKey().length);
