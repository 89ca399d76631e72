/**
 * Verify throughput: typical sheets (5 members × 6 candidates × 8 criteria) checked the way
 * `panelscore verify` checks them (strict parse, schema, signature, node:crypto), in sheets per second.
 */
import { verifyDocumentSignature } from '../../core/crypto/signed-doc';
import { readDocument } from '../../core/formats/detect';
import type { JsonObject } from '../../core/types';
import { installNativeHashes } from '../../cli/src/native-hashes';
import type { FigureSet } from '../figure';
import { generateExercise } from '../generate';

const SHAPE = { members: 5, candidates: 6, criteria: 8 };
const DURATION_MS = 2000;

export const figures: FigureSet = {
  title: `verify throughput, ${SHAPE.members} members × ${SHAPE.candidates} candidates × ${SHAPE.criteria} criteria sheets`,
  async measure(log) {
    const { sheets } = await generateExercise(SHAPE);
    installNativeHashes(); // as cli/bin/panelscore.cjs does
    for (let i = 0; i < 50; i++) verifyDocumentSignature(readDocument(sheets[i % sheets.length]).doc as unknown as JsonObject); // warm-up
    let verified = 0;
    const start = performance.now();
    while (performance.now() - start < DURATION_MS) {
      const read = readDocument(sheets[verified % sheets.length]);
      if (read.kind !== 'scores') throw new Error('the benchmark sheet did not read as a score sheet');
      verifyDocumentSignature(read.doc as unknown as JsonObject);
      verified += 1;
    }
    const perSecond = verified / ((performance.now() - start) / 1000);
    log(`${verified} sheets verified`);
    return [{ name: 'verify-throughput', label: 'verify throughput (typical sheet)', value: Math.round(perSecond), unit: 'sheets/s' }];
  },
};
