import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensurePersistentStorage, resetPersistenceRequest } from '../../renderer/src/db/storage-persistence';
import { StorageStatus } from '../../renderer/src/features/retention/StorageStatus';
import { type Platform, setPlatform } from '../../renderer/src/platform';

function fakeStorage(persisted: boolean, grant: boolean) {
  const storage = { persisted: vi.fn(() => Promise.resolve(persisted)), persist: vi.fn(() => Promise.resolve(grant)) };
  vi.stubGlobal('navigator', { ...navigator, storage });
  return storage;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setPlatform(null);
  resetPersistenceRequest();
});

describe('ensurePersistentStorage', () => {
  it('asks the browser to persist the app’s storage once, however many workspaces open', async () => {
    const storage = fakeStorage(false, true);
    expect(await ensurePersistentStorage()).toBe('persistent');
    expect(await ensurePersistentStorage()).toBe('persistent');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the storage is persistent already', async () => {
    const storage = fakeStorage(true, false);
    expect(await ensurePersistentStorage()).toBe('persistent');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, and a browser without the API, as answers rather than errors', async () => {
    fakeStorage(false, false);
    expect(await ensurePersistentStorage()).toBe('best-effort');
    resetPersistenceRequest();
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    expect(await ensurePersistentStorage()).toBe('unsupported');
  });
});

describe('StorageStatus', () => {
  it('asks when shown and says that the storage is persistent', async () => {
    const storage = fakeStorage(false, true);
    render(<StorageStatus />);
    expect(await screen.findByText(/^Storage is persistent: this browser keeps Panelscore’s data/)).toBeInTheDocument();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('warns that the browser may clear the data when it refused, and points a browser user to the desktop app', async () => {
    fakeStorage(false, false);
    render(<StorageStatus />);
    expect(await screen.findByText(/^Storage is not persistent: .*Export your work often\. The desktop app keeps it/)).toBeInTheDocument();
  });

  it('does not point to the desktop app from inside it', async () => {
    fakeStorage(false, false);
    const appInfo = vi.fn(() => Promise.resolve({ name: 'Panelscore', version: '1', runtime: 'electron' as const, keysProtectedByOs: true }));
    setPlatform({ appInfo } as unknown as Platform);
    render(<StorageStatus />);
    const status = await screen.findByText(/^Storage is not persistent/);
    await vi.waitFor(() => expect(appInfo).toHaveBeenCalled());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(status).not.toHaveTextContent('desktop app');
  });
});
