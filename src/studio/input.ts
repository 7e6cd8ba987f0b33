/** The studio's keyboard shortcuts and its drop target (the whole page). */

/** Ctrl+S saves; Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo outside text fields, where the field's own undo applies. */
export function bindShortcuts(act: { save(): void; undo(): void; redo(): void }): void {
  document.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const inText = (e.target as HTMLElement).matches?.('input[type=text], textarea');
    const key = e.key.toLowerCase();
    let action: (() => void) | undefined;
    if (key === 's') action = act.save;
    else if (!inText && key === 'z' && !e.shiftKey) action = act.undo;
    else if (!inText && (key === 'y' || (key === 'z' && e.shiftKey))) action = act.redo;
    if (!action) return;
    e.preventDefault();
    action();
  });
}

/** A file dropped anywhere on the page is opened. */
export function bindDrop(open: (file: File) => void): void {
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) open(file);
  });
}
