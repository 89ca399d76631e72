#!/usr/bin/env node
// Runs the TypeScript CLI straight from source through tsx, so `npx panelscore`
// works right after `npm ci` with no build step and never runs stale code.
'use strict';
require('tsx/cjs');
require('../src/main.ts');
