import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildReportModel } from '../../../core/report/report-model';
import type { ReportModel } from '../../../core/report/report-model';
import { ReportScreen } from '../../../renderer/src/features/report/ReportScreen';
import { setPlatform } from '../../../renderer/src/platform';
import type { Platform } from '../../../renderer/src/platform';
import { decidedDemo } from '../../helpers/decided-demo';

let model: ReportModel;
beforeAll(async () => {
  const decided = await decidedDemo();
  model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision });
}, 60_000);

afterEach(() => {
  cleanup();
  setPlatform(null);
  vi.restoreAllMocks();
});

function fakePlatform(printToPdf?: Platform['printToPdf']): Platform {
  return {
    openFiles: vi.fn(),
    saveFile: vi.fn(),
    getSigner: vi.fn(),
    appInfo: vi.fn(),
    ...(printToPdf === undefined ? {} : { printToPdf }),
  };
}

// Rendering the whole report in jsdom takes seconds on a loaded machine.
describe('ReportScreen', { timeout: 30_000 }, () => {
  it('prints through the platform with the exercise’s report file name and says it was saved', async () => {
    const printToPdf = vi.fn().mockResolvedValue({ saved: true });
    setPlatform(fakePlatform(printToPdf));
    render(<ReportScreen model={model} />);
    await userEvent.click(screen.getByText('Print / Save as PDF'));
    expect(printToPdf).toHaveBeenCalledWith(`${model.exercise.id}.report.pdf`);
    expect(await screen.findByText(/saved as PDF/)).toHaveAttribute('role', 'status');
  });

  it('says when the person cancelled the save dialog', async () => {
    setPlatform(fakePlatform(vi.fn().mockResolvedValue({ saved: false })));
    render(<ReportScreen model={model} fileName="x.pdf" />);
    await userEvent.click(screen.getByText('Print / Save as PDF'));
    expect(await screen.findByText(/Not saved: the save dialog was cancelled/)).toHaveAttribute('role', 'status');
  });

  it('shows why printing failed, without the IPC prefix', async () => {
    setPlatform(fakePlatform(vi.fn().mockRejectedValue(new Error("Error invoking remote method 'dialog:printToPdf': Error: Could not make the PDF (disk full): try again"))));
    render(<ReportScreen model={model} />);
    await userEvent.click(screen.getByText('Print / Save as PDF'));
    expect(await screen.findByText('The report could not be printed: Could not make the PDF (disk full): try again')).toHaveAttribute('role', 'alert');
  });

  it('falls back to the browser’s print dialog on a platform without printToPdf', async () => {
    setPlatform(fakePlatform());
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<ReportScreen model={model} />);
    await userEvent.click(screen.getByText('Print / Save as PDF'));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('marks the page for the print stylesheet while open, and closes with Escape', async () => {
    setPlatform(fakePlatform());
    const onClose = vi.fn();
    const { unmount } = render(<ReportScreen model={model} onClose={onClose} />);
    expect(document.body).toHaveClass('report-open');
    expect(screen.getByText('Print / Save as PDF')).toHaveFocus();
    expect(screen.getByRole('dialog', { name: `Comparative analysis report: ${model.exercise.title}` })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    unmount();
    expect(document.body).not.toHaveClass('report-open');
  });
});
