import { describe, expect, it } from 'vitest';
import { TRANSLATIONS, type TranslationTree as Tree, joinTrees } from '../../../renderer/src/i18n/resources';

const LOCALES: Record<string, Tree> = TRANSLATIONS;

/** Every leaf of a translation tree as `dotted.key → text`. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The `{{placeholders}}` and `<tags>` a text uses; `count` aside, as a language may leave it out of its singular. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).filter((name) => name !== 'count');
  const tags = [...text.matchAll(/<\/?(\w+)>/g)].map((m) => `<${m[0].startsWith('</') ? '/' : ''}${m[1]}>`);
  return [...names, ...tags].sort();
}

const flat = Object.fromEntries(Object.entries(LOCALES).map(([lang, tree]) => [lang, flatten(tree)]));

describe('joinTrees', () => {
  it('refuses the same top-level key in two locale files', () => {
    expect(() => joinTrees([{ debrief: { a: 'x' } }, { debrief: { b: 'y' } }])).toThrow(/"debrief"/);
  });
});

describe('the interface translations', () => {
  it('has the same keys in English, French and Spanish', () => {
    const keys = new Set(Object.values(flat).flatMap((m) => [...m.keys()]));
    for (const [lang, map] of Object.entries(flat)) {
      expect([...keys].filter((key) => !map.has(key)), `keys missing in ${lang}`).toEqual([]);
    }
  });

  it('leaves no text empty', () => {
    for (const [lang, map] of Object.entries(flat)) {
      expect([...map].filter(([, text]) => text.trim() === '').map(([key]) => key), `empty texts in ${lang}`).toEqual([]);
    }
  });

  it('uses the same placeholders and tags in every language', () => {
    const mismatches = [...flat.en].flatMap(([key, text]) =>
      ['fr', 'es']
        .filter((lang) => flat[lang].has(key) && placeholders(flat[lang].get(key) ?? '').join() !== placeholders(text).join())
        .map((lang) => `${lang}: ${key}`),
    );
    expect(mismatches).toEqual([]);
  });

  it('gives every plural both its singular and its plural form', () => {
    for (const [lang, map] of Object.entries(flat)) {
      const plurals = [...map.keys()].filter((key) => /_(one|other)$/.test(key));
      const base = new Set(plurals.map((key) => key.replace(/_(one|other)$/, '')));
      for (const key of base) {
        expect(map.has(`${key}_one`) && map.has(`${key}_other`), `${lang}: ${key}`).toBe(true);
      }
    }
  });

  // Texts that are rightly the same word in English: the product name, and true cognates.
  const SAME_AS_ENGLISH: Record<string, string[]> = { fr: ['app.product', 'kit.questions', 'member.exported.actions', 'dossier.pdf.region', 'secretariat.divergences.title', 'secretariat.panel.affiliation', 'secretariat.candidates.documents'], es: ['app.product'] };

  it('translates rather than copies: French and Spanish differ from English in every text but known cognates', () => {
    for (const lang of ['fr', 'es']) {
      const same = [...flat.en]
        .filter(([key, text]) => flat[lang].get(key) === text && /\p{L}{4,}/u.test(text.replace(/\{\{[^}]*\}\}/g, '')))
        .map(([key]) => key);
      // Product names and bare placeholders may stay as they are; anything else left in English is a missed translation.
      expect(same.sort(), lang).toEqual([...SAME_AS_ENGLISH[lang]].sort());
    }
  });
});
