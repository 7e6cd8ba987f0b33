/**
 * The core's words in both languages, through i18next. The core only formats text (for the
 * check, the debrief and the CLI); presenters choose where to show it.
 */
import i18next from 'i18next';
import type { Language, Trainee } from './schema.ts';
import enCheck from '../../locales/en/check.json' with { type: 'json' };
import arCheck from '../../locales/ar/check.json' with { type: 'json' };
import enVocabulary from '../../locales/en/vocabulary.json' with { type: 'json' };
import arVocabulary from '../../locales/ar/vocabulary.json' with { type: 'json' };
import enRules from '../../locales/en/rules.json' with { type: 'json' };
import type enCli from '../../locales/en/cli.json';
import type enUi from '../../locales/en/ui.json';
import type enStudio from '../../locales/en/studio.json';
import type enPreview from '../../locales/en/preview.json';
import type enVerdict from '../../locales/en/verdict.json';
import type enDocs from '../../locales/en/docs.json';
import type enReport from '../../locales/en/report.json';
import type enCountdown from '../../locales/en/countdown.json';
import type enGame from '../../locales/en/game.json';
import type enPicker from '../../locales/en/picker.json';
import arRules from '../../locales/ar/rules.json' with { type: 'json' };

export const coreResources = {
  en: { check: enCheck, vocabulary: enVocabulary, rules: enRules },
  ar: { check: arCheck, vocabulary: arVocabulary, rules: arRules },
} as const;

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Wraps a value in first-strong isolates so that numbers, file names and Latin words inside
 * Arabic text keep their own direction (Unicode bidi, UAX #9).
 */
export function isolate(value: string | number): string {
  return `${FSI}${value}${PDI}`;
}

const RLI = '\u2067';
const INNERMOST = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/g;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * `isolate()`, except for a value built of isolated pieces with no letter between them (a list
 * of composure causes, each «⁨كلمات العميل الجارحة⁩ ⁨−12⁩»): a first-strong isolate finds no
 * letter outside the pieces and lays them out left to right — the number before the words it
 * follows. Such a value is isolated right to left when its first letter is Arabic.
 */
function isolateValue(value: string | number): string {
  if (typeof value === 'number' || !/[\u2066-\u2068]/.test(value)) return isolate(value);
  let outside = value;
  for (let before = ''; before !== outside; ) [before, outside] = [outside, outside.replace(INNERMOST, '')];
  const letter = /\p{L}/u.exec(value)?.[0];
  return !/\p{L}/u.test(outside) && letter !== undefined && RTL_LETTER.test(letter) ? `${RLI}${value}${PDI}` : isolate(value);
}

/** `a.b_one` → `a.b`: the plural and gender forms i18next picks by `count` and `context`. */
type BaseKey<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other' | 'female'}` ? B : K;

/** Every leaf key of a resource object, as `prefix.key.path`. */
type LeafKeys<T, P extends string> = {
  [K in keyof T & string]: T[K] extends string ? BaseKey<`${P}${K}`> : LeafKeys<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key a person can be shown, checked at compile time against `locales/en`. */
export type TranslationKey =
  | LeafKeys<typeof enCheck, 'check:'>
  | LeafKeys<typeof enVocabulary, 'vocabulary:'>
  | LeafKeys<typeof enRules, 'rules:'>
  | LeafKeys<typeof enCli, 'cli:'>
  | LeafKeys<typeof enUi, 'ui:'>
  | LeafKeys<typeof enStudio, 'studio:'>
  | LeafKeys<typeof enPreview, 'preview:'>
  | LeafKeys<typeof enVerdict, 'verdict:'>
  | LeafKeys<typeof enDocs, 'docs:'>
  | LeafKeys<typeof enReport, 'report:'>
  | LeafKeys<typeof enCountdown, 'countdown:'>
  | LeafKeys<typeof enGame, 'game:'>
  | LeafKeys<typeof enPicker, 'picker:'>;

/** Looks up a key (`ns:key`) and fills in its values. */
export type Translate = (key: TranslationKey, params?: Record<string, unknown>) => string;

/**
 * A key built at run time from data (a rule id, a diagnostic code); the data's own tests check
 * that every such key exists in both languages.
 */
export const dynamicKey = (key: string): TranslationKey => key as TranslationKey;

const cache = new Map<string, Translate>();

/** The suffix of a key's form for a female trainee (see `translator`). */
export const TRAINEE_FEMALE = '_trainee_female';

/**
 * A `t` function for one language. In Arabic every interpolated value is isolated.
 * `extra` adds namespaces (the CLI's, the game's) on top of the core's.
 * `trainee` is who reads it: for a female trainee an Arabic key is first looked up as
 * `key_trainee_female` (then i18next adds its own context and plural suffixes to that), so only
 * the words that change («قلتَ» → «قلتِ», «خذ نفَسًا» → «خذي نفَسًا») need a second form. The
 * customer's gender stays the ordinary i18next `context` (src/core/address.ts).
 */
export function translator(lang: Language, extra: Record<string, Record<string, unknown>> = {}, trainee: Trainee = 'male'): Translate {
  const key = `${lang}:${trainee}:${Object.keys(extra).join(',')}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: {
      en: { ...coreResources.en },
      ar: { ...coreResources.ar },
      [lang]: { ...coreResources[lang], ...extra },
    },
    ns: ['check', 'vocabulary', 'rules', ...Object.keys(extra)],
    defaultNS: 'check',
    initAsync: false,
    interpolation: {
      // Output goes to terminals and to DOM text nodes (never innerHTML), so no HTML escaping.
      escapeValue: false,
    },
  });
  const t: Translate = (key: string, params = {}) => {
    if (lang !== 'ar') return instance.t(key, params);
    const isolated: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(params)) {
      isolated[k] = k !== 'count' && k !== 'context' && (typeof v === 'string' || typeof v === 'number') ? isolateValue(v) : v;
    }
    if (trainee === 'female') {
      const feminine = `${key}${TRAINEE_FEMALE}`;
      if (instance.exists(feminine, isolated)) return instance.t(feminine, isolated);
    }
    return instance.t(key, isolated);
  };
  cache.set(key, t);
  return t;
}

/** Arabic-Indic and Eastern Arabic-Indic digits as ASCII, so a trainee's ٢ or ۲ means 2. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}
