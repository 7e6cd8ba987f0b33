/**
 * Title: a welcoming start — who is waiting, how a round goes, and one clear way in (*Continue*
 * a conversation left in progress, else *Start training*). The settings sit behind a button, with
 * the trainee's choice of how Arabic addresses them.
 */
import type { ScreenContext } from '../App.ts';
import { h } from '../dom.ts';
import type { Settings } from '../../core/schema.ts';
import { addressed, languageButton, resumeOffer, storageNotice } from './journey.ts';
import { customerState } from '../../core/session.ts';
import { customerPortrait } from '../customerPortrait.ts';

const TIMERS = [0, 20, 30, 45, 60];

export function renderTitle(ctx: ScreenContext): { node: HTMLElement } {
  const { t } = ctx;
  const you = addressed(ctx);
  const saved = ctx.app.savedConversation();
  // A conversation left in progress: the customer who is still waiting is the one on the stage.
  ctx.app.showCustomer(saved
    ? customerPortrait(saved.session.scenario, customerState(saved.session), t('ui:app.tagline'))
    : { figure: 'woman-blazer', seed: 'title', anger: 'calm', confusion: 'understood', label: t('ui:app.tagline') });
  const resume = resumeOffer(ctx, saved);
  const node = h('section', { class: 'title', 'aria-labelledby': 'title-heading' },
    h('div', { class: 'topbar' }, h('p', { class: 'brand', lang: 'ar', 'aria-hidden': 'true' }, 'صبر · Sabr'), languageButton(ctx)),
    storageNotice(ctx),
    h('h1', { id: 'title-heading' }, t('game:welcome.greeting', you)),
    h('p', { class: 'lead' }, t('game:welcome.lead', you)),
    h('ol', { class: 'steps' }, h('li', {}, t('game:welcome.step1', you)), h('li', {}, t('game:welcome.step2', you)), h('li', {}, t('game:welcome.step3', you))),
    resume,
    h('div', { class: 'row' },
      h('button', { type: 'button', class: `button${resume ? ' secondary' : ''}`, ...(resume ? {} : { 'data-autofocus': true }), 'data-action': 'start', onclick: () => ctx.app.go({ name: 'picker' }) }, t('ui:title.start')),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'progress', onclick: () => ctx.app.go({ name: 'progress' }) }, t('ui:title.progress')),
      h('a', { href: './studio.html', 'data-action': 'studio' }, t('ui:title.studio'))),
    settingsPanel(ctx),
  );
  return { node };
}

/** The settings, folded away behind one button (a native disclosure: keyboard and screen readers for free). */
function settingsPanel(ctx: ScreenContext): HTMLElement {
  const { t, settings, app } = ctx;
  const set = (change: Partial<Settings>) => app.updateSettings(change);
  const checked = (e: Event) => (e.target as HTMLInputElement).checked;
  const radio = (value: Settings['mode']) =>
    h('label', {},
      h('input', { type: 'radio', name: 'mode', value, checked: settings.mode === value, onchange: () => set({ mode: value }) }),
      ` ${t(`ui:title.${value}`)}`,
      h('span', { class: 'help' }, ` — ${t(`ui:title.${value}Help`)}`));
  const trainee = (value: 'female' | 'male') =>
    h('label', {}, h('input', { type: 'radio', name: 'trainee', value, 'data-setting': `trainee-${value}`, checked: settings.trainee === value, onchange: () => set({ trainee: value }) }),
      ` ${t(value === 'female' ? 'game:welcome.traineeFemale' : 'game:welcome.traineeMale')}`);
  const textSize = h('select', { id: 'text-size', onchange: (e: Event) => set({ textSize: (e.target as HTMLSelectElement).value as Settings['textSize'] }) },
    ...(['normal', 'large', 'larger'] as const).map((s) => h('option', { value: s, selected: settings.textSize === s }, t(`ui:title.textSizes.${s}`))));
  const timer = h('select', { id: 'timer', onchange: (e: Event) => set({ timer: Number((e.target as HTMLSelectElement).value) }) },
    ...TIMERS.map((s) => h('option', { value: s, selected: settings.timer === s }, s === 0 ? t('ui:title.timerOff') : t('ui:title.timerSeconds', { count: s }))));
  const panel = h('details', { class: 'settings-panel', 'data-panel': 'settings' },
    h('summary', { class: 'button secondary', 'data-action': 'settings' }, t('game:welcome.settings')),
    h('fieldset', {}, h('legend', {}, t('ui:title.mode')), h('div', {}, radio('practice')), h('div', {}, radio('assessment'))),
    h('fieldset', {}, h('legend', {}, t('game:welcome.trainee')), h('div', { class: 'row tight' }, trainee('female'), trainee('male'))),
    // One setting a line: a list to read down, not a row of controls that wraps at random.
    h('fieldset', { class: 'settings-list' }, h('legend', {}, t('ui:title.settings')),
      h('div', {}, h('label', { for: 'text-size' }, t('ui:title.textSize')), textSize),
      h('div', {}, h('label', {}, h('input', { type: 'checkbox', checked: settings.reducedMotion, onchange: (e: Event) => set({ reducedMotion: checked(e) }) }), ` ${t('ui:title.reducedMotion')}`)),
      h('div', {}, h('label', {}, h('input', { type: 'checkbox', 'data-setting': 'sound', checked: settings.sound, onchange: (e: Event) => set({ sound: checked(e) }) }), ` ${t('ui:title.sound')}`)),
      h('div', {}, h('label', { title: t('game:settings.voiceHelp') }, h('input', { type: 'checkbox', 'data-setting': 'voice', checked: settings.voice, onchange: (e: Event) => set({ voice: checked(e) }) }), ` ${t('game:settings.voice', addressed(ctx))}`)),
      h('div', {}, h('label', { for: 'timer' }, t('ui:title.timer')), timer)));
  // A setting changed re-renders the title: keep the panel open where the trainee left it.
  if (openPanel) panel.open = true;
  panel.addEventListener('toggle', () => (openPanel = panel.open));
  return panel;
}
let openPanel = false;
