// The translation trees of every language, assembled from the main file of each language and one
// file per feature area (`locales/<area>.<lang>.json`, whose single top-level key is the area).

import backupEn from './locales/backup.en.json';
import backupEs from './locales/backup.es.json';
import backupFr from './locales/backup.fr.json';
import debriefEn from './locales/debrief.en.json';
import debriefEs from './locales/debrief.es.json';
import debriefFr from './locales/debrief.fr.json';
import editorEn from './locales/editor.en.json';
import editorEs from './locales/editor.es.json';
import editorFr from './locales/editor.fr.json';
import en from './locales/en.json';
import errorsEn from './locales/errors.en.json';
import errorsEs from './locales/errors.es.json';
import errorsFr from './locales/errors.fr.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import importEn from './locales/import.en.json';
import importEs from './locales/import.es.json';
import importFr from './locales/import.fr.json';
import lockEn from './locales/lock.en.json';
import lockEs from './locales/lock.es.json';
import lockFr from './locales/lock.fr.json';
import reliabilityEn from './locales/reliability.en.json';
import reliabilityEs from './locales/reliability.es.json';
import reliabilityFr from './locales/reliability.fr.json';
import reportEn from './locales/report.en.json';
import reportEs from './locales/report.es.json';
import reportFr from './locales/report.fr.json';
import retentionEn from './locales/retention.en.json';
import retentionEs from './locales/retention.es.json';
import retentionFr from './locales/retention.fr.json';

/** A translation tree: nested keys down to the texts. */
export type TranslationTree = { [key: string]: string | TranslationTree };

/** Joins translation trees; the same key in two of them is a mistake and throws, naming the key. */
export function joinTrees(trees: readonly object[]): TranslationTree {
  const out: TranslationTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree as TranslationTree)) {
      if (key in out) throw new Error(`Translation key "${key}" is defined in two locale files`);
      out[key] = value;
    }
  }
  return out;
}

/** Every language's whole translation tree. */
export const TRANSLATIONS = {
  en: joinTrees([en, debriefEn, reportEn, backupEn, lockEn, retentionEn, importEn, editorEn, errorsEn, reliabilityEn]),
  fr: joinTrees([fr, debriefFr, reportFr, backupFr, lockFr, retentionFr, importFr, editorFr, errorsFr, reliabilityFr]),
  es: joinTrees([es, debriefEs, reportEs, backupEs, lockEs, retentionEs, importEs, editorEs, errorsEs, reliabilityEs]),
} as const;
