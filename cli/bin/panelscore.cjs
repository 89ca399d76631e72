#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so `npx panelscore`
// works right after `npm ci` with no build step and never runs stale code.
'use strict';
require('./native-preloads.cjs');
require('tsx/cjs');
// core hashes and verifies with node:crypto in this process (pure JS is the default).
require('../src/native-hashes.ts').installNativeHashes();
require('../src/main.ts');
