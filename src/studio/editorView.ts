/** The editing column: the forms when the file parses, and the file as text, always. */
import { h } from '../game/dom.ts';
import type { Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import type { FormContext } from './context.ts';
import { list, rec, str } from './fields.ts';
import type { Edit } from './yamlEdit.ts';
import { scenarioForm } from './forms/scenarioForm.ts';
import { customerForm } from './forms/customerForm.ts';
import { beatsForm, endingsForm } from './forms/beatForm.ts';

/** What the editing column can ask of the studio. */
export interface EditorActions {
  edit(edit: Edit): void;
  typing(edit: Edit): void;
  replaceText(text: string): void;
  previewFrom(beat: string): void;
}

/** The forms over the file's data (loosely read: a half-written file still shows), and the file as text. */
export function editorView(t: Translate, lang: Language, parsed: unknown, text: string, act: EditorActions): HTMLElement {
  const data = rec(parsed);
  const beatIds = list(data.beats).map((b) => str(rec(b).id)).filter(Boolean);
  const endingIds = list(data.endings).map((e) => str(rec(e).id)).filter(Boolean);
  const ctx: FormContext = { t, lang, edit: act.edit, typing: act.typing, beatIds, targets: [...beatIds, ...endingIds], previewFrom: act.previewFrom };
  const forms = parsed && typeof parsed === 'object' ? [scenarioForm(ctx, data), customerForm(ctx, data), beatsForm(ctx, data), endingsForm(ctx, data)] : [];
  const source = h('textarea', { id: 'source-text', 'data-path': '', dir: 'ltr', lang: 'en', spellcheck: 'false', rows: 18, 'aria-describedby': 'source-help' }, text);
  return h('main', { class: 'editor', 'aria-label': t('studio:section.form') },
    ...forms,
    h('details', { class: 'card source', open: forms.length === 0 },
      h('summary', {}, h('h2', {}, t('studio:section.source'))),
      h('p', { id: 'source-help', class: 'help' }, t('studio:source.help')),
      h('label', { for: 'source-text', class: 'visually-hidden' }, t('studio:section.source')),
      source,
      h('button', { type: 'button', class: 'button small', id: 'source-apply', onclick: () => act.replaceText(source.value) }, t('studio:source.apply'))));
}
