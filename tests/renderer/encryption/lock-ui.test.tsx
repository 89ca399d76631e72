import { act, cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { enableEncryption, encryptionStatus, lock } from '../../../renderer/src/db/encryption';
import { EncryptionPanel } from '../../../renderer/src/features/lock/EncryptionPanel';
import { LockGate } from '../../../renderer/src/features/lock/LockGate';
import { passphraseStrength } from '../../../renderer/src/features/lock/passphrase-strength';
import { forgetEncryption } from '../helpers/forget-encryption';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'violet harbour tractor sonnet';

// scrypt competes with other work for the CPU: wait longer than the default second for its outcome.
beforeAll(() => configure({ asyncUtilTimeout: 10_000 }));

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await forgetEncryption();
});

describe('passphraseStrength', () => {
  it('refuses short passphrases and calls four unrelated words strong', () => {
    expect(passphraseStrength('short').acceptable).toBe(false);
    expect(passphraseStrength('password1234').level).toBe('weak');
    expect(passphraseStrength(PASSPHRASE).level).toBe('strong');
  });
});

describe('EncryptionPanel', () => {
  it('turns encryption on only when both passphrases match, and then offers Lock now', async () => {
    const user = userEvent.setup();
    render(<EncryptionPanel scryptParams={FAST} scrub={false} />);
    await user.type(screen.getByLabelText('New passphrase'), PASSPHRASE);
    await user.type(screen.getByLabelText('Type it again'), `${PASSPHRASE}x`);
    expect(screen.getByText('The two passphrases differ.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn on encryption' })).toBeDisabled();
    expect(screen.getByText(/nobody can recover the data/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Type it again'));
    await user.type(screen.getByLabelText('Type it again'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Turn on encryption' }));
    expect(await screen.findByRole('button', { name: 'Lock now' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(encryptionStatus()).toBe('unlocked');
  }, 30_000);
});

describe('LockGate', () => {
  it('shows the unlock screen while locked, says when the passphrase is wrong, and shows the app once unlocked', async () => {
    await enableEncryption(PASSPHRASE, { params: FAST });
    lock();
    const user = userEvent.setup();
    render(<LockGate>{<p>The app</p>}</LockGate>);
    expect(await screen.findByRole('heading', { name: 'Panelscore is locked' })).toBeInTheDocument();
    expect(screen.queryByText('The app')).toBeNull();
    await user.type(screen.getByLabelText('Passphrase'), 'violet harbour tractor');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /does not unlock this workspace. Nothing was changed/,
    );
    expect(encryptionStatus()).toBe('locked');
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('The app')).toBeInTheDocument();
  });

  it('locks by itself after the idle time, and not while the person is active', async () => {
    await enableEncryption(PASSPHRASE, { params: FAST, autoLockMinutes: 2 });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<LockGate>{<p>The app</p>}</LockGate>);
    await screen.findByText('The app');
    for (let i = 0; i < 6; i++) {
      await act(() => vi.advanceTimersByTimeAsync(30_000));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    }
    expect(encryptionStatus()).toBe('unlocked');
    await act(() => vi.advanceTimersByTimeAsync(2 * 60_000 + 10_000));
    await waitFor(() => expect(encryptionStatus()).toBe('locked'));
    expect(await screen.findByRole('heading', { name: 'Panelscore is locked' })).toBeInTheDocument();
  });
});
