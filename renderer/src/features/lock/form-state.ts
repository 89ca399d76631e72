// Keeps typed text out of the browser's session files. Chromium saves the state of form controls
// (typed notes, checked scores) in its session-restore log on disk, outside IndexedDB and so outside
// encryption at rest; it skips controls marked autocomplete="off". The app never needs that restore.

const CONTROLS = 'textarea, input, select';

function markControls(root: ParentNode): void {
  for (const control of root.querySelectorAll(CONTROLS)) {
    if (!control.hasAttribute('autocomplete')) control.setAttribute('autocomplete', 'off');
  }
}

/** Marks every form control under `root`, now and as they appear, autocomplete="off"; returns the function that stops watching. */
export function keepFormStateOffDisk(root: HTMLElement): () => void {
  markControls(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(CONTROLS) && !node.hasAttribute('autocomplete'))
          node.setAttribute('autocomplete', 'off');
        markControls(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
