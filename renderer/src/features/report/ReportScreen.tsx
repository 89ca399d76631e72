/** @jsxRuntime automatic @jsxImportSource react */
// The report in the app: a full-window preview over the debrief with "Print / Save as PDF". The
// print stylesheet hides everything else, so the desktop PDF and the browser's print are the report.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReportModel } from '../../../../core/report/report-model';
import { bridgeErrorMessage } from '../../../../electron/ipc-contract';
import { useT } from '../../i18n';
import { platform } from '../../platform';
import { ReportDocument } from './ReportDocument';
import { REPORT_CSS } from './report-styles';

export interface ReportScreenProps {
  model: ReportModel;
  /** Proposed PDF file name; defaults to `<exerciseId>.report.pdf`. */
  fileName?: string;
  onClose?: () => void;
}

/**
 * Adopts the report stylesheet while the report is open. A constructed stylesheet, not a <style>
 * element, because the app's CSP (style-src 'self') refuses inline styles but not the CSSOM.
 */
function useReportStyles(): void {
  useEffect(() => {
    document.body.classList.add('report-open');
    const canAdopt =
      typeof CSSStyleSheet === 'function' &&
      'replaceSync' in CSSStyleSheet.prototype &&
      Array.isArray(document.adoptedStyleSheets);
    let sheet: CSSStyleSheet | null = null;
    if (canAdopt) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(REPORT_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    return () => {
      document.body.classList.remove('report-open');
      if (sheet !== null)
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);
}

/** The printable report over the app, with its print and close buttons. */
export function ReportScreen({ model, fileName, onClose }: ReportScreenProps) {
  useReportStyles();
  const t = useT();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [printing, setPrinting] = useState(false);
  const printButton = useRef<HTMLButtonElement>(null);
  // A modal dialog takes the focus, so the keyboard works in the report, not the deck behind it.
  useEffect(() => printButton.current?.focus(), []);

  useEffect(() => {
    if (onClose === undefined) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const print = async () => {
    setPrinting(true);
    setStatus(null);
    try {
      const target = platform();
      const result =
        target.printToPdf === undefined
          ? (window.print(), { saved: true })
          : await target.printToPdf(fileName ?? `${model.exercise.id}.report.pdf`);
      setStatus({
        text: t(result.saved ? 'report.screen.printed' : 'report.screen.cancelled'),
        error: false,
      });
    } catch (e) {
      setStatus({ text: t('report.screen.failed', { reason: bridgeErrorMessage(e) }), error: true });
    } finally {
      setPrinting(false);
    }
  };

  return createPortal(
    <div
      className="report-print-root"
      role="dialog"
      aria-modal="true"
      aria-label={t('report.titleOf', { title: model.exercise.title })}
    >
      <div className="report-toolbar">
        <p className="report-toolbar__status" role={status?.error === true ? 'alert' : 'status'}>
          {status?.text ?? ''}
        </p>
        <button
          ref={printButton}
          type="button"
          className="button button--primary"
          onClick={() => void print()}
          disabled={printing}
        >
          {t('report.screen.print')}
        </button>
        {onClose !== undefined && (
          <button type="button" className="button" onClick={onClose}>
            {t('report.screen.close')}
          </button>
        )}
      </div>
      <ReportDocument model={model} />
    </div>,
    document.body,
  );
}
