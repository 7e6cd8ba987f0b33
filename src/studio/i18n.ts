/** The studio's words: the core's namespaces (check, vocabulary, rules) plus `studio` and `verdict`. */
import { translator, type Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import enStudio from '../../locales/en/studio.json' with { type: 'json' };
import arStudio from '../../locales/ar/studio.json' with { type: 'json' };
import enVerdict from '../../locales/en/verdict.json' with { type: 'json' };
import arVerdict from '../../locales/ar/verdict.json' with { type: 'json' };

/** A `t` for the studio in one language. */
export function studioTranslator(lang: Language): Translate {
  return translator(lang, lang === 'ar' ? { studio: arStudio, verdict: arVerdict } : { studio: enStudio, verdict: enVerdict });
}
