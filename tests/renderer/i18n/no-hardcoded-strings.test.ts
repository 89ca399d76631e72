// Every user-facing string in the renderer goes through i18next. This parses each .tsx with the
// TypeScript compiler and fails on English (or any) text written straight into JSX.
// It sees JSX text, string literals in JSX expressions (and their ?:, &&, ||, ?? branches) and in
// user-facing attributes; it does not see strings kept in constants or .ts modules: review those.

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every .tsx of the renderer as text (Vite reads them at transform time: no Node API needed here).
const SOURCES = import.meta.glob<string>('../../../renderer/src/**/*.tsx', { query: '?raw', import: 'default', eager: true });

/** Attributes whose value a person reads or hears. */
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);

/**
 * Files NOT YET CONVERTED to i18next. This list may only shrink: the test fails when a file
 * not listed has a hard-coded string, and also when a listed file has become clean.
 */
const NOT_YET_CONVERTED = new Set<string>([
  // Being edited by other engineers this session (debrief, report, lock, backup, retention, the import
  // flow): convert once their work has landed.
]);

const HAS_LETTER = /\p{L}/u;

interface HardCodedString {
  line: number;
  text: string;
}

function isStringish(node: ts.Node): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

/** The text a literal shows: for a template, only its literal parts (not the expressions between them). */
function literalText(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return node.getText(source);
}

/** Text-producing expressions in JSX: literals, and the branches of `?:`, `&&`, `||`, `??` and parentheses. */
function textLiterals(expression: ts.Expression): ts.Node[] {
  if (isStringish(expression)) return [expression];
  if (ts.isParenthesizedExpression(expression)) return textLiterals(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...textLiterals(expression.whenTrue), ...textLiterals(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const op = expression.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return textLiterals(expression.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
      return [...textLiterals(expression.left), ...textLiterals(expression.right)];
    }
  }
  return [];
}

/** The hard-coded user-facing strings in one TSX source text. */
function findHardCodedStrings(fileName: string, text: string): HardCodedString[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedString[] = [];
  const report = (node: ts.Node, shown: string) => {
    if (!HAS_LETTER.test(shown)) return;
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: shown.trim().slice(0, 80) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of textLiterals(node.expression)) report(literal, literalText(literal, source));
    } else if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) {
        for (const literal of textLiterals(init.expression)) report(literal, literalText(literal, source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = Object.entries(SOURCES).map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }));

describe('findHardCodedStrings', () => {
  it('finds JSX text, string branches in JSX and user-facing attributes', () => {
    const found = findHardCodedStrings(
      'x.tsx',
      `const a = <p title="Hello">Save <b>{busy ? 'Saving…' : t('k')}</b>{ok && 'Done'}<img alt={\`Photo of \${n}\`} /></p>;`,
    );
    expect(found.map((f) => f.text)).toEqual(['Hello', 'Save', "'Saving…'", "'Done'", 'Photo of']);
  });

  it('leaves translated text, class names, keys passed to t() and punctuation alone', () => {
    const found = findHardCodedStrings(
      'x.tsx',
      `const a = <p className="page title" aria-label={t('a.b')} id={\`x-\${id}\`}>{t('app.title', { name: 'n' })} · {n} / {m} — {'·'}{\`\${min}–\${max}\`}</p>;`,
    );
    expect(found).toEqual([]);
  });
});

describe('the renderer’s user-facing strings', () => {
  it('lists only files that exist in the allow-list', () => {
    const known = new Set(files.map((f) => f.path));
    expect([...NOT_YET_CONVERTED].filter((path) => !known.has(path))).toEqual([]);
  });

  it('has no hard-coded string in a converted file', () => {
    const offenders = files
      .filter((file) => !NOT_YET_CONVERTED.has(file.path))
      .flatMap((file) => findHardCodedStrings(file.path, file.text).map((hit) => `${file.path}:${hit.line} ${hit.text}`));
    expect(offenders).toEqual([]);
  });

  it('keeps the allow-list honest: every listed file still has a string to convert', () => {
    const clean = files.filter((file) => NOT_YET_CONVERTED.has(file.path) && findHardCodedStrings(file.path, file.text).length === 0);
    expect(clean.map((file) => file.path)).toEqual([]);
  });
});
