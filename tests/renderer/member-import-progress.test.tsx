import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportProgress } from '../../renderer/src/features/member/ImportProgress';

afterEach(cleanup);

describe('ImportProgress', () => {
  it('shows the bytes checked out of the package size as a progress bar', () => {
    render(<ImportProgress label="Step 1 of 2: checking “big.panelpkg”" done={75_000_000} total={300_000_000} />);
    const bar = screen.getByRole('progressbar', { name: 'Step 1 of 2: checking “big.panelpkg”' });
    expect(bar).toHaveAttribute('aria-valuenow', '75000000');
    expect(bar).toHaveAttribute('aria-valuemax', '300000000');
    expect(bar).toHaveAttribute('aria-valuetext', '75 MB of 300 MB checked (25%)');
    expect(screen.getByRole('status')).toHaveTextContent('Step 1 of 2: checking “big.panelpkg”…');
  });

  it('is indeterminate while the amount is unknown (storing)', () => {
    render(<ImportProgress label="Step 2 of 2: storing" done={null} total={null} />);
    const bar = screen.getByRole('progressbar', { name: 'Step 2 of 2: storing' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(screen.queryByText(/checked/)).toBeNull();
  });
});
