/**
 * The game opened by `sabr preview FILE` (`?file=`): asks the dev server for that file, loaded by
 * the core loader, and either plays it or shows its errors located as `sabr check` prints them.
 * The server reloads the page when the file is saved.
 */
import { translator } from '../core/i18n.ts';
import { describeDiagnostic, type Diagnostic } from '../core/diagnostics.ts';
import type { Language, Scenario } from '../core/schema.ts';
import { bdi, h } from './dom.ts';
import enPreview from '../../locales/en/preview.json' with { type: 'json' };
import arPreview from '../../locales/ar/preview.json' with { type: 'json' };

/** Must match PREVIEW_ENDPOINT in src/build/previewPlugin.ts (kept apart so the game never imports Vite code). */
const ENDPOINT = './__sabr/preview';

export type PreviewResult = { scenario: Scenario } | { diagnostics: Diagnostic[] } | { unreachable: true };

export async function fetchPreview(file: string): Promise<PreviewResult> {
  try {
    const response = await fetch(`${ENDPOINT}?file=${encodeURIComponent(file)}`, { cache: 'no-store' });
    if (!response.ok) return { unreachable: true };
    const payload = (await response.json()) as { scenario?: Scenario; diagnostics: Diagnostic[] };
    return payload.scenario ? { scenario: payload.scenario } : { diagnostics: payload.diagnostics };
  } catch {
    return { unreachable: true };
  }
}

/** One finding: where (file:line:column, always left to right), what is wrong, what to do. */
function problem(d: Diagnostic, lang: Language, t: ReturnType<typeof translator>): HTMLElement {
  const { message, hint } = describeDiagnostic(d, lang);
  const where = h('bdi', { dir: 'ltr', class: 'where', 'data-where': true }, `${d.file}:${d.line}:${d.column}`);
  return h('li', { 'data-code': d.code },
    h('p', {}, where, ' ', h('strong', {}, t(`check:severity.${d.severity}`)), ' ', message, d.path ? h('span', { class: 'help' }, ' (', bdi(d.path), ')') : null),
    h('p', { class: 'help' }, hint));
}

/** The errors of a previewed file, in the player's language, located as the check prints them. */
export function renderPreviewProblems(ui: HTMLElement, file: string, result: { diagnostics: Diagnostic[] } | { unreachable: true }, lang: Language): void {
  const t = translator(lang, { preview: lang === 'ar' ? arPreview : enPreview });
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  ui.lang = lang;
  ui.dir = dir;
  const body = 'unreachable' in result
    ? [h('p', { role: 'alert' }, t('preview:unreachable', { file }))]
    : [
        h('p', { role: 'alert' }, t('preview:problems')),
        h('ol', { class: 'preview-problems' }, ...result.diagnostics.map((d) => problem(d, lang, t))),
      ];
  ui.replaceChildren(h('section', { class: 'notice', 'data-preview': 'problems' }, h('h1', {}, t('preview:title', { file })), ...body));
}
