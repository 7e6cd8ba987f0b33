/** Title: language, mode and settings, then into training or progress. */
import type { ScreenContext } from '../App.ts';
import { h } from '../dom.ts';
import type { Settings } from '../../core/schema.ts';

const TIMERS = [0, 20, 30, 45, 60];

export function renderTitle({ t, lang, settings, app }: ScreenContext): { node: HTMLElement } {
  const notice = app.takeNotice();
  app.showCustomer({ figure: 'woman-blazer', seed: 'title', anger: 'calm', confusion: 'understood', label: t('ui:app.tagline') });
  const radio = (value: Settings['mode']) =>
    h('label', {},
      h('input', { type: 'radio', name: 'mode', value, checked: settings.mode === value, onchange: () => app.updateSettings({ mode: value }) }),
      ` ${t(`ui:title.${value}`)}`,
      h('span', { class: 'help' }, ` — ${t(`ui:title.${value}Help`)}`));
  const textSize = h('select', { id: 'text-size', onchange: (e: Event) => app.updateSettings({ textSize: (e.target as HTMLSelectElement).value as Settings['textSize'] }) },
    ...(['normal', 'large', 'larger'] as const).map((s) => h('option', { value: s, selected: settings.textSize === s }, t(`ui:title.textSizes.${s}`))));
  const timer = h('select', { id: 'timer', onchange: (e: Event) => app.updateSettings({ timer: Number((e.target as HTMLSelectElement).value) }) },
    ...TIMERS.map((s) => h('option', { value: s, selected: settings.timer === s }, s === 0 ? t('ui:title.timerOff') : t('ui:title.timerSeconds', { count: s }))));
  const node = h('section', { class: 'title', 'aria-labelledby': 'title-heading' },
    h('div', { class: 'topbar' },
      h('h1', { id: 'title-heading' }, t('ui:app.title')),
      h('button', { type: 'button', class: 'button secondary', lang: lang === 'ar' ? 'en' : 'ar', 'aria-label': t('ui:lang.switchLabel'), 'data-action': 'switch-language', onclick: () => app.updateSettings({ lang: lang === 'ar' ? 'en' : 'ar' }) }, t('ui:lang.switch'))),
    notice ? h('p', { class: 'notice', role: 'status' }, t(`ui:notice.${notice.kind === 'save-failed' ? 'saveFailed' : notice.kind}`)) : null,
    h('p', {}, t('ui:app.tagline')),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'button', 'data-autofocus': true, 'data-action': 'start', onclick: () => app.go({ name: 'picker' }) }, t('ui:title.start')),
      h('button', { type: 'button', class: 'button secondary', 'data-action': 'progress', onclick: () => app.go({ name: 'progress' }) }, t('ui:title.progress')),
      h('a', { href: './studio.html', 'data-action': 'studio' }, t('ui:title.studio'))),
    h('fieldset', {}, h('legend', {}, t('ui:title.mode')), h('div', {}, radio('practice')), h('div', {}, radio('assessment'))),
    h('fieldset', {}, h('legend', {}, t('ui:title.settings')),
      h('div', { class: 'row' },
        h('label', { for: 'text-size' }, t('ui:title.textSize')), textSize,
        h('label', {}, h('input', { type: 'checkbox', checked: settings.reducedMotion, onchange: (e: Event) => app.updateSettings({ reducedMotion: (e.target as HTMLInputElement).checked }) }), ` ${t('ui:title.reducedMotion')}`),
        h('label', {}, h('input', { type: 'checkbox', 'data-setting': 'sound', checked: settings.sound, onchange: (e: Event) => app.updateSettings({ sound: (e.target as HTMLInputElement).checked }) }), ` ${t('ui:title.sound')}`)),
      h('div', { class: 'row' }, h('label', { for: 'timer' }, t('ui:title.timer')), timer)),
  );
  return { node };
}
