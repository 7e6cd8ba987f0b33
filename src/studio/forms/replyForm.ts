/** One reply the trainee can choose: its words, techniques, flags and where it leads. */
import { h } from '../../game/dom.ts';
import { HARMFUL_TECHNIQUES, HELPFUL_TECHNIQUES } from '../../core/vocabulary.ts';
import type { FormContext } from '../context.ts';
import { actionButton, checkGroup, fieldId, lazyDetails, list, localizedField, rec, selectField, str, wordsField } from '../fields.ts';
import type { Path } from '../yamlEdit.ts';
import { conditionForm } from './conditionForm.ts';
import { techniqueChips } from './techniqueChips.ts';

/** Reply `n` of `count` at `path`. */
export function replyForm(ctx: FormContext, path: Path, value: unknown, n: number, count: number): HTMLElement {
  const { t } = ctx;
  const option = rec(value);
  let chosen = list(option.techniques).map(str);
  const techniques = [...HELPFUL_TECHNIQUES, ...HARMFUL_TECHNIQUES].map((tq) => ({
    value: tq,
    label: t(`vocabulary:technique.${tq}`),
    help: t(`vocabulary:techniqueHelp.${tq}`),
  }));
  const chips = techniqueChips(ctx, [...path, 'techniques'], (next) => {
    chosen = next;
    ctx.edit({ op: 'set', path: [...path, 'techniques'], value: next });
  });
  const showChips = (next: string[]) => {
    chosen = next;
    chips.show(next);
  };
  showChips(chosen);
  // The keyboard follows the reply moved (the forms are drawn again, numbered anew).
  const move = (to: number, way: 'up' | 'down') => {
    const list = path.slice(0, -1);
    ctx.edit({ op: 'move', path: list, from: n - 1, to });
    const here = document.getElementById(fieldId([...list, to], way)) ?? document.getElementById(fieldId([...list, to], way === 'up' ? 'down' : 'up'));
    here?.focus();
  };
  return h('fieldset', { class: 'reply' },
    h('legend', {}, t('studio:heading.reply', { n })),
    localizedField(ctx, [...path, 'text'], t('studio:field.text'), option.text, 'wrap'),
    chips.element,
    lazyDetails('techniques', t('studio:action.chooseTechniques'), () =>
      checkGroup(ctx, [...path, 'techniques'], t('studio:field.techniques'), chosen, techniques, true, showChips, () => chosen)),
    h('div', { class: 'row' },
      wordsField(ctx, [...path, 'sets'], t('studio:field.sets'), option.sets),
      wordsField(ctx, [...path, 'clears'], t('studio:field.clears'), option.clears)),
    nextForm(ctx, [...path, 'next'], option.next),
    h('div', { class: 'row' },
      // The check asks to vary where the best reply stands: that takes moving replies, not retyping them.
      n > 1 ? actionButton(t('studio:action.replyUp'), fieldId(path, 'up'), () => move(n - 2, 'up'), { class: 'button small secondary' }) : null,
      n < count ? actionButton(t('studio:action.replyDown'), fieldId(path, 'down'), () => move(n, 'down'), { class: 'button small secondary' }) : null,
      count > 1 ? actionButton(t('studio:action.removeReply'), fieldId(path, 'remove'), () => ctx.edit({ op: 'delete', path })) : null));
}

/** `next`: one target, or branches tried in order with the last as the fallback. */
function nextForm(ctx: FormContext, path: Path, value: unknown): HTMLElement {
  const { t } = ctx;
  // Beats and endings apart: a trainer reads at once which choice ends the conversation.
  const choices = ctx.targets.map((id): [string, string, string] => [id, id, t(ctx.beatIds.includes(id) ? 'studio:section.beats' : 'studio:section.endings')]);
  if (!Array.isArray(value)) {
    const target = str(value);
    return h('div', { class: 'next row' },
      selectField(ctx, path, t('studio:field.next'), target, choices, ''),
      actionButton(t('studio:action.addBranch'), fieldId(path, 'branch'), () =>
        ctx.edit({ op: 'set', path, value: [{ when: { mood: ['furious'] }, to: target || ctx.targets[0] || '' }, { to: target || ctx.targets[0] || '' }] })));
  }
  const branches = value.map(rec);
  return h('div', { class: 'branches' },
    ...branches.map((branch, k) => {
      const here = [...path, k];
      const last = k === branches.length - 1 && !branch.when;
      return h('fieldset', { class: 'branch' },
        h('legend', {}, last ? t('studio:field.otherwise') : t('studio:heading.branch', { n: k + 1 })),
        last ? null : conditionForm(ctx, [...here, 'when'], branch.when),
        selectField(ctx, [...here, 'to'], t('studio:field.to'), branch.to, choices, ''),
        branches.length > 1
          ? actionButton(t('studio:action.removeBranch'), fieldId(here, 'remove'), () =>
              ctx.edit(branches.length === 2 ? { op: 'set', path, value: str(branches[1 - k]!.to) } : { op: 'delete', path: here }))
          : null);
    }),
    actionButton(t('studio:action.addBranch'), fieldId(path, 'add'), () =>
      ctx.edit({ op: 'insert', path, index: Math.max(0, branches.length - 1), value: { when: { mood: ['calm'] }, to: ctx.targets[0] ?? '' } })));
}
