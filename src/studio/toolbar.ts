/** The studio's banner: open (library, file, template), undo and redo, preview, save, language. */
import { h } from '../game/dom.ts';
import type { Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import { ARCHETYPES, type Archetype } from '../core/vocabulary.ts';
import type { SourceFile } from './library.ts';

export interface ToolbarActions {
  openLibrary(file: string): void;
  openFile(): void;
  newFrom(archetype: Archetype): void;
  undo(): void;
  redo(): void;
  preview(): void;
  save(): void;
  download(): void;
  switchLanguage(): void;
}

export function toolbar(t: Translate, lang: Language, name: string, library: SourceFile[], state: { canUndo: boolean; canRedo: boolean; canSave: boolean; canPreview: boolean }, act: ToolbarActions): HTMLElement {
  const pick = (id: string, label: string, placeholder: string, choices: [string, string][], onpick: (v: string) => void) =>
    h('span', { class: 'pick' },
      h('label', { for: id, class: 'visually-hidden' }, label),
      h('select', { id, onchange: (e: Event) => { const el = e.target as HTMLSelectElement; const v = el.value; el.value = ''; if (v) onpick(v); } },
        h('option', { value: '' }, placeholder), ...choices.map(([v, text]) => h('option', { value: v }, text))));
  const button = (id: string, label: string, onclick: () => void, disabled = false, extra: Record<string, string> = {}) =>
    h('button', { type: 'button', class: 'button small', id, onclick, disabled, ...extra }, label);
  return h('header', { class: 'banner', role: 'banner' },
    h('div', { class: 'brand' },
      h('h1', {}, t('studio:app.title')),
      h('p', { class: 'file-name' }, h('bdi', { dir: 'ltr' }, name)),
      h('a', { href: './index.html', class: 'to-game' }, t('studio:app.toGame')),
      h('button', { type: 'button', class: 'button small secondary', id: 'switch-language', lang: lang === 'ar' ? 'en' : 'ar', 'aria-label': t('studio:lang.switchLabel'), onclick: act.switchLanguage }, t('studio:lang.switch'))),
    h('div', { class: 'tools', role: 'toolbar', 'aria-label': t('studio:toolbar.label') },
      pick('open-library', t('studio:toolbar.library'), t('studio:toolbar.library'), library.map((f) => [f.file, f.file]), act.openLibrary),
      button('open-file', t('studio:toolbar.file'), act.openFile),
      pick('new-from', t('studio:toolbar.new'), t('studio:toolbar.new'), ARCHETYPES.map((a) => [a, t(`vocabulary:archetype.${a}`)]), (v) => act.newFrom(v as Archetype)),
      button('undo', t('studio:toolbar.undo'), act.undo, !state.canUndo, { 'aria-keyshortcuts': 'Control+Z' }),
      button('redo', t('studio:toolbar.redo'), act.redo, !state.canRedo, { 'aria-keyshortcuts': 'Control+Y' }),
      button('preview', t('studio:toolbar.preview'), act.preview, !state.canPreview),
      state.canSave ? button('save', t('studio:toolbar.save'), act.save, false, { 'aria-keyshortcuts': 'Control+S' }) : null,
      button('download', t('studio:toolbar.download'), act.download)));
}
