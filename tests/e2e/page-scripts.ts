// Code that runs inside the page, kept as source text: the e2e tests are type-checked
// for Node (no DOM types), and these few lines only make sense in the browser.

/** Reports every CSP violation as a console error, which launchBrowser() collects. */
export const REPORT_CSP_VIOLATIONS = `
document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code'));
});`;

/** Rows per named store of the page's `panelscore` IndexedDB, read without the app's code. */
export function countRowsScript(stores: string[]): string {
  return `new Promise((resolve, reject) => {
    const names = ${JSON.stringify(stores)};
    const open = indexedDB.open('panelscore');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      const present = names.filter((n) => database.objectStoreNames.contains(n));
      const counts = {};
      if (present.length === 0) { database.close(); resolve(counts); return; }
      const tx = database.transaction(present, 'readonly');
      for (const name of present) {
        const request = tx.objectStore(name).count();
        request.onsuccess = () => { counts[name] = request.result; };
      }
      tx.oncomplete = () => { database.close(); resolve(counts); };
    };
  })`;
}

/** Appends an inline <script> and reports whether it ran (it must not, under the CSP). */
export const INLINE_SCRIPT_RUNS = `new Promise((resolve) => {
  const script = document.createElement('script');
  script.textContent = 'window.__inlineRan = true';
  document.body.append(script);
  setTimeout(() => resolve(window.__inlineRan === true), 50);
})`;
