// Loads core's pure-JS ESM dependencies natively (require(esm), Node >= 20.19) before tsx starts:
// tsx would otherwise re-transpile them to CommonJS, whose getter-based imports make @noble's
// hash loops ~30x slower. Later imports of these ids find them in the module cache.
'use strict';

/** Module ids, as core imports them. */
const NATIVE_PRELOADS = [
  '@noble/hashes/utils.js',
  '@noble/hashes/sha2.js',
  '@noble/curves/abstract/edwards.js',
  '@noble/curves/ed25519.js',
];

for (const id of NATIVE_PRELOADS) require(id);

module.exports = { NATIVE_PRELOADS };
