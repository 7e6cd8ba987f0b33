/** The beats and the endings: each with its line, wordings and (for beats) replies. */
import { h } from '../../game/dom.ts';
import type { FormContext } from '../context.ts';
import { actionButton, fieldId, list, localizedField, numberField, rec, str, textField, type Data } from '../fields.ts';
import { replyForm } from './replyForm.ts';
import { variantsForm } from './variantsForm.ts';

const MAX_REPLIES = 4;

const blankReply = (to: string) => ({ text: { en: '…', ar: '…' }, techniques: ['listen'], next: to });

/** Every beat: id, hostility, line, wordings, replies; add, remove, preview from here. */
export function beatsForm(ctx: FormContext, data: Data): HTMLElement {
  const { t } = ctx;
  const beats = list(data.beats);
  const firstEnding = str(rec(list(data.endings)[0]).id);
  return h('section', { class: 'card', 'aria-labelledby': 'sec-beats' },
    h('h2', { id: 'sec-beats' }, t('studio:section.beats')),
    ...beats.map((b, i) => {
      const beat = rec(b);
      const path = ['beats', i];
      const id = str(beat.id);
      const options = list(beat.options);
      return h('details', { class: 'beat', open: true, id: `beat-${i}`, 'data-beat': id },
        h('summary', {}, h('h3', {}, t('studio:heading.beat', { id: id || '?' }))),
        h('div', { class: 'row' },
          textField(ctx, [...path, 'id'], t('studio:field.id'), beat.id, { lang: 'en' }),
          numberField(ctx, [...path, 'hostility'], t('studio:field.hostility'), beat.hostility, 0, 3),
          actionButton(t('studio:action.previewHere'), fieldId(path, 'preview'), () => ctx.previewFrom(id), { 'data-action': 'preview-beat' })),
        localizedField(ctx, [...path, 'line'], t('studio:field.line'), beat.line, 'wrap'),
        variantsForm(ctx, [...path, 'variants'], beat.variants, false),
        h('h4', {}, t('studio:field.replies')),
        ...options.map((o, k) => replyForm(ctx, [...path, 'options', k], o, k + 1, options.length)),
        h('div', { class: 'row' },
          options.length < MAX_REPLIES
            ? actionButton(t('studio:action.addReply'), fieldId(path, 'add-reply'), () => ctx.edit({ op: 'insert', path: [...path, 'options'], index: options.length, value: blankReply(firstEnding || id) }))
            : null,
          beats.length > 1 ? actionButton(t('studio:action.removeBeat'), fieldId(path, 'remove'), () => ctx.edit({ op: 'delete', path })) : null));
    }),
    actionButton(t('studio:action.addBeat'), 'f.beats.add', () => {
      const id = freshId('beat', data);
      ctx.edit({ op: 'insert', path: ['beats'], index: beats.length, value: { id, line: { en: '…', ar: '…' }, options: [blankReply(firstEnding || id)] } });
    }));
}

/** Every ending: id, line and wordings by outcome. */
export function endingsForm(ctx: FormContext, data: Data): HTMLElement {
  const { t } = ctx;
  const endings = list(data.endings);
  return h('section', { class: 'card', 'aria-labelledby': 'sec-endings' },
    h('h2', { id: 'sec-endings' }, t('studio:section.endings')),
    ...endings.map((e, i) => {
      const ending = rec(e);
      const path = ['endings', i];
      return h('fieldset', { class: 'ending', 'data-beat': str(ending.id) },
        h('legend', {}, t('studio:heading.ending', { id: str(ending.id) || '?' })),
        textField(ctx, [...path, 'id'], t('studio:field.id'), ending.id, { lang: 'en' }),
        localizedField(ctx, [...path, 'line'], t('studio:field.line'), ending.line, 'wrap'),
        variantsForm(ctx, [...path, 'variants'], ending.variants, true),
        endings.length > 1 ? actionButton(t('studio:action.removeEnding'), fieldId(path, 'remove'), () => ctx.edit({ op: 'delete', path })) : null);
    }),
    actionButton(t('studio:action.addEnding'), 'f.endings.add', () =>
      ctx.edit({ op: 'insert', path: ['endings'], index: endings.length, value: { id: freshId('ending', data), line: { en: '…', ar: '…' } } })));
}

/** `beat-2`, `beat-3`…: the first id of this kind not taken by a beat or an ending. */
function freshId(kind: string, data: Data): string {
  const taken = new Set([...list(data.beats), ...list(data.endings)].map((x) => str(rec(x).id)));
  for (let n = 1; ; n++) if (!taken.has(`${kind}-${n}`)) return `${kind}-${n}`;
}
