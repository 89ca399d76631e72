import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEMBER } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { screenshot as save } from './flows/screenshots';

const fx = useServerAndBrowser();

async function screenshot(page: Page, name: string): Promise<void> {
  await save(page, `first-run-fr-${name}`);
}

/** Longer French text must wrap, not push the page sideways. */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');
}

describe('the first run in French, in Chromium', () => {
  it('switches to French, walks from the welcome to the candidate list, and stays French after a reload', async () => {
    // A fresh profile opens in English; the header offers the language.
    const { page, problems } = await fx.openApp();
    await page.getByRole('region', { name: 'Welcome to Panelscore' }).waitFor();
    await page.getByLabel('Language').selectOption({ label: 'Français' });

    // The welcome and the role choice, in French.
    const welcome = page.getByRole('region', { name: 'Bienvenue dans Panelscore' });
    await welcome.waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quel est votre rôle dans cette sélection ?');
    expect(await page.getByRole('button', { name: 'Membre du jury', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Délibération', exact: true }).count()).toBe(1);
    expect(await welcome.textContent()).toContain('Choisissez ci-dessous votre rôle dans la sélection');
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'welcome');

    // The demo as a panel member: the exercise to read, then who you are on the panel.
    await welcome.getByRole('button', { name: /Essayer en tant que membre du jury/ }).click();
    const start = page.getByRole('button', { name: 'Commencer : indiquez qui vous êtes dans le jury' });
    await start.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { name: 'Avant les entretiens' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Échelle de notation' }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Votre espace de travail' }).textContent()).toContain('Exporter la fiche de notation');
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'exercise');

    await start.click();
    await page.getByRole('heading', { name: 'Qui êtes-vous dans ce jury ?', level: 1 }).waitFor();
    await page.getByRole('radio', { name: new RegExp(DEMO_MEMBER) }).check();
    await screenshot(page, 'identity');
    await page.getByRole('button', { name: `Je suis ${DEMO_MEMBER}` }).click();

    // The candidate list, in French; the candidates' names are data and stay as they are.
    await page.getByRole('heading', { name: 'Candidats', level: 1 }).waitFor();
    for (const header of ['Candidat', 'Noté', 'État']) {
      expect(await page.getByRole('columnheader', { name: header, exact: true }).count()).toBe(1);
    }
    expect(await page.getByText('0 sur 5 terminés', { exact: false }).count()).toBe(1);
    expect(await page.getByText('Non commencé').count()).toBe(5);
    expect(await page.getByLabel('Rechercher un candidat').count()).toBe(1);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'candidates');

    // A reload keeps the language (and the screen).
    await page.reload();
    await page.getByRole('heading', { name: 'Candidats', level: 1 }).waitFor();
    expect(await page.getByLabel('Langue').inputValue()).toBe('fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('button', { name: 'Changer de rôle' }).click();
    await page.getByRole('heading', { name: 'Quel est votre rôle dans cette sélection ?', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Reprendre là où vous en étiez' }).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'after-reload');

    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  }, 180_000);
});
