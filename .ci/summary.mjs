// Prints the closing line CI reads: "N passed, N failed" over every vitest project,
// from the JSON report that vitest writes when CI is set (see vitest.config.ts).
import { readFileSync, existsSync } from 'node:fs';

const file = process.argv[2] ?? '.tmp/vitest-report.json';
if (!existsSync(file)) {
  console.error(`no test report at ${file}: the test run did not finish`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A test file that fails to load has no test results of its own: count it as one failure.
const brokenFiles = (report.testResults ?? []).filter(
  (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const pending = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
if (passed === 0) {
  console.error('the test run executed no test');
  console.log(`0 passed, ${failed || 1} failed`);
  process.exit(1);
}
if (pending > 0) console.error(`${pending} tests were skipped or todo: that is not allowed here`);
console.log(`${passed} passed, ${failed + pending} failed`);
process.exit(failed + pending > 0 ? 1 : 0);
