/**
 * The Arabic for a female trainee, under the Arabic it varies. Writing it meant retyping the whole
 * Arabic to change a word or two, and rewriting the Arabic left an old female form behind that
 * nothing flagged (a female trainee would read the old line). So: a button copies the Arabic in to
 * start from, and a note shows when the two share so few words that the female form was likely
 * written for another wording.
 */
import { h } from '../game/dom.ts';
import type { FormContext } from './context.ts';
import { actionButton, fieldId, str, textField, type Data } from './fields.ts';
import type { Path } from './yamlEdit.ts';

/** Below this share of its words found in the Arabic, a female form is flagged as likely stale. */
export const STALE_BELOW = 0.5;

/** The words of an Arabic text, without vowel marks or punctuation. */
function words(text: string): string[] {
  return text.replace(/[\u064B-\u0652\u0640]/g, '').split(/[\s،؛؟.!,?«»:;()"'…\-–—]+/u).filter(Boolean);
}

/** The same word, or its feminine form: آسف/آسفة, قلت/قلتي, تعرف/تعرفين (a stem and up to two letters). */
const sameWord = (a: string, b: string): boolean =>
  a === b || (a.length >= 2 && b.length >= 2 && Math.abs(a.length - b.length) <= 2 && (a.startsWith(b) || b.startsWith(a)));

/** The share (0–1) of the female form's words that the Arabic also has; 1 when either is empty. */
export function wordOverlap(ar: string, female: string): number {
  const theirs = words(female);
  const ours = words(ar);
  if (theirs.length === 0 || ours.length === 0) return 1;
  return theirs.filter((w) => ours.some((o) => sameWord(o, w))).length / theirs.length;
}

/** The `ar-f` field of the text at `path` (`v` is that text), with its copy button and note. */
export function femaleField(ctx: FormContext, path: Path, v: Data, multiline: boolean | 'wrap'): HTMLElement {
  const { t } = ctx;
  const field = textField(ctx, [...path, 'ar-f'], t('studio:text.arF'), v['ar-f'], { multiline, lang: 'ar' });
  const input = field.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  const arabic = () => field.closest('fieldset.localized')?.querySelector<HTMLInputElement>(`[id="${fieldId([...path, 'ar'])}"]`)?.value ?? str(v.ar);
  const note = h('small', { class: 'female-stale', id: fieldId(path, 'ar-f-stale') }, t('studio:text.arFStale'));
  const update = () => {
    const ar = arabic();
    copy.hidden = input.value.trim() !== '' || ar.trim() === '';
    note.hidden = wordOverlap(ar, input.value) >= STALE_BELOW;
  };
  const copy = actionButton(t('studio:text.copyAr'), fieldId(path, 'copy-ar'), () => {
    input.value = arabic();
    input.dispatchEvent(new Event('change'));
    input.focus();
    update();
  });
  copy.classList.add('secondary');
  update();
  // Typing in either Arabic field updates the button and the note at once.
  queueMicrotask(() => field.closest('fieldset.localized')?.addEventListener('input', update));
  return h('div', { class: 'female' }, field, h('div', { class: 'row' }, copy, note));
}
