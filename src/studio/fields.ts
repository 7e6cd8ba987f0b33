/**
 * The studio's form controls. Each one edits one path of the file and carries that path
 * (`data-path`, as the check prints it) so a diagnostic can bring the trainer to it.
 */
import { h } from '../game/dom.ts';
import { formatPath } from '../core/diagnostics.ts';
import type { TranslationKey } from '../core/i18n.ts';
import type { FormContext } from './context.ts';
import type { Edit, Path } from './yamlEdit.ts';
import { femaleField } from './femaleField.ts';

/** Loose readers of the file's data: a file being written may have any shape. */
export type Data = Record<string, unknown>;
export const rec = (v: unknown): Data => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {});
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** A stable element id for a path (focus survives a re-render). */
export const fieldId = (path: Path, suffix = ''): string => `f.${path.join('.')}${suffix ? `.${suffix}` : ''}`;

const pathAttrs = (path: Path) => ({ id: fieldId(path), 'data-path': formatPath(path) });

/**
 * One-line or multi-line text; empty removes the key. `wrap` is one line of speech that wraps
 * as it grows, so a long reply can be read whole while it is written: Enter adds no line break.
 */
export function textField(ctx: FormContext, path: Path, label: string, value: unknown, options: { multiline?: boolean | 'wrap'; lang?: string; help?: string } = {}): HTMLElement {
  const dir = options.lang === 'ar' ? 'rtl' : options.lang === 'en' ? 'ltr' : 'auto';
  const edit = (e: Event): Edit => {
    const typed = (e.target as HTMLInputElement).value;
    const v = options.multiline === 'wrap' ? typed.replace(/\s*\n\s*/g, ' ') : typed;
    return { op: 'set', path, value: v.trim() === '' ? undefined : v };
  };
  const attrs = { ...pathAttrs(path), dir, lang: options.lang, onchange: (e: Event) => ctx.edit(edit(e)), oninput: (e: Event) => ctx.typing(edit(e)), 'aria-describedby': options.help ? fieldId(path, 'help') : undefined };
  const input = options.multiline === 'wrap'
    ? h('textarea', { ...attrs, rows: 2, class: 'wrap', onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') e.preventDefault(); } }, str(value))
    : options.multiline ? h('textarea', { ...attrs, rows: 3 }, str(value)) : h('input', { ...attrs, type: 'text', value: str(value) });
  return h('div', { class: 'field' }, h('label', { for: fieldId(path) }, label), input, options.help ? h('small', { id: fieldId(path, 'help') }, options.help) : null);
}

/** A whole number between `min` and `max`; empty removes the key (the default applies). */
export function numberField(ctx: FormContext, path: Path, label: string, value: unknown, min: number, max: number, placeholder?: number): HTMLElement {
  const edit = (e: Event): Edit => {
    const raw = (e.target as HTMLInputElement).value;
    return { op: 'set', path, value: raw === '' ? undefined : Number(raw) };
  };
  return h('div', { class: 'field number' }, h('label', { for: fieldId(path) }, label),
    h('input', { ...pathAttrs(path), type: 'number', inputmode: 'numeric', min, max, placeholder, value: str(value), onchange: (e: Event) => ctx.edit(edit(e)), oninput: (e: Event) => ctx.typing(edit(e)) }));
}

/**
 * A choice among values; `none` adds an empty choice that removes the key. A choice's third
 * element, where given, is the label of the group it is listed under (beats apart from endings).
 */
export function selectField(ctx: FormContext, path: Path, label: string, value: unknown, choices: ([string, string] | [string, string, string])[], none?: string): HTMLElement {
  const commit = (e: Event) => {
    const v = (e.target as HTMLSelectElement).value;
    ctx.edit({ op: 'set', path, value: v === '' ? undefined : v });
  };
  const current = str(value);
  const all: ([string, string] | [string, string, string])[] = [...(none !== undefined ? [['', none] as [string, string]] : []), ...choices];
  if (current && !all.some(([v]) => v === current)) all.push([current, current]);
  const option = ([v, text]: [string, string] | [string, string, string]) => h('option', { value: v, selected: v === current }, text);
  const grouped: HTMLElement[] = [];
  for (const choice of all) {
    const group = choice[2];
    const last = grouped.at(-1);
    if (group === undefined) grouped.push(option(choice));
    else if (last instanceof HTMLOptGroupElement && last.label === group) last.append(option(choice));
    else grouped.push(h('optgroup', { label: group }, option(choice)));
  }
  return h('div', { class: 'field' }, h('label', { for: fieldId(path) }, label),
    h('select', { ...pathAttrs(path), onchange: commit }, ...grouped));
}

/**
 * Checkboxes for a list of values; `help` explains each. An empty choice removes the key unless
 * `keep`. A value ticked goes to the end of the list; `current` reads the list as it is now when
 * something else can reorder it.
 */
export function checkGroup(ctx: FormContext, path: Path, label: string, value: unknown, choices: { value: string; label: string; help?: string }[], keep = false, onChosen?: (chosen: string[]) => void, current?: () => string[]): HTMLElement {
  let chosen = list(value).map(str);
  const toggle = (v: string, on: boolean) => {
    if (current) chosen = current();
    chosen = on ? [...chosen.filter((c) => c !== v), v] : chosen.filter((c) => c !== v);
    onChosen?.(chosen);
    ctx.edit({ op: 'set', path, value: chosen.length || keep ? chosen : undefined });
  };
  return h('fieldset', { class: 'checks', id: fieldId(path), 'data-path': formatPath(path), tabindex: -1 },
    h('legend', {}, label),
    ...choices.map((c) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', id: fieldId(path, c.value), value: c.value, checked: chosen.includes(c.value), onchange: (e: Event) => toggle(c.value, (e.target as HTMLInputElement).checked) }),
      h('span', {}, c.label, c.help ? h('small', {}, c.help) : null))));
}

/** Flags as words separated by commas (Arabic commas and spaces too). */
export function wordsField(ctx: FormContext, path: Path, label: string, value: unknown): HTMLElement {
  const commit = (e: Event) => {
    const words = (e.target as HTMLInputElement).value.split(/[\s,،]+/).filter(Boolean);
    ctx.edit({ op: 'set', path, value: words.length ? words : undefined });
  };
  return h('div', { class: 'field' }, h('label', { for: fieldId(path) }, label),
    h('input', { ...pathAttrs(path), type: 'text', dir: 'ltr', value: list(value).map(str).join(', '), onchange: commit, 'aria-describedby': fieldId(path, 'help') }),
    h('small', { id: fieldId(path, 'help') }, ctx.t('studio:field.listHint')));
}

/** A text in English and Arabic side by side, and the optional Arabic to a female trainee. */
export function localizedField(ctx: FormContext, path: Path, label: string, value: unknown, multiline: boolean | 'wrap' = false): HTMLElement {
  const v = rec(value);
  const { t } = ctx;
  const part = (lang: 'en' | 'ar', key: TranslationKey) =>
    textField(ctx, [...path, lang], t(key), v[lang], { multiline, lang: lang === 'en' ? 'en' : 'ar' });
  return h('fieldset', { class: 'localized', id: fieldId(path), 'data-path': formatPath(path), tabindex: -1 },
    h('legend', {}, label),
    h('div', { class: 'pair' }, part('en', 'studio:text.en'), part('ar', 'studio:text.ar')),
    femaleField(ctx, path, v, multiline));
}

/** A small button that edits the file. */
export function actionButton(label: string, id: string, onclick: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: 'button small', id, onclick, ...extra }, label);
}

/** A disclosure whose content is built when first opened: thirty techniques per reply add up. */
export function lazyDetails(className: string, summary: string, content: () => HTMLElement): HTMLDetailsElement {
  const details = h('details', { class: className }, h('summary', {}, summary));
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) details.append(content());
  });
  return details;
}
