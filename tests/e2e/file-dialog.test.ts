// The file dialog in real Chromium: the file a person picks reaches the app even when the page
// collects garbage while the dialog is open (a detached file input is otherwise collected with
// its pick, and the import silently never starts).

import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './flows/fixture';

const fx = useServerAndBrowser();

/**
 * Collects garbage as soon as the task that opened a file dialog ends: the input is by then out of
 * every stack, as it is on a busy machine when a collection falls while the dialog is open.
 */
const COLLECT_AFTER_DIALOG_OPENS = `(() => {
  const click = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function () {
    click.call(this);
    if (this.type === 'file') queueMicrotask(() => { gc(); gc(); });
  };
})();`;

describe('the file dialog in Chromium', () => {
  it('delivers the picked file even when garbage is collected while the dialog is open', async () => {
    const { context, page, problems } = await fx.launch({ args: ['--js-flags=--expose-gc'] });
    await context.addInitScript({ content: COLLECT_AFTER_DIALOG_OPENS });
    await page.goto(fx.server().url);
    const alert = page.getByRole('alert');
    // Ten picks in a row: without the input held, most of them never reached the page.
    for (let pick = 1; pick <= 10; pick++) {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 5_000 }),
        page.getByRole('button', { name: 'Import a package' }).click(),
      ]);
      const name = `not-a-package-${pick}.panelpkg`;
      await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(`pick ${pick}`) });
      // The app read the file: it says why this one is not a package, by name.
      await expect.poll(() => alert.textContent()).toContain(name);
    }
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 120_000);
});
