import { beforeAll, describe, expect, it } from 'vitest';
import { documentHash, hashString } from '../../core/canonical';
import { utf8Encode } from '../../core/encoding';
import { parseStrictJson } from '../../core/json/strict-json';
import { type Fixture, SECRETS, fingerprintOf, fixture, merge, sheetFile } from './merge-fixtures';

// formats.md §3.2 and §5 step 2: which sheets a merge accepts, and how it lists the others.
describe('mergeSheets — accepting sheets', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await fixture();
  });

  it('accepts a sheet signed by the member\'s pinned key and lists it in inputs', async () => {
    const file = await sheetFile(fx, 'm-norway', SECRETS.norway);
    const record = merge(fx, [file]);
    expect(record.rejected).toEqual([]);
    expect(record.inputs).toEqual([
      {
        memberId: 'm-norway',
        revision: 1,
        sheetHash: documentHash(parseStrictJson(file)),
        fingerprint: fingerprintOf(SECRETS.norway),
        pinned: true,
      },
    ]);
  });

  it('accepts an unpinned member\'s sheet as unpinned and lists its fingerprint', async () => {
    const record = merge(fx, [await sheetFile(fx, 'm-chile', SECRETS.chile)]);
    expect(record.inputs).toMatchObject([{ memberId: 'm-chile', fingerprint: fingerprintOf(SECRETS.chile), pinned: false }]);
  });

  it('rejects a sheet signed by another key than the pinned one, naming both fingerprints', async () => {
    const file = await sheetFile(fx, 'm-norway', SECRETS.other);
    const record = merge(fx, [file]);
    expect(record.inputs).toEqual([]);
    expect(record.rejected).toEqual([
      {
        fileHash: hashString(file),
        sheetHash: documentHash(parseStrictJson(file)),
        memberId: 'm-norway',
        reason: `signed by key ${fingerprintOf(SECRETS.other)}, which is not the key pinned for m-norway (fingerprint ${fingerprintOf(SECRETS.norway)}): ask the member to re-export from their own Panelscore`,
      },
    ]);
  });

  it('rejects an unpinned member\'s sheet signed by a key pinned for another member', async () => {
    const record = merge(fx, [await sheetFile(fx, 'm-chile', SECRETS.laos)]);
    expect(record.inputs).toEqual([]);
    expect(record.rejected[0].reason).toContain(`signed by key ${fingerprintOf(SECRETS.laos)}, which is pinned for m-laos, not for m-chile`);
  });

  it('rejects an unpinned member\'s sheet signed by the secretariat\'s key', async () => {
    const record = merge(fx, [await sheetFile(fx, 'm-chile', SECRETS.secretariat)]);
    expect(record.inputs).toEqual([]);
    expect(record.rejected[0].reason).toContain(`signed by the secretariat's key ${fingerprintOf(SECRETS.secretariat)}`);
  });

  it('rejects a sheet for another exercise, saying which', async () => {
    const record = merge(fx, [await sheetFile(fx, 'm-norway', SECRETS.norway, { exerciseId: 'other-exercise' })]);
    expect(record.rejected[0].reason).toBe('the sheet is for exercise other-exercise, not ccm-isu-director: ask the member for their sheet for ccm-isu-director');
  });

  it('rejects a sheet made for another version of the package', async () => {
    const record = merge(fx, [await sheetFile(fx, 'm-norway', SECRETS.norway, { exerciseHash: `sha256:${'e'.repeat(64)}` })]);
    expect(record.rejected[0].reason).toContain('made for a different version of the exercise package (exerciseHash mismatch): ask the member to import the current package and re-export');
  });

  it('rejects a sheet from someone not on the panel but keeps their memberId', async () => {
    const record = merge(fx, [await sheetFile(fx, 'm-peru', SECRETS.other)]);
    expect(record.rejected[0]).toMatchObject({ memberId: 'm-peru' });
    expect(record.rejected[0].reason).toContain('m-peru, who is not on the panel');
  });

  it('rejects a score that is not a scale point', async () => {
    const file = await sheetFile(fx, 'm-norway', SECRETS.norway, {
      candidates: [{ candidateId: 'cand-01', recused: false, ratings: [{ criterionId: 'leadership', score: 4.5 }] }],
    });
    const [rejection] = merge(fx, [file]).rejected;
    expect(rejection.reason).toMatch(/^the sheet does not fit this exercise: .*score is 4\.5/);
  });

  it('rejects a sheet changed after signing, with its document hash and memberId', async () => {
    const doc = parseStrictJson(await sheetFile(fx, 'm-norway', SECRETS.norway));
    (doc.candidates as { ratings: { score: number }[] }[])[0].ratings[0].score = 5;
    const file = utf8Encode(JSON.stringify(doc));
    const [rejection] = merge(fx, [file]).rejected;
    expect(rejection).toMatchObject({ sheetHash: documentHash(doc), memberId: 'm-norway' });
    expect(rejection.reason).toContain('the sheet from m-norway cannot be trusted: the signature does not match the document');
  });

  it('rejects a file that breaks the sheet format, with its document hash', async () => {
    const doc = parseStrictJson(await sheetFile(fx, 'm-norway', SECRETS.norway));
    doc.note = 'added by hand';
    const [rejection] = merge(fx, [utf8Encode(JSON.stringify(doc))]).rejected;
    expect(rejection).toMatchObject({ sheetHash: documentHash(doc), memberId: 'm-norway' });
    expect(rejection.reason).toMatch(/^the sheet breaks the score sheet format: .*"note"/);
  });

  it('gives memberId null when the file has no valid memberId', async () => {
    const doc = parseStrictJson(await sheetFile(fx, 'm-norway', SECRETS.norway));
    doc.memberId = 'not a valid id!';
    const missing = parseStrictJson(await sheetFile(fx, 'm-norway', SECRETS.norway));
    delete missing.memberId;
    const record = merge(fx, [utf8Encode(JSON.stringify(doc)), utf8Encode(JSON.stringify(missing))]);
    expect(record.rejected.map((r) => r.memberId)).toEqual([null, null]);
    expect(record.rejected.every((r) => r.sheetHash !== null)).toBe(true);
  });

  it('says so when the file is another Panelscore document, not a sheet', () => {
    const file = utf8Encode(JSON.stringify({ format: 'panelscore.trust', formatVersion: 1, exerciseId: 'ccm-isu-director', members: [] }));
    expect(merge(fx, [file]).rejected[0].reason).toBe("the file is a panelscore.trust document, not a score sheet: pick the members' .scores.json files");
  });

  it.each([
    ['a byte-order mark', [0xef, 0xbb, 0xbf, ...utf8Encode('{}')]],
    ['invalid UTF-8', [0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]],
    ['a syntax error', [...utf8Encode('{"memberId": "m-norway",}')]],
    ['a duplicate member name', [...utf8Encode('{"memberId":"m-norway","\\u006demberId":"m-laos"}')]],
    ['nesting deeper than 32 levels', [...utf8Encode(`{"memberId":"m-norway","a":${'['.repeat(32)}${']'.repeat(32)}}`)]],
    ['a lone surrogate', [...utf8Encode('{"memberId":"m-norway","a":"\\ud800"}')]],
    ['a top level that is not an object', [...utf8Encode('["m-norway"]')]],
  ])('lists a file with %s with sheetHash and memberId null', (_, bytes) => {
    const file = Uint8Array.from(bytes);
    const [rejection] = merge(fx, [file]).rejected;
    expect(rejection).toMatchObject({ fileHash: hashString(file), sheetHash: null, memberId: null });
    expect(rejection.reason).toMatch(/^the file is not a readable score sheet: .+; ask the member to export it again$/);
  });

  it('rejects a file over 16 MiB without reading it (sheetHash and memberId null)', async () => {
    const sheet = await sheetFile(fx, 'm-norway', SECRETS.norway);
    const file = new Uint8Array(16 * 1024 * 1024 + 1).fill(0x20); // trailing whitespace: still valid JSON
    file.set(sheet, 0);
    const record = merge(fx, [file]);
    expect(record.inputs).toEqual([]);
    expect(record.rejected).toEqual([{ fileHash: hashString(file), sheetHash: null, memberId: null, reason: expect.stringContaining('over the 16 MiB limit') }]);
  });

  it('accepts a file of exactly 16 MiB', async () => {
    const sheet = await sheetFile(fx, 'm-norway', SECRETS.norway);
    const file = new Uint8Array(16 * 1024 * 1024).fill(0x20);
    file.set(sheet, 0);
    expect(merge(fx, [file]).inputs).toHaveLength(1);
  });

  it('lists byte-identical rejected files once', () => {
    const file = utf8Encode('not json');
    const record = merge(fx, [file, Uint8Array.from(file), file]);
    expect(record.rejected).toHaveLength(1);
  });

  it('lists each distinct rejected file content, sorted by fileHash', async () => {
    const files = [utf8Encode('nope'), utf8Encode('{"x":1}'), await sheetFile(fx, 'm-norway', SECRETS.other), utf8Encode('[]')];
    const record = merge(fx, files);
    const hashes = files.map((f) => hashString(f)).sort();
    expect(record.rejected.map((r) => r.fileHash)).toEqual(hashes);
  });

  it('accepts byte-identical copies of a sheet once', async () => {
    const file = await sheetFile(fx, 'm-norway', SECRETS.norway);
    const record = merge(fx, [file, Uint8Array.from(file)]);
    expect(record.inputs).toHaveLength(1);
    expect(record.rejected).toEqual([]);
  });
});
