import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentHash } from '../../core/canonical';
import { base64UrlEncode, utf8Decode } from '../../core/encoding';
import { publicKeyOf } from '../../core/crypto/ed25519';
import { verifyDocumentSignature } from '../../core/crypto/signed-doc';
import { parseScoreSheet } from '../../core/formats/sheet';
import { parseTrustFile } from '../../core/formats/trust';
import { parseStrictJson } from '../../core/json/strict-json';
import { declareRecusal, listExportedSheets, resetDatabase, setComment, setEvidence, setScore } from '../../renderer/src/db';
import { setPlatform } from '../../renderer/src/platform';
import { resetUiState } from '../../renderer/src/state';
import { type FakePlatform, MEMBER_SECRET, WORKSPACE, fakeMemberPlatform, openMemberWorkspace } from './helpers/member-workspace';

let platform: FakePlatform;

beforeEach(() => {
  platform = fakeMemberPlatform();
  setPlatform(platform);
});

afterEach(async () => {
  cleanup();
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  await resetDatabase();
});

function savedFile(call: number): { name: string; bytes: Uint8Array } {
  const [name, bytes] = platform.saveFile.mock.calls[call] as [string, Uint8Array];
  return { name, bytes };
}

describe('export review and signing', () => {
  it('reviews complete, incomplete and recused candidates, then signs revision 1 with exactly what was entered', async () => {
    const user = await openMemberWorkspace();
    await setScore(WORKSPACE, 'cand-1', 'leadership', 4);
    await setScore(WORKSPACE, 'cand-1', 'diplomacy', 5);
    await setEvidence(WORKSPACE, 'cand-1', 'diplomacy', 'Brokered a ceasefire');
    await setComment(WORKSPACE, 'cand-1', 'Excellent');
    await setScore(WORKSPACE, 'cand-2', 'leadership', 2);
    await declareRecusal(WORKSPACE, 'cand-3', 'Former colleague');
    await user.click(screen.getByRole('button', { name: 'Export score sheet' }));

    const tiles = await screen.findByRole('list', { name: 'What the sheet holds' });
    await waitFor(() => expect(tiles).toHaveTextContent('1 complete1 incomplete1 recused'));
    expect(screen.getByRole('row', { name: /Bo Sample.*Incomplete.*1 of 2 scores/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Cy Third.*Recused.*Former colleague/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign and save revision 1' }));
    expect(await screen.findByText(/Revision 1 is signed and saved as m-two\.r1\.scores\.json/)).toBeInTheDocument();

    const { name, bytes } = savedFile(0);
    expect(name).toBe('m-two.r1.scores.json');
    const json = parseStrictJson(bytes);
    const sheet = parseScoreSheet(json);
    expect(verifyDocumentSignature(json).publicKey).toEqual(publicKeyOf(MEMBER_SECRET));
    expect(sheet).toMatchObject({ exerciseId: 'ex-1', memberId: 'm-two', revision: 1 });
    expect(sheet.candidates).toEqual([
      {
        candidateId: 'cand-1',
        recused: false,
        ratings: [
          { criterionId: 'leadership', score: 4 },
          { criterionId: 'diplomacy', score: 5, evidence: 'Brokered a ceasefire' },
        ],
        comment: 'Excellent',
      },
      { candidateId: 'cand-2', recused: false, ratings: [{ criterionId: 'leadership', score: 2 }] },
      { candidateId: 'cand-3', recused: true, recusalReason: 'Former colleague', ratings: [] },
    ]);
    const [stored] = await listExportedSheets(WORKSPACE);
    expect(stored).toMatchObject({ revision: 1, sheetHash: documentHash(json) });
    expect(within(screen.getByRole('region', { name: 'Sheets you have exported' })).getByText(documentHash(json))).toBeInTheDocument();
  });

  it('offers the same revision again while nothing changed, and the next revision after a change', async () => {
    const user = await openMemberWorkspace();
    await setScore(WORKSPACE, 'cand-1', 'leadership', 3);
    await user.click(screen.getByRole('button', { name: 'Export score sheet' }));
    await user.click(await screen.findByRole('button', { name: 'Sign and save revision 1' }));
    expect(await screen.findByText(/Nothing has changed since revision 1/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Sign and save/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save revision 1 again' }));
    expect(Array.from(savedFile(1).bytes)).toEqual(Array.from(savedFile(0).bytes));

    await setScore(WORKSPACE, 'cand-1', 'leadership', 4);
    await user.click(await screen.findByRole('button', { name: 'Sign and save revision 2' }));
    await screen.findByText(/Revision 2 is signed/);
    expect(parseScoreSheet(parseStrictJson(savedFile(2).bytes))).toMatchObject({ revision: 2, candidates: [{ ratings: [{ score: 4 }] }] });
    expect((await listExportedSheets(WORKSPACE)).map((s) => s.revision)).toEqual([2, 1]);
  });

  it('does not record an export the member cancelled in the save dialog', async () => {
    const user = await openMemberWorkspace();
    platform.saveFile.mockResolvedValueOnce({ saved: false });
    await user.click(screen.getByRole('button', { name: 'Export score sheet' }));
    await user.click(await screen.findByRole('button', { name: 'Sign and save revision 1' }));
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(1));
    expect(await listExportedSheets(WORKSPACE)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Sign and save revision 1' })).toBeEnabled();
  });
});

describe('identity and key', () => {
  it('shows the member’s fingerprint large, one click away, and exports the public key as a trust file', async () => {
    const user = await openMemberWorkspace();
    const key = base64UrlEncode(publicKeyOf(MEMBER_SECRET));
    await user.click(screen.getByRole('button', { name: /^You are Member Two · key [0-9a-f]{4} / }));
    expect(screen.getByRole('heading', { name: 'Your signing key' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export my public key' }));
    const { name, bytes } = savedFile(0);
    expect(name).toBe('m-two.public-key.trust.json');
    expect(parseTrustFile(JSON.parse(utf8Decode(bytes)))).toEqual({
      format: 'panelscore.trust',
      formatVersion: 1,
      exerciseId: 'ex-1',
      members: [{ memberId: 'm-two', publicKey: key }],
    });
  });

  it('warns when the package pins another key for the chosen panel entry', async () => {
    const user = await openMemberWorkspace({ chooseIdentity: false });
    await user.click(screen.getByRole('button', { name: 'Start: say who you are on the panel' }));
    await user.click(await screen.findByRole('radio', { name: /Member Two/ }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Member One/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/pins a different key for Member One .* will be rejected/);
  });
});
