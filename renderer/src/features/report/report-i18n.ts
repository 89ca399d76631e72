// The report's words and formats in one language: the app's interface language, or the one the CLI
// asks for (renderReportHtml wraps the report in its own i18next instance). No DOM, no storage: it
// uses the translation files, not renderer/src/i18n's instance, which follows the stored language.

import i18next, { type TFunction, type i18n as I18n } from 'i18next';
import { useContext, useMemo } from 'react';
import { I18nContext, getI18n, useTranslation } from 'react-i18next';
import { type NumberFormats, numberFormats } from '../../../../core/report/format';
import type { ReliabilityReading } from '../../../../core/report/reliability-reading';
import { TRANSLATIONS } from '../../i18n/resources';

/** The Intl locale of each report language, as renderer/src/i18n's INTL_LOCALES (dates day-month-year). */
export const REPORT_LOCALES = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as const;

/** What the report's components need to speak the report's language. */
export interface ReportText {
  t: TFunction;
  language: ReportLanguage;
  /** `4 May 2026 at 09:00 UTC`, `4 mai 2026 à 09:00 UTC`; the input itself when it is not a date. */
  date: (iso: string) => string;
  /** A weight as a share of all weights: `25%`, `25 %` (one decimal below 10%); `—` when the total is not positive. */
  share: (weight: number, total: number) => string;
  /** A member label in this language: `Member A` becomes `Membre A` when the report hides names. */
  member: (label: string) => string;
  /** Scores, scale points and coefficients with this language's decimal separator (`3,45` in French). */
  numbers: NumberFormats;
}

/** A language the report is written in: the interface languages. */
export type ReportLanguage = keyof typeof REPORT_LOCALES;

/** True when `value` names a language the report is written in. */
export function isReportLanguage(value: unknown): value is ReportLanguage {
  return typeof value === 'string' && Object.hasOwn(REPORT_LOCALES, value);
}

const LETTER_LABEL = /^Member ([A-Z]+)$/;

// The English words core/report/reliability-reading.ts reads a coefficient with, and their keys.
const READING_KEYS: Readonly<Record<string, string>> = {
  'excellent agreement': 'excellent',
  'good agreement': 'good',
  'moderate agreement': 'moderate',
  'poor agreement': 'poor',
  'very strong agreement on the order': 'orderVeryStrong',
  'strong agreement on the order': 'orderStrong',
  'moderate agreement on the order': 'orderModerate',
  'weak agreement on the order': 'orderWeak',
  'very weak agreement on the order': 'orderVeryWeak',
  reliable: 'reliable',
  'acceptable only for tentative conclusions': 'tentative',
  'not reliable': 'notReliable',
  'not defined for these scores (too few candidates, members or differences between them)': 'undefined',
};

/** The label, description and reading of a reliability coefficient in the report's language. */
export function reliabilityText(
  t: TFunction,
  reading: ReliabilityReading,
): { label: string; measures: string; reading: string } {
  const readingKey = READING_KEYS[reading.reading];
  return {
    label: t(`report.reliability.measure.${reading.key}.label`),
    measures: t(`report.reliability.measure.${reading.key}.measures`),
    reading: readingKey === undefined ? reading.reading : t(`report.reliability.readings.${readingKey}`),
  };
}

/** The report's text helpers for `language`, with `t` bound to it. */
export function reportText(t: TFunction, language: string): ReportText {
  const lang: ReportLanguage = isReportLanguage(language) ? language : 'en';
  const locale = REPORT_LOCALES[lang];
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  return {
    t,
    language: lang,
    numbers: numberFormats(locale),
    date: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : t('format.utc', { date: dateTime.format(date) });
    },
    share: (weight, total) => {
      if (!(total > 0)) return '—';
      const digits = weight / total < 0.1 ? 1 : 0;
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(weight / total);
    },
    member: (label) => {
      const letter = LETTER_LABEL.exec(label)?.[1];
      return letter === undefined ? label : t('report.memberLetter', { letter });
    },
  };
}

/**
 * The report's text helpers in the language of the nearest i18next instance: the CLI's provider, else
 * the app's instance (which follows the interface language), else English.
 */
export function useReportText(): ReportText {
  const fromContext = useContext(I18nContext)?.i18n;
  // getI18n() is undefined until renderer/src/i18n has loaded, whatever its declared type says.
  const appInstance: I18n | undefined = getI18n();
  const instance = fromContext ?? appInstance ?? reportI18n('en');
  const { t, i18n } = useTranslation(undefined, { i18n: instance });
  return useMemo(() => reportText(t, i18n.language), [t, i18n.language]);
}

const instances = new Map<ReportLanguage, I18n>();

/** An i18next instance fixed to `language`, apart from the app's (which follows the interface language). */
export function reportI18n(language: ReportLanguage): I18n {
  let instance = instances.get(language);
  if (instance === undefined) {
    instance = i18next.createInstance();
    const resources = {
      en: { translation: TRANSLATIONS.en },
      fr: { translation: TRANSLATIONS.fr },
      es: { translation: TRANSLATIONS.es },
    };
    void instance.init({
      resources,
      lng: language,
      fallbackLng: 'en',
      initAsync: false,
      returnNull: false,
      interpolation: { escapeValue: false },
    });
    instances.set(language, instance);
  }
  return instance;
}
