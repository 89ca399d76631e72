import { beforeAll, describe, expect, it } from 'vitest';
import { utf8Encode } from '../../core/encoding';
import { expectFormatError } from './helpers/format-builders';
import { type Fixture, SECRETS, fingerprintOf, fixture, merge, pin, sheetFile, trustFile } from './merge-fixtures';

// formats.md §4 and §5: a trust file pins keys like the package roster; a bad one stops the merge.
describe('mergeSheets — trust file', () => {
  let fx: Fixture;
  let chileSheet: Uint8Array;
  beforeAll(async () => {
    fx = await fixture();
    chileSheet = await sheetFile(fx, 'm-chile', SECRETS.chile);
  });

  it('pins a member\'s key: their sheet is listed as pinned', () => {
    const record = merge(fx, [chileSheet], trustFile([pin('m-chile', SECRETS.chile)]));
    expect(record.inputs).toMatchObject([{ memberId: 'm-chile', pinned: true, fingerprint: fingerprintOf(SECRETS.chile) }]);
  });

  it('rejects a sheet signed by another key than the one the trust file pins', async () => {
    const forged = await sheetFile(fx, 'm-chile', SECRETS.other);
    const record = merge(fx, [forged], trustFile([pin('m-chile', SECRETS.chile)]));
    expect(record.inputs).toEqual([]);
    expect(record.rejected[0].reason).toContain(`which is not the key pinned for m-chile (fingerprint ${fingerprintOf(SECRETS.chile)})`);
  });

  it('rejects an unpinned member\'s sheet signed by a key the trust file pins for someone else', async () => {
    const fx2 = await fixture({ panel: [...fx.exercise.panel, { id: 'm-peru', name: 'Rosa Quispe', role: 'member' }] });
    const record = merge(fx2, [await sheetFile(fx2, 'm-peru', SECRETS.chile)], trustFile([pin('m-chile', SECRETS.chile)]));
    expect(record.rejected[0].reason).toContain('which is pinned for m-chile, not for m-peru');
  });

  it('accepts a trust entry that repeats the key the package already pins', () => {
    const record = merge(fx, [chileSheet], trustFile([pin('m-norway', SECRETS.norway)]));
    expect(record.inputs).toHaveLength(1);
  });

  it('stops the merge when the trust file is not valid JSON', () => {
    expectFormatError(() => merge(fx, [chileSheet], utf8Encode('{"format":')), 'json', 'the trust file cannot be read');
  });

  it('stops the merge when the trust file breaks its format', () => {
    const bad = utf8Encode(JSON.stringify({ format: 'panelscore.trust', formatVersion: 1, exerciseId: 'ccm-isu-director', members: [], extra: 1 }));
    expectFormatError(() => merge(fx, [chileSheet], bad), 'schema', '"extra"');
  });

  it('stops the merge when the trust file is for another exercise', () => {
    expectFormatError(() => merge(fx, [chileSheet], trustFile([pin('m-chile', SECRETS.chile)], 'other-exercise')), 'trust', 'other-exercise');
  });

  it('stops the merge when the trust file names a member not on the panel', () => {
    expectFormatError(() => merge(fx, [chileSheet], trustFile([pin('m-peru', SECRETS.other)])), 'trust', 'm-peru', 'not on the panel');
  });

  it('stops the merge when the trust file names a member twice', () => {
    const trust = trustFile([pin('m-chile', SECRETS.chile), pin('m-chile', SECRETS.other)]);
    expect(() => merge(fx, [chileSheet], trust)).toThrow(/m-chile/);
  });

  it('stops the merge when the trust file contradicts a key pinned in the package', () => {
    expectFormatError(() => merge(fx, [chileSheet], trustFile([pin('m-norway', SECRETS.other)])), 'trust', 'm-norway', 'the package pins');
  });

  it('stops the merge when the trust file gives a member the key pinned for another', () => {
    expectFormatError(() => merge(fx, [chileSheet], trustFile([pin('m-chile', SECRETS.laos)])), 'trust', 'm-laos');
  });

  it('stops the merge when the trust file gives a member the secretariat\'s key', () => {
    expectFormatError(() => merge(fx, [chileSheet], trustFile([pin('m-chile', SECRETS.secretariat)])), 'trust', "secretariat's own key");
  });
});
