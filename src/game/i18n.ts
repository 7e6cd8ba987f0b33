/** The game's words: the core's namespaces plus `ui`, in the player's language. */
import { translator, type Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import arUi from '../../locales/ar/ui.json' with { type: 'json' };

export function uiTranslator(lang: Language): Translate {
  return translator(lang, { ui: lang === 'ar' ? arUi : enUi });
}

export const dirOf = (lang: Language): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
