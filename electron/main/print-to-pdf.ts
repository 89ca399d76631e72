/**
 * Printing the app window to PDF for the report: Chromium lays the page out with its print
 * stylesheet (A4), main saves the bytes where the person chooses. The renderer never names a path.
 */
import type { SaveFileResult, PrintToPdfRequest } from '../ipc-contract';
import { saveFile } from './dialogs';
import type { DialogDeps } from './dialogs';

/** Prints the dialogs' window (the IPC sender's, after the sender check) to an A4 PDF and saves it through the save dialog. */
export async function printToPdf(deps: DialogDeps, request: PrintToPdfRequest): Promise<SaveFileResult> {
  let pdf: Buffer;
  try {
    pdf = await deps.window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not make the PDF (${why}): try again, or use a browser's Print > Save as PDF on the report from \`panelscore report\`.`, { cause: error });
  }
  return saveFile(deps, {
    suggestedName: request.suggestedName,
    bytes: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
}
