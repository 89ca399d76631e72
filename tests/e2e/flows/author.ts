// The secretariat's authoring steps as a person does them in the editor: a new exercise from
// scratch (competencies, candidates with documents, panel), then the signed package downloaded.

import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { downloadFrom } from './screenshots';

export interface ExerciseSpec {
  title: string;
  description: string;
  secretariatName: string;
  /** Name and weight of each competency, in order. */
  criteria: readonly { name: string; weight: number }[];
  /** Each candidate's name and the paths of the documents to attach. */
  candidates: readonly { name: string; documents?: readonly string[] }[];
  /** Each member's name and affiliation (the first is the chair); optionally a key to pin. */
  members: readonly { name: string; affiliation: string; publicKey?: string }[];
}

/** A one-page PDF CV for `name`, to attach as a candidate's document. */
export async function cvPdf(name: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  page.drawText(`Curriculum vitae of ${name}`, { x: 50, y: 750, font: await doc.embedFont(StandardFonts.Helvetica), size: 18 });
  return doc.save();
}

/** The card of a list section that was just added (the last one with a Name box). */
function lastCard(page: Page, section: string | RegExp): Locator {
  return page.getByRole('region', { name: section }).getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Name' }) }).last();
}

/** Opens the editor on the start screen and fills it in from `spec`, until it says it is ready to issue. */
export async function authorExercise(page: Page, spec: ExerciseSpec): Promise<void> {
  await page.getByRole('button', { name: 'New exercise' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(spec.title);
  await page.getByRole('textbox', { name: 'Description (summary of the terms of reference)' }).fill(spec.description);
  await page.getByRole('textbox', { name: 'Secretariat name (shown to members)' }).fill(spec.secretariatName);

  for (const [i, { name, weight }] of spec.criteria.entries()) {
    await page.getByRole('button', { name: 'Add a competency' }).click();
    const card = lastCard(page, `Competencies (${i + 1})`);
    await card.getByRole('textbox', { name: 'Name' }).fill(name);
    await card.getByRole('textbox', { name: 'Weight' }).fill(String(weight));
    await card.getByRole('textbox', { name: 'Anchor for 5' }).fill(`Outstanding ${name.toLowerCase()}`);
  }

  for (const { name } of spec.candidates) {
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    await page.getByRole('listitem', { name: /^Candidate \d+$/ }).last().getByRole('textbox', { name: 'Name' }).fill(name);
  }
  for (const { name, documents = [] } of spec.candidates) {
    if (documents.length === 0) continue;
    const card = page.getByRole('listitem', { name });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), card.getByRole('button', { name: 'Attach documents…' }).click()]);
    await chooser.setFiles([...documents]);
    const list = card.getByRole('list', { name: `Documents of ${name}` });
    for (const path of documents) await list.getByText(path.split('/').pop()!).waitFor();
  }

  for (const { name, affiliation, publicKey } of spec.members) {
    await page.getByRole('button', { name: 'Add a panel member' }).click();
    const card = page.getByRole('listitem', { name: /^Member \d+$/ }).last();
    await card.getByRole('textbox', { name: 'Affiliation' }).fill(affiliation);
    await card.getByRole('textbox', { name: 'Name' }).fill(name);
    if (publicKey !== undefined) await page.getByRole('listitem', { name }).getByRole('textbox', { name: 'Pinned public key (optional)' }).fill(publicKey);
  }
  await page.getByText('Ready to issue').waitFor();
}

/** The issue page's secretariat fingerprint, and the signed package saved into `dir`. */
export async function issuePackage(page: Page, title: string, dir: string): Promise<{ path: string; secretariatFingerprint: string }> {
  await page.getByRole('button', { name: 'Review and issue…' }).click();
  await page.getByRole('heading', { name: `Issue “${title}”` }).waitFor();
  const secretariatFingerprint = (await page.getByRole('region', { name: 'Your secretariat key' }).locator('code').textContent()) ?? '';
  const path = await downloadFrom(page, () => page.getByRole('button', { name: /^Sign and save .*\.panelpkg$/ }).click(), dir);
  await page.getByRole('heading', { name: 'The exercise as issued' }).waitFor();
  return { path, secretariatFingerprint };
}
