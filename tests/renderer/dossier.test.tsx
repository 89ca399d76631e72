import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashString } from '../../core/canonical';
import { utf8Encode } from '../../core/encoding';
import type { Candidate } from '../../core/types';
import { importExercise, resetDatabase } from '../../renderer/src/db';
import { Dossier } from '../../renderer/src/features/dossier/Dossier';
import { setPlatform } from '../../renderer/src/platform';
import { type FakePlatform, fakeMemberPlatform } from './helpers/member-workspace';
import { fixturePackage } from './helpers/exercise-fixture';

// pdf.js needs a real canvas: the e2e test renders it; here the viewer only shows what it was given.
vi.mock('../../renderer/src/features/dossier/PdfViewer', () => ({
  PdfViewer: ({ bytes, title }: { bytes: Uint8Array; title: string }) => (
    <p data-testid="pdf-viewer">
      {title}: {new TextDecoder().decode(bytes)}
    </p>
  ),
}));

const NOTES = utf8Encode('Interview notes from the long-listing, plain text.');
let fake: FakePlatform;

function candidateWithDocuments(): Candidate {
  const pkg = fixturePackage();
  const candidate = pkg.exercise.candidates[0];
  return {
    ...candidate,
    summary: 'Head of a regional office',
    fields: { Nationality: 'Ruritania', 'Years of experience': '12' },
    documents: [
      ...(candidate.documents ?? []),
      {
        path: 'documents/cand-1/notes.txt',
        mediaType: 'text/plain',
        size: NOTES.length,
        sha256: hashString(NOTES),
      },
    ],
  };
}

async function storeFixture(candidate: Candidate) {
  const pkg = fixturePackage();
  pkg.exercise.candidates[0] = candidate;
  pkg.documents.set('documents/cand-1/notes.txt', NOTES);
  await importExercise('member', pkg);
}

beforeEach(() => {
  fake = fakeMemberPlatform();
  setPlatform(fake);
});

afterEach(async () => {
  cleanup();
  setPlatform(null);
  await resetDatabase();
});

describe('the dossier', () => {
  it('shows the candidate’s summary and fields and opens the first PDF with its stored bytes', async () => {
    const candidate = candidateWithDocuments();
    await storeFixture(candidate);
    render(<Dossier workspaceId="member:ex-1" candidate={candidate} />);
    expect(screen.getByText('Head of a regional office')).toBeInTheDocument();
    expect(screen.getByText('Nationality').nextSibling).toHaveTextContent('Ruritania');
    expect(screen.getByText('Years of experience').nextSibling).toHaveTextContent('12');
    expect(await screen.findByTestId('pdf-viewer')).toHaveTextContent(
      'cv.pdf: %PDF-1.7 cv of cand-1, revision 1',
    );
    const documents = screen.getByRole('list', { name: 'Documents of Ada Example' });
    expect(
      within(documents)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['cv.pdf', 'notes.txt']);
    expect(within(documents).queryByRole('button', { name: /Read notes\.txt/ })).not.toBeInTheDocument();
  });

  it('saves a copy of a document that is not a PDF through the platform, with its exact bytes', async () => {
    const candidate = candidateWithDocuments();
    await storeFixture(candidate);
    const user = userEvent.setup();
    render(<Dossier workspaceId="member:ex-1" candidate={candidate} />);
    await user.click(screen.getByRole('button', { name: 'Save a copy of notes.txt' }));
    await vi.waitFor(() => expect(fake.saveFile).toHaveBeenCalledTimes(1));
    const [name, bytes] = fake.saveFile.mock.calls[0] as [string, Uint8Array];
    expect(name).toBe('notes.txt');
    expect(new TextDecoder().decode(bytes)).toBe(new TextDecoder().decode(NOTES));
  });

  it('says what to do when a document is missing from storage', async () => {
    const candidate = candidateWithDocuments();
    const user = userEvent.setup();
    render(<Dossier workspaceId="member:ex-1" candidate={candidate} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“cv.pdf” is missing from this computer’s storage: import the exercise package again.',
    );
    await user.click(screen.getByRole('button', { name: 'Save a copy of notes.txt' }));
    expect(
      await screen.findByText(/“notes\.txt” could not be saved: .*import the exercise package again/),
    ).toBeInTheDocument();
    expect(fake.saveFile).not.toHaveBeenCalled();
  });
});
