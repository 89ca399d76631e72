// Imported first by main.tsx. zod probes `new Function` when a schema is created (core's
// format parsers create theirs at load); under our CSP that probe is reported as a
// violation. Jitless mode skips the probe and the generated code; parsing stays the same.

import { z } from 'zod';

z.config({ jitless: true });
