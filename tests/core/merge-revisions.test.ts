import { beforeAll, describe, expect, it } from 'vitest';
import { documentHash, hashString } from '../../core/canonical';
import { utf8Encode } from '../../core/encoding';
import { parseStrictJson } from '../../core/json/strict-json';
import { testSecretKey } from './helpers/format-builders';
import { type Fixture, SECRETS, fingerprintOf, fixture, merge, rated, sheetFile } from './merge-fixtures';

const sheetHashOf = (file: Uint8Array) => documentHash(parseStrictJson(file));

// formats.md §5 step 3: copies, revisions, conflicts and the key rules for unpinned members.
describe('mergeSheets — revisions and copies', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await fixture();
  });

  it('keeps the newest revision of a member\'s sheet and lists older ones nowhere', async () => {
    const old = await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 1, candidates: [rated('cand-01', { leadership: 1, diplomacy: 1 })] });
    const newer = await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 3, candidates: [rated('cand-01', { leadership: 5, diplomacy: 2 })] });
    const record = merge(fx, [newer, old]);
    expect(record.inputs).toMatchObject([{ memberId: 'm-norway', revision: 3, sheetHash: sheetHashOf(newer) }]);
    expect(record.rejected).toEqual([]);
    expect(record.candidates[0].memberTotals).toEqual({ 'm-norway': 4 }); // (2*5 + 1*2) / 3
  });

  it('rejects every sheet of a conflicting newest revision and does not fall back to older revisions', async () => {
    const old = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 2 });
    const a = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 3, candidates: [rated('cand-01', { leadership: 2 })] });
    const b = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 3, candidates: [rated('cand-01', { leadership: 5 })] });
    const norway = await sheetFile(fx, 'm-norway', SECRETS.norway);
    const record = merge(fx, [old, a, norway, b]);
    expect(record.inputs.map((i) => i.memberId)).toEqual(['m-norway']);
    const reason = 'revision 3 of m-laos conflicts with another revision 3 that has different content: ask the member to export a new revision';
    expect(record.rejected).toEqual(
      [a, b]
        .map((f) => ({ fileHash: hashString(f), sheetHash: sheetHashOf(f), memberId: 'm-laos', reason }))
        .sort((x, y) => (x.fileHash < y.fileHash ? -1 : 1)),
    );
    expect(record.candidates[0].memberTotals).toEqual({ 'm-norway': 11 / 3 });
  });

  it('counts sheets with the same document hash but different bytes once (no conflict)', async () => {
    const compact = await sheetFile(fx, 'm-norway', SECRETS.norway);
    const pretty = utf8Encode(JSON.stringify(parseStrictJson(compact), null, 2));
    expect(hashString(pretty)).not.toBe(hashString(compact));
    const record = merge(fx, [compact, pretty]);
    expect(record.inputs).toHaveLength(1);
    expect(record.rejected).toEqual([]);
  });

  it('lists each file of a rejected document separately when their bytes differ', async () => {
    const a = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 3, candidates: [rated('cand-01', { leadership: 2 })] });
    const aPretty = utf8Encode(JSON.stringify(parseStrictJson(a), null, 1));
    const b = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 3, candidates: [rated('cand-01', { leadership: 5 })] });
    const record = merge(fx, [a, aPretty, b]);
    expect(record.rejected.map((r) => r.fileHash).sort()).toEqual([a, aPretty, b].map((f) => hashString(f)).sort());
    expect(new Set(record.rejected.map((r) => r.sheetHash)).size).toBe(2);
  });

  it('a higher revision resolves an earlier conflict', async () => {
    const a = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 3, candidates: [rated('cand-01', { leadership: 2 })] });
    const b = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 3, candidates: [rated('cand-01', { leadership: 5 })] });
    const c = await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 4 });
    const record = merge(fx, [a, b, c]);
    expect(record.inputs).toMatchObject([{ memberId: 'm-laos', revision: 4 }]);
    expect(record.rejected).toEqual([]);
  });

  it('ignores a rejected newer revision and keeps the newest accepted one', async () => {
    const accepted = await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 1 });
    const forged = await sheetFile(fx, 'm-norway', SECRETS.other, { revision: 9 });
    const record = merge(fx, [forged, accepted]);
    expect(record.inputs).toMatchObject([{ memberId: 'm-norway', revision: 1 }]);
    expect(record.rejected.map((r) => r.fileHash)).toEqual([hashString(forged)]);
  });
});

describe('mergeSheets — key rules for unpinned members', () => {
  let fx: Fixture;
  beforeAll(async () => {
    // m-chile and m-peru are unpinned.
    fx = await fixture({
      panel: [
        ...(await fixture()).exercise.panel,
        { id: 'm-peru', name: 'Rosa Quispe', role: 'member' },
      ],
    });
  });

  it('rejects all sheets of an unpinned member signed by more than one key, superseded revisions included', async () => {
    const first = await sheetFile(fx, 'm-chile', SECRETS.chile, { revision: 1 });
    const second = await sheetFile(fx, 'm-chile', SECRETS.other, { revision: 2 });
    const record = merge(fx, [first, second]);
    expect(record.inputs).toEqual([]);
    expect(record.rejected).toHaveLength(2);
    const fps = [fingerprintOf(SECRETS.chile), fingerprintOf(SECRETS.other)].sort().join('; ');
    for (const r of record.rejected) {
      expect(r.memberId).toBe('m-chile');
      expect(r.reason).toContain(`m-chile has no pinned key and their sheets are signed by 2 different keys (${fps})`);
    }
  });

  it('rejects the sheets of every unpinned member who shares a key with another', async () => {
    const chile = await sheetFile(fx, 'm-chile', SECRETS.other);
    const peruOld = await sheetFile(fx, 'm-peru', SECRETS.other, { revision: 1 });
    const peru = await sheetFile(fx, 'm-peru', SECRETS.other, { revision: 2 });
    const norway = await sheetFile(fx, 'm-norway', SECRETS.norway);
    const record = merge(fx, [chile, peruOld, peru, norway]);
    expect(record.inputs.map((i) => i.memberId)).toEqual(['m-norway']);
    expect(record.rejected.map((r) => r.memberId).sort()).toEqual(['m-chile', 'm-peru', 'm-peru']);
    for (const r of record.rejected) {
      expect(r.reason).toContain(`key ${fingerprintOf(SECRETS.other)} signed the sheets of 2 unpinned members (m-chile, m-peru)`);
    }
  });

  it('applies both rules together and says so in one reason', async () => {
    const chileA = await sheetFile(fx, 'm-chile', SECRETS.chile, { revision: 1 });
    const chileB = await sheetFile(fx, 'm-chile', SECRETS.other, { revision: 2 });
    const peru = await sheetFile(fx, 'm-peru', SECRETS.other);
    const record = merge(fx, [chileA, chileB, peru]);
    expect(record.inputs).toEqual([]);
    const byFile = new Map(record.rejected.map((r) => [r.fileHash, r.reason]));
    expect(byFile.get(hashString(chileB))).toMatch(/different keys .*; and key .* signed the sheets of 2 unpinned members/);
    expect(byFile.get(hashString(chileA))).not.toContain('unpinned members');
    expect(byFile.get(hashString(peru))).toContain('signed the sheets of 2 unpinned members (m-chile, m-peru)');
  });

  it('lists at most 20 fingerprints in a reason and counts the rest', async () => {
    const files = await Promise.all(Array.from({ length: 22 }, (_, i) => sheetFile(fx, 'm-chile', testSecretKey(40 + i), { revision: i + 1 })));
    const [first] = merge(fx, files).rejected;
    expect(first.reason).toContain('signed by 22 different keys (');
    expect(first.reason).toContain('; and 2 more)');
    expect(first.reason.match(/[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/g)).toHaveLength(20);
  });

  it('keeps an unpinned member whose sheets all carry the same key', async () => {
    const record = merge(fx, [
      await sheetFile(fx, 'm-chile', SECRETS.chile, { revision: 1 }),
      await sheetFile(fx, 'm-chile', SECRETS.chile, { revision: 2 }),
      await sheetFile(fx, 'm-peru', SECRETS.another),
    ]);
    expect(record.inputs).toMatchObject([
      { memberId: 'm-chile', revision: 2, pinned: false },
      { memberId: 'm-peru', pinned: false },
    ]);
  });
});
