/**
 * `panelscore report DECISION --package PKG --out FILE [--lang en|fr|es] [--sheets SHEET…]`: checks the
 * package and the signed decision against it, then writes the comparative analysis report as a
 * standalone HTML file, rendered by the app's own report component so the numbers are the app's.
 */
import { documentHash } from '../../../core/canonical';
import { fingerprint } from '../../../core/crypto/ed25519';
import { verifyDecision } from '../../../core/decision';
import { readDocument } from '../../../core/formats/detect';
import { readPackage } from '../../../core/package/package';
import type { VerifiedPackage } from '../../../core/package/package';
import { buildReportModel } from '../../../core/report/report-model';
import type { DecisionRecord, JsonObject, ScoreSheet } from '../../../core/types';
import { isReportLanguage, renderReportHtml } from '../../../renderer/src/features/report/render-report-html';
import { describeError, readInputFile, writeOutputFile } from '../files';
import { CliError, EXIT_OK, UsageError, parseCommandLine, requireOption } from '../usage';
import type { Command, Io } from '../usage';

/** The languages the report is written in, as `--lang` takes them. */
const REPORT_LANGUAGES = 'en (English), fr (French) or es (Spanish)';

async function loadPackage(path: string): Promise<VerifiedPackage> {
  try {
    return await readPackage(await readInputFile(path));
  } catch (e) {
    throw new CliError(`the package ${path} cannot be used, no report was written: ${describeError(e)}`);
  }
}

async function loadDecision(path: string, pkg: VerifiedPackage): Promise<DecisionRecord> {
  try {
    const read = readDocument(await readInputFile(path));
    if (read.kind !== 'decision') throw new CliError(`${path} is a ${read.kind} file, not a decision record: give the *.decision.json the secretariat signed`);
    return verifyDecision(read.doc as unknown as JsonObject, pkg.exercise);
  } catch (e) {
    throw new CliError(`the decision record ${path} does not verify against the package, no report was written: ${describeError(e)}`);
  }
}

/** The sheets among the decision's inputs; other files are named on stderr and left out. */
async function loadSheets(paths: readonly string[], decision: DecisionRecord, io: Io): Promise<ScoreSheet[]> {
  const inputs = new Set(decision.inputs.map((i) => i.sheetHash));
  const sheets: ScoreSheet[] = [];
  for (const path of paths) {
    let read;
    try {
      read = readDocument(await readInputFile(path));
    } catch (e) {
      throw new CliError(`the score sheet ${path} cannot be read, no report was written: ${describeError(e)}`);
    }
    if (read.kind !== 'scores') throw new CliError(`${path} is a ${read.kind} file, not a score sheet: give the sheets that were merged into the decision; no report was written`);
    if (inputs.has(documentHash(read.doc))) sheets.push(read.doc);
    else io.stderr(`note: ${path} (member ${read.doc.memberId}, revision ${read.doc.revision}) is not one of the sheets merged into this decision; its evidence is left out\n`);
  }
  return sheets;
}

export const reportCommand: Command = {
  name: 'report',
  usage: 'panelscore report DECISION --package PACKAGE --out FILE.html [--lang en|fr|es] [--members names|letters] [--sheets SHEET…]',
  help: [
    'Writes the comparative analysis report of a signed decision record as one self-contained HTML',
    'file (styles inlined, no scripts): exercise and panel, method, results with charts, each',
    'candidate with evidence excerpts, divergences and their resolution, reliability, the outcome,',
    'concurrences, and the hash and fingerprint of every input. Open it in a browser and print it,',
    'or use "Print / Save as PDF" in the desktop app, for a PDF.',
    '',
    '  --package PACKAGE  the exercise package the decision was merged from (checked in full)',
    '  --out FILE.html    where to write the report',
    '  --lang en|fr|es    the language of the report: English (default), French or Spanish;',
    '                     names, criteria and notes stay as the files give them',
    '  --members letters  show members as Member A, B… instead of by name (default: names)',
    '  --sheets SHEET…    the score sheets that were merged, for evidence excerpts (optional;',
    '                     without them the report says the excerpts are not included)',
    '',
    'The package must verify and the decision must be signed by its secretariat key for this exact',
    'exercise; otherwise nothing is written (exit 1).',
  ].join('\n'),
  async run(args, io) {
    const withSheets = args.includes('--sheets');
    const { values, positionals } = parseCommandLine(args, ['package', 'out', 'sheets', 'members', 'lang']);
    const packagePath = requireOption(values.package, 'package');
    const out = requireOption(values.out, 'out');
    const [decisionPath, ...more] = positionals;
    if (decisionPath === undefined) throw new UsageError('missing DECISION');
    if (more.length > 0 && !withSheets) throw new UsageError(`unexpected ${more[0]}: give score sheets after --sheets`);
    if (values.members !== undefined && values.members !== 'names' && values.members !== 'letters') throw new UsageError(`--members ${values.members}: give names or letters`);
    const language = values.lang ?? 'en';
    if (!isReportLanguage(language)) throw new UsageError(`--lang ${language}: the report can be written in ${REPORT_LANGUAGES}; give one of en, fr, es`);
    if (/\.pdf$/i.test(out)) {
      throw new UsageError(
        `${out}: the command line writes the report as HTML only. For a PDF, write ${out.replace(/\.pdf$/i, '.html')} and print it from a browser (Save as PDF), or open the decision in the desktop app and use "Print / Save as PDF"`,
      );
    }
    if (!/\.html?$/i.test(out)) throw new UsageError(`--out ${out}: the report is an HTML file; give a name ending in .html`);

    const pkg = await loadPackage(packagePath);
    const decision = await loadDecision(decisionPath, pkg);
    const sheetPaths = [...(values.sheets === undefined ? [] : [values.sheets]), ...more];
    const sheets = await loadSheets(sheetPaths, decision, io);
    const model = buildReportModel({ exercise: pkg.exercise, decision, anonymous: values.members === 'letters', ...(withSheets ? { sheets } : {}) });
    await writeOutputFile(out, renderReportHtml(model, { language }));
    io.stderr(
      [
        `Report written to ${out}: ${model.candidates.length} candidates, outcome ${model.outcome === null ? 'not recorded' : 'recorded'}`,
        `decision ${model.decision.hash}, signed by the secretariat key ${fingerprint(pkg.exercise.secretariat.publicKey)}`,
        withSheets ? `evidence excerpts from ${model.evidence.sheetsUsed} of the ${decision.inputs.length} merged sheets` : 'no evidence excerpts (give the merged sheets with --sheets to include them)',
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
