/** The check's findings for the file being edited, in the trainer's language; each one leads to its field. */
import { h } from '../game/dom.ts';
import { describeDiagnostic, type Diagnostic } from '../core/diagnostics.ts';
import type { Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import { placeOf } from './place.ts';

/** `data` is the file as parsed (or undefined), to name each finding's place by its beat's id. */
export function problemsPanel(t: Translate, lang: Language, diagnostics: Diagnostic[], data: unknown, goTo: (d: Diagnostic) => void): HTMLElement {
  const sorted = [...diagnostics].sort((a, b) => (a.severity === b.severity ? a.line - b.line : a.severity === 'error' ? -1 : 1));
  // Where the problems sit below the forms (a phone, a tablet), their count stays in view and leads there.
  const jump = diagnostics.length === 0 ? null : h('button', {
    type: 'button', id: 'problems-jump', class: sorted[0]!.severity === 'error' ? 'problems-jump error' : 'problems-jump',
    'aria-label': t('studio:problems.jump', { count: diagnostics.length }),
    onclick: () => {
      const first = document.querySelector<HTMLElement>('.problems .problem');
      first?.scrollIntoView({ block: 'center' });
      first?.focus({ preventScroll: true });
    },
  }, t('studio:problems.count', { count: diagnostics.length }));
  return h('section', { class: 'card problems', 'aria-labelledby': 'sec-problems' }, jump,
    h('h2', { id: 'sec-problems' }, t('studio:section.problems'),
      diagnostics.length ? h('span', { class: 'count' }, ` · ${t('studio:problems.count', { count: diagnostics.length })}`) : null),
    diagnostics.length === 0
      ? h('p', { class: 'ok', role: 'status' }, t('studio:problems.none'))
      : h('ul', {}, ...sorted.map((d) => {
          const { message, hint } = describeDiagnostic(d, lang);
          const place = d.path ? placeOf(t, data, d.path) : '';
          return h('li', { class: d.severity },
            h('button', { type: 'button', class: 'problem', 'data-code': d.code, 'data-path': d.path, onclick: () => goTo(d) },
              h('strong', {}, t(`check:severity.${d.severity}`)), ' ',
              h('span', {}, message),
              h('small', { title: d.path || undefined }, `${place ? `${place} · ` : ''}${t('studio:problems.where', { line: d.line, column: d.column })}`)),
            h('p', { class: 'hint' }, hint));
        })));
}

/** The form control for a diagnostic's path, or the nearest one that exists. */
export function fieldFor(root: ParentNode, path: string): HTMLElement | undefined {
  const all = [...root.querySelectorAll<HTMLElement>('[data-path]')];
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const exact = all.find((el) => el.dataset.path === p);
    if (exact) return exact;
    const inside = all.find((el) => el.dataset.path!.startsWith(`${p}.`) || el.dataset.path!.startsWith(`${p}[`));
    if (inside) return inside;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return undefined;
}
