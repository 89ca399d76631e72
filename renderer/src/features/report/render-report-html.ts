// The report as one self-contained HTML file (CSS inlined, no scripts, a CSP that allows nothing
// else): the CLI writes it and a browser prints it. Same component as the app, so the same numbers.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { ReportModel } from '../../../../core/report/report-model';
import { ReportDocument } from './ReportDocument';
import { type ReportLanguage, reportI18n } from './report-i18n';
import { REPORT_CSS } from './report-styles';

export { isReportLanguage, type ReportLanguage } from './report-i18n';

/** The content security policy of the standalone report: inline styles, nothing else. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A complete HTML document of the report for `model`, in `language` (English unless asked). */
export function renderReportHtml(model: ReportModel, { language = 'en' }: { language?: ReportLanguage } = {}): string {
  const i18n = reportI18n(language);
  const body = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ReportDocument, { model })));
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(i18n.t('report.documentTitle', { title: model.exercise.title }))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
