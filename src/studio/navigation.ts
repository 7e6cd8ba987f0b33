/** Moving the trainer's focus: to a diagnostic's field, to a beat from the map, back to where they were. */
import type { Diagnostic } from '../core/diagnostics.ts';
import { fieldFor } from './problems.ts';

/** Opens what hides the field of a diagnostic, scrolls to it and focuses it (the file text for a syntax error, at its line and column). */
export function goToDiagnostic(root: HTMLElement, d: Diagnostic): void {
  const field = fieldFor(root.querySelector('main') ?? root, d.path) ?? root.querySelector<HTMLElement>('#source-text');
  if (!field) return;
  for (let p = field.closest('details'); p; p = p.parentElement?.closest('details') ?? null) p.open = true;
  field.scrollIntoView({ block: 'center' });
  const control = field.matches('input, select, textarea') ? field : field.querySelector<HTMLElement>('input, select, textarea') ?? field;
  control.focus();
  if (control instanceof HTMLTextAreaElement && control.id === 'source-text') {
    const lines = control.value.split('\n');
    const offset = lines.slice(0, d.line - 1).reduce((n, l) => n + l.length + 1, 0) + d.column - 1;
    control.setSelectionRange(offset, offset);
  }
}

/** Opens a beat (or an ending) in the editor and focuses its first field. */
export function focusBeat(root: HTMLElement, id: string): void {
  const el = root.querySelector<HTMLElement>(`[data-beat="${CSS.escape(id)}"]`);
  if (!el) return;
  if (el instanceof HTMLDetailsElement) el.open = true;
  el.scrollIntoView({ block: 'start' });
  el.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
}

/** Back to a scroll position and a focused control (after a render, or coming back from a preview). */
export function restoreFocus(id: string | undefined, scrollY: number): void {
  window.scrollTo(0, scrollY);
  if (id) document.getElementById(id)?.focus({ preventScroll: true });
}
