/**
 * The game's side of the studio's preview (`?preview=draft[&beat=id]`): the draft the studio left
 * in storage is loaded by the core's loader and played from its start or from the beat named.
 * Progress is read from the browser but never written (a draft's plays are not the trainee's
 * record), and a link leads back to the studio.
 */
import { loadScenario } from '../core/load.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { startSession, type Session } from '../core/session.ts';
import type { Language } from '../core/schema.ts';
import { studioTranslator } from '../studio/i18n.ts';
import { PREVIEW_KEY } from '../studio/preview.ts';
import { freshProgress, STORAGE_KEY, type KeyValueStore } from './storage.ts';

export interface Preview {
  /** Reads the player's real settings, keeps writes in memory. */
  store: KeyValueStore;
  session?: Session;
  /** What is wrong with the draft, as the check prints it. */
  problems?: string[];
}

/** The preview asked for in the URL, or undefined for a normal visit. */
export function previewFrom(params: URLSearchParams, real: Storage): Preview | undefined {
  if (params.get('preview') !== 'draft') return undefined;
  const memory = new Map<string, string>();
  const lang = params.get('lang');
  const store: KeyValueStore = {
    getItem: (key) => memory.get(key) ?? (key === STORAGE_KEY && (lang === 'ar' || lang === 'en') ? inLanguage(real.getItem(key), lang) : real.getItem(key)),
    setItem: (key, value) => void memory.set(key, value),
  };
  let draft: { name?: unknown; text?: unknown } = {};
  try {
    draft = JSON.parse(real.getItem(PREVIEW_KEY) ?? '{}') as typeof draft;
  } catch {
    // An unreadable draft is reported below as a missing one.
  }
  const name = typeof draft.name === 'string' ? draft.name : 'draft.yaml';
  const loaded = loadScenario(typeof draft.text === 'string' ? draft.text : '', name);
  if (!loaded.scenario) return { store, problems: loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d, lang === 'ar' ? 'ar' : 'en')) };
  const session = startSession(loaded.scenario);
  const beat = params.get('beat');
  const at = beat && loaded.scenario.beats.some((b) => b.id === beat) && !session.outcome ? { kind: 'beat' as const, id: beat } : session.at;
  return { store, session: { ...session, at } };
}

/**
 * The player's stored progress with the game's language set to the studio's: a trainer writing in
 * Arabic previews in Arabic, whatever language the game was last played in. The rest of the
 * settings (the trainee's gender above all) stay the player's; unreadable data is left as it is.
 */
function inLanguage(raw: string | null, lang: Language): string | null {
  if (raw === null) return JSON.stringify(freshProgress(lang));
  try {
    const data = JSON.parse(raw) as { settings?: Record<string, unknown> };
    if (!data || typeof data !== 'object' || !data.settings || typeof data.settings !== 'object') return raw;
    return JSON.stringify({ ...data, settings: { ...data.settings, lang } });
  } catch {
    return raw;
  }
}

/** A link back to the studio, above the game's screens; and the draft's problems when it cannot be played. */
export function previewFrame(preview: Preview, lang: Language, ui: HTMLElement): void {
  const back = document.createElement('a');
  back.href = './studio.html';
  back.className = 'button secondary preview-back';
  back.dataset.action = 'back-to-studio';
  // Styled here so the game's stylesheet stays the game engineer's. It sits at the start side, over
  // the customer's picture (the end side holds the game's own buttons), and follows the game's
  // language when the player switches it there (the game sets <html lang>).
  back.style.cssText = 'position:fixed;top:0.5rem;z-index:10;background:#fff;padding:0.3em 0.9em';
  const follow = () => {
    const now: Language = document.documentElement.lang === 'ar' ? 'ar' : document.documentElement.lang === 'en' ? 'en' : lang;
    back.lang = now;
    back.dir = now === 'ar' ? 'rtl' : 'ltr';
    back.textContent = studioTranslator(now)('studio:preview.back');
    back.style.left = now === 'ar' ? '' : '0.5rem';
    back.style.right = now === 'ar' ? '0.5rem' : '';
  };
  follow();
  new MutationObserver(follow).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  document.body.prepend(back);
  if (preview.problems) {
    const p = document.createElement('p');
    p.textContent = studioTranslator(lang)('studio:preview.failed');
    const pre = document.createElement('pre');
    pre.textContent = preview.problems.join('\n');
    pre.dir = 'ltr';
    ui.replaceChildren(p, pre);
  }
}
