/**
 * Small pieces of the trainee's journey shared by screens: continue a conversation left in
 * progress, leave one (asking first), switch language without losing one, and the notices about
 * what the browser could not keep.
 */
import type { ScreenContext } from '../App.ts';
import { h } from '../dom.ts';
import { text } from '../../core/session.ts';

/** The trainee's address for Arabic strings that have a `_female` form. */
export const addressed = ({ settings }: ScreenContext): { context?: 'female' } => (settings.trainee === 'female' ? { context: 'female' } : {});

/** *Continue* for a conversation left in progress (reload, closed tab, crash), or nothing. */
export function resumeOffer(ctx: ScreenContext, saved = ctx.app.savedConversation()): HTMLElement | null {
  const { t, lang, app } = ctx;
  if (!saved) return null;
  const you = addressed(ctx);
  const box = h('div', { class: 'resume', role: 'region', 'aria-label': t('game:resume.offer') },
    h('p', {}, t('game:resume.offer'), ' ', h('strong', {}, t('game:resume.where', { title: text(saved.session.scenario.title, lang, ctx.settings.trainee), turn: saved.session.turn + 1 }))),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'button', 'data-action': 'continue', 'data-autofocus': true, onclick: () => app.go({ name: 'conversation', session: saved.session, startedAt: saved.startedAt }) }, t('game:resume.continue', you)),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'discard', onclick: () => {
        app.discardConversation();
        box.remove();
      } }, t('game:resume.discard', you))));
  return box;
}

/** *Leave the conversation*, which asks first (a modal dialog; Escape or *Stay* keeps playing). */
export function leaveButton(ctx: ScreenContext, label: string): HTMLElement {
  const { t, app } = ctx;
  const you = addressed(ctx);
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'leave-title', 'data-dialog': 'leave' },
    h('h2', { id: 'leave-title' }, t('game:leave.title', you)),
    h('p', {}, t('game:leave.body')),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'button', 'data-action': 'confirm-leave', onclick: () => {
        dialog.close();
        app.go({ name: 'picker' });
      } }, t('game:leave.confirm', you)),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'stay', autofocus: true, onclick: () => dialog.close() }, t('game:leave.stay', you))));
  const button = h('button', { type: 'button', class: 'button secondary', 'data-action': 'leave', onclick: () => dialog.showModal() }, label);
  return h('span', { style: 'display:contents' }, button, dialog);
}

/** Switches the language on any screen, keeping where the trainee is (a conversation included). */
export function languageButton({ t, lang, app }: ScreenContext): HTMLElement {
  return h('button', { type: 'button', class: 'button secondary', lang: lang === 'ar' ? 'en' : 'ar', 'aria-label': t('ui:lang.switchLabel'), 'data-action': 'switch-language', onclick: () => app.updateSettings({ lang: lang === 'ar' ? 'en' : 'ar' }) }, t('ui:lang.switch'));
}

/** On the debrief: said plainly when the attempt could not be kept. */
export function saveNotice({ t, app }: ScreenContext): HTMLElement | null {
  return app.lastAttemptSaved ? null : h('p', { class: 'notice', role: 'status', 'data-notice': 'not-saved' }, t('game:storage.notSaved'));
}

/** On the title: what happened to stored data, once; and that nothing is kept, while that is so. */
export function storageNotice(ctx: ScreenContext): HTMLElement | null {
  const { t, app } = ctx;
  const notice = app.takeNotice();
  const you = addressed(ctx);
  let message: string | undefined;
  if (notice?.kind === 'save-failed' || (!notice && app.inMemory)) message = app.inMemory ? t('game:storage.memoryOnly') : t('ui:notice.saveFailed');
  else if (notice) message = notice.backupKey ? t(`ui:notice.${notice.kind}`) : t(notice.kind === 'older' ? 'game:storage.olderNotKept' : 'game:storage.corruptNotKept', you);
  return message ? h('p', { class: 'notice', role: 'status' }, message) : null;
}
