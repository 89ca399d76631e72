import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WrongPassphraseError, enableEncryption, lock, unlock } from '../../../renderer/src/db/encryption';
import { EncryptionPanel } from '../../../renderer/src/features/lock/EncryptionPanel';
import { forgetEncryption } from '../helpers/forget-encryption';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const OLD = 'violet harbour tractor sonnet';
const NEW = 'copper meadow lantern quiver';

beforeAll(() => configure({ asyncUtilTimeout: 10_000 }));

afterEach(async () => {
  cleanup();
  await forgetEncryption();
});

/** Types `text` into the field labelled `label` in one go (typing key by key is slow in jsdom). */
async function fill(user: ReturnType<typeof userEvent.setup>, label: string, text: string): Promise<void> {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function openChangeForm() {
  await enableEncryption(OLD, { params: FAST });
  const user = userEvent.setup();
  render(<EncryptionPanel scryptParams={FAST} scrub={false} />);
  await user.click(await screen.findByRole('button', { name: 'Change passphrase…' }));
  return user;
}

describe('ChangePassphraseForm', () => {
  it('changes the passphrase once the current one is given and the new one typed twice', async () => {
    const user = await openChangeForm();
    const submit = screen.getByRole('button', { name: 'Change passphrase' });
    await fill(user, 'Current passphrase', OLD);
    await fill(user, 'New passphrase', NEW);
    expect(submit).toBeDisabled();
    await fill(user, 'Type it again', NEW);
    expect(submit).toBeEnabled();
    await user.click(submit);
    expect(await screen.findByText(/The passphrase is changed/)).toBeInTheDocument();
    lock();
    await expect(unlock(OLD)).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock(NEW);
  }, 30_000);

  it('says the current passphrase is wrong and that nothing changed, keeping the old one working', async () => {
    const user = await openChangeForm();
    await fill(user, 'Current passphrase', 'violet harbour tractor');
    await fill(user, 'New passphrase', NEW);
    await fill(user, 'Type it again', NEW);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /was not changed, and the current one still works: That passphrase does not unlock this workspace/,
    );
    lock();
    await unlock(OLD);
  }, 30_000);

  it('refuses a new passphrase equal to the current one', async () => {
    const user = await openChangeForm();
    await fill(user, 'Current passphrase', OLD);
    await fill(user, 'New passphrase', OLD);
    await fill(user, 'Type it again', OLD);
    expect(screen.getByText('The new passphrase is the same as the current one.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change passphrase' })).toBeDisabled();
  }, 30_000);
});
