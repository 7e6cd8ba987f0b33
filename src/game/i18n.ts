/** The game's words: the core's namespaces plus `ui`, in the player's language. */
import { translator, type Translate } from '../core/i18n';
import type { Language } from '../core/schema';
import enUi from '../../locales/en/ui.json';
import arUi from '../../locales/ar/ui.json';

export function uiTranslator(lang: Language): Translate {
  return translator(lang, { ui: lang === 'ar' ? arUi : enUi });
}

export const dirOf = (lang: Language): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
