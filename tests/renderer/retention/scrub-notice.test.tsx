import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ScrubNotice } from '../../../renderer/src/features/retention/ScrubNotice';
import { dismissScrubProgress, runScrub } from '../../../renderer/src/features/retention/scrub-progress';

afterEach(() => {
  cleanup();
  act(() => dismissScrubProgress());
});

describe('ScrubNotice', () => {
  it('shows nothing until a scrub starts, then its progress, then that it is done', async () => {
    render(<ScrubNotice />);
    expect(screen.queryByRole('status')).toBeNull();
    let advance: (fraction: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = runScrub(
        (onProgress) =>
          new Promise<void>((resolve) => {
            advance = (fraction) => onProgress?.(fraction);
            finish = resolve;
          }),
      );
    });
    act(() => advance(0.5));
    expect(screen.getByRole('status')).toHaveTextContent('Clearing the closed exercise out of this computer’s storage files… 50 %');
    await act(async () => {
      finish();
      await running;
    });
    expect(screen.getByRole('status')).toHaveTextContent('cleared out of this computer’s storage files as well');
  });

  it('says why the scrub failed and what to do, until dismissed', async () => {
    const user = userEvent.setup();
    render(<ScrubNotice />);
    await act(() => runScrub(() => Promise.reject(new Error('The disk is full.'))));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /could not clear it out of the browser’s storage files \(The disk is full\.\).*Free some disk space/,
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
