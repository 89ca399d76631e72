// The score sheets already exported from this workspace, newest first, each with its hash
// and time, so a member can show exactly what was sent (and save it again).

import { useState } from 'react';
import { type ExportedSheetRecord, getExportedSheet } from '../../db';
import { platform } from '../../platform';
import { formatTimestamp } from '../../app/format';
import { describeError } from '../../app/use-live-query';
import { useT } from '../../i18n';

/** The list of exported revisions. */
export function ExportedSheetList({ sheets }: { sheets: ExportedSheetRecord[] }) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  if (sheets.length === 0) return null;
  const saveAgain = async (sheet: ExportedSheetRecord) => {
    setProblem(null);
    const name = sheet.fileName ?? `revision-${sheet.revision}.scores.json`;
    try {
      const stored = await getExportedSheet(sheet.workspaceId, sheet.revision);
      if (!stored) throw new Error(`revision ${sheet.revision} is no longer stored on this computer`);
      await platform().saveFile(name, stored.bytes, [{ name: t('member.exported.fileType'), extensions: ['json'] }]);
    } catch (error) {
      setProblem(t('app.exercise.saveFailed', { name, message: describeError(error) }));
    }
  };
  return (
    <section className="exercise__section" aria-labelledby="exported-title">
      <h2 id="exported-title">{t('member.exported.title')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('member.exported.revision')}</th>
            <th scope="col">{t('member.exported.exported')}</th>
            <th scope="col">{t('member.exported.hash')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('member.exported.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sheets.map((sheet) => (
            <tr key={sheet.revision}>
              <th scope="row">{sheet.revision}</th>
              <td>{formatTimestamp(sheet.exportedAt)}</td>
              <td>
                <code className="hash">{sheet.sheetHash}</code>
              </td>
              <td>
                <button type="button" className="button button--small" onClick={() => void saveAgain(sheet)}>
                  {t('member.exported.saveAgain', { revision: sheet.revision })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem && (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
