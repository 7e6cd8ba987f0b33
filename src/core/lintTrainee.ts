/**
 * A heuristic check that Arabic which changes with the trainee's gender has both forms: a line
 * whose `ar` addresses the trainee (or a reply in which the trainee speaks of themself) in the
 * masculine, with no `ar-f`, reads wrong to a female trainee (docs/arabic-style.md, section 4).
 *
 * It looks for words from short lists, so it is careful rather than complete:
 * - customer lines, their variants, the endings, the briefing and the summary: second-person
 *   masculine words that have a distinct feminine (`ADDRESS`: أنت، اسمع، يا أخي، يا أستاذ، لو سمحت،
 *   قلت لي …), in a customer's line also imperatives in the four dialects (`IMPERATIVES`: شوف، قول،
 *   عطني، خذ، بص …), prohibitions («لا تقول»، «متقولش»), a participle asked of the trainee
 *   («فاهم شو يعني؟»), «you tell me…?» (`TELL_ME`) and second-person verbs (`ADDRESS_VERBS`);
 *   in the narration the MSA imperatives of a summary (`NARRATION_IMPERATIVES`: استمع، احترمها،
 *   أوصله …) and a briefing that opens with «تعمل في…» (`NARRATION_OPENERS`). Text between « »
 *   quotes someone else and is skipped;
 * - the trainee's replies: words in which the speaker describes themself (`SELF`: آسف، متأكد،
 *   فاهم …), and `أنا` + موجود/مسؤول/عارف/قادر; a word right after أنت/حضرتك is about the
 *   customer and is skipped.
 * Words spelled the same for both (عندك، منك) are never flagged. A false alarm is silenced by
 * writing the same text as `ar-f`, or rephrasing.
 */
import type { Localized, Scenario } from './schema.ts';
import type { DiagnosticCode, Severity, Diagnostic } from './diagnostics.ts';

type Report = (severity: Severity, code: DiagnosticCode, path: (string | number)[], params?: Diagnostic['params']) => void;

// A word starts after a non-letter, may take the conjunction و/ف, and ends before a non-letter
// (so آسف never matches آسفة, يا أستاذ never matches يا أستاذة). \p{M} keeps vowel marks inside words.
const word = (list: string) => new RegExp(`(?<![\\p{L}\\p{M}])(?:[وف])?(${list})(?![\\p{L}\\p{M}])`, 'u');

/** Second-person masculine words a customer (or the briefing) says to the trainee. */
export const ADDRESS = [
  'أنتَ', 'أنت', 'انت', 'إنت', 'إنتَ', 'اسمع', 'خلك', 'لو سمحت', 'قلتَ', 'شفتَ', 'قلت لي', 'قلتلي', 'ما قصّرت', 'ما قصرت',
  'يا أخي', 'يا اخوي', 'يا أخوي', 'يا خوي', 'يا أخويا', 'يا خيي', 'يا أخ', 'يا ولدي', 'يا ابني', 'يا بني', 'يا أستاذ',
  'يا حبيبي', 'يا باشا', 'يا زلمة', 'يا رجال', 'يا ريال', 'يا شب', 'يا شاطر',
];
/**
 * «you know / understand / can / want / see»: also «she knows …», so counted only in a customer's
 * line, and for a female customer only as a question («تعرف؟»).
 */
export const ADDRESS_VERBS = [
  'تعرف', 'تفهم', 'تقدر', 'تبغى', 'تبغي', 'تبي', 'تبا', 'تشوف', 'تصدق', 'تسمعني', 'تفهمني',
  'بتعرف', 'بتفهم', 'بتقدر', 'بتشوف', 'بتسمعني', 'بتفهمني', 'تسوي', 'بتسوي', 'تعلمني', 'ترسلني', 'تحلها', 'تحلّها',
  'شرحت لي', 'شرحتلي',
];
/**
 * «You are telling me…?»: in a question, whoever the customer, since «she tells me» is rarely asked
 * (the Gulf feminine «تقولين لي», the Levantine «تقوليلي» do not match).
 */
export const TELL_ME = ['تقول لي', 'تقوللي', 'تقولّي', 'بتقول لي', 'بتقوللي', 'بتقولّي'];
/**
 * Masculine imperatives a customer says to the trainee, Gulf, Emirati, Egyptian and Levantine (the
 * feminine adds ـي: شوفي، عطيني، خذي). Only in a customer's line: a reply's imperative is said to
 * the customer. Verbs whose imperative is spelled like a past tense (انتظر، استنى) are left out.
 */
export const IMPERATIVES = [
  'شوف', 'قول', 'قل', 'اسمعني', 'صدقني', 'صدّقني', 'تأكد', 'تأكّد', 'اتأكد', 'روح', 'تعال', 'عطني', 'اعطني', 'هات',
  'خذ', 'خد', 'بص', 'اقرا', 'احجز', 'ضيف', 'ناد', 'ادع', 'خلني', 'خلّني', 'ورني', 'اتفضل', 'اتفضّل', 'ساعدني',
  'قولّي', 'قلّي', 'قولّه', 'جيب', 'جبلي', 'جيبلي', 'حوّلني', 'حولني', 'ابعت', 'ابعته', 'ابعتلي', 'اكتبها', 'تخيّل',
  'تخيل', 'رجّعلي', 'رجعلي', 'انسى', 'انسَ', 'متقولش', 'متقولّيش', 'متزعلش', 'متقلقش', 'متخافش',
];
/** Imperatives spelled like a past tense («استنى» wait / he waited): counted only opening a sentence. */
export const OPENING_IMPERATIVES = ['استنى', 'انتظر'];
/**
 * MSA imperatives a summary or briefing gives the trainee, with or without an object («احترمها»); a
 * briefing may also open on the trainee's job («تعمل في…», `NARRATION_OPENERS`).
 */
export const NARRATION_IMPERATIVES = [
  'استمع', 'اسمع', 'اشرح', 'ساعد', 'احترم', 'صحّح', 'صحح', 'ابحث', 'اعرف', 'أعد', 'ابدأ', 'دع', 'أصلح', 'قدّم',
  'اعتذر', 'تعامل', 'حافظ', 'أوصل', 'اجعل', 'هدّئ', 'طمئن', 'كن', 'حاول', 'اكسب', 'سهّل', 'رتّب',
];
/** Participles a customer asks the trainee at the start of a question («فاهم شو يعني؟»، «متأكد؟»). */
export const ASKED_PARTICIPLES = ['فاهم', 'فهمان', 'فاهمني', 'عارف', 'شايف', 'متأكد', 'سامع', 'فاكر', 'مصدق', 'مصدّق', 'متخيل'];
/** Past tenses that address the trainee when asked («شفت؟» you see?); stated, they may be «I saw». */
export const ASKED_PAST = ['شفت', 'فهمت', 'سمعت'];
/**
 * «you» as a suffix, spelled ـك for a man and ـج for a woman by an Emirati customer (docs/arabic-style.md
 * 3.4): in a `uae` scenario's customer line these need the ـج form in `ar-f`.
 */
export const UAE_SUFFIXED = [
  'منك', 'عليك', 'لك', 'عندك', 'قدامك', 'وياك', 'فيك', 'بك', 'إنك', 'انك', 'حقك', 'معك', 'مثلك', 'صوبك', 'رقمك',
  'اسمك', 'مكتبك', 'مديرك', 'كلامك', 'وراك', 'غيرك', 'يعطيك', 'يحفظك', 'يخليك', 'يعافيك', 'خيرك', 'فضلك', 'براحتك',
  'حسابك', 'بينك', 'ملاحظتك', 'بطاقتك', 'طلبك',
];
/**
 * «You work / sit / stand / take calls…» opening the briefing: narration that puts the trainee in
 * the scene. Only as the text's first word and before a preposition, since elsewhere (or in
 * «تعمل منى في…») it is «she works».
 */
export const NARRATION_OPENERS = ['تعمل', 'تجلس', 'تقف', 'تستقبل', 'تتلقى', 'تتلقّى', 'تردّ', 'ترد'];
/** Words in which the trainee describes themself, masculine. */
export const SELF = [
  'آسف', 'متأسف', 'متأكد', 'فاهم', 'فهمان', 'مستعد', 'متفهم', 'متفهّم', 'شاكر', 'ممتن', 'ممنون', 'متشكر',
  'باعتلك', 'مبسوط',
];
/**
 * «I see it» opening a sentence («شايفها، ورسالة لطيفة»); elsewhere it is as often the customer's
 * seeing («شو اللي شايفه مختلف؟»).
 */
export const SELF_OPENING = ['شايفها', 'شايفه', 'شايف'];
/** Masculine words about the speaker only after أنا («أنا موجود»); alone they may be about anyone. */
export const SELF_AFTER_ANA = ['موجود', 'مسؤول', 'عارف', 'قادر', 'سامع', 'سامعك', 'جاهز', 'متابع'];
/** Masculine words about the speaker after a negation with no subject («مش عارف»، «ما أنا متأكد»). */
export const SELF_AFTER_NOT = ['عارف', 'فاهم', 'قادر', 'شايف', 'متأكد', 'متذكر', 'فاكر'];

const ADDRESS_RE = word(ADDRESS.join('|'));
const IMPERATIVE_RE = word(IMPERATIVES.join('|'));
const NARRATION_RE = word(`(?:${NARRATION_IMPERATIVES.join('|')})(?:ه|ها|هم|هن|ني|نا)?`);
// «لا تقول» forbids the listener; the feminine ends in ـين (Gulf) or ـي (Levant), the plural in ـوا/ـون,
// and before an object both show as و/ي («لا تتركوني»، «لا تقوليلي»).
// (Egypt's «متـ…ش» is also «it wasn't…», «متسلّمش»: its common prohibitions are in IMPERATIVES.)
const PROHIBITION_RE = /(?<![\p{L}\p{M}])[وف]?(لا ت[\p{L}\p{M}]+)(?![\p{L}\p{M}])/gu;
// (A masculine ending in ـي, «لا تسوي», is read as feminine: the Levant's «لا تتخبّي» is commoner.)
const FEMININE_OR_PLURAL = /(?:ين|ون|وا|ي)$|[وي](?:ني|نا|ه|ها|هم|لي|لنا)$/u;
/** One of `words` opening a sentence (after و or ف), then `rest`. */
const opening = (words: readonly string[], rest = '') => new RegExp(`(?:^|[.!؟،:]\\s*)(?:[وف])?(${words.join('|')})(?![\\p{L}\\p{M}])${rest}`, 'u');
const ASKED_RE = opening(ASKED_PARTICIPLES, '[^.!؟]*؟');
const OPENING_RE = opening(OPENING_IMPERATIVES);
const PAST_ASKED_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وف])?(${ASKED_PAST.join('|')})\\s*؟`, 'u');
const UAE_RE = word(UAE_SUFFIXED.join('|'));
const NOT_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:مش|مو|مب|ما|موب) (${SELF_AFTER_NOT.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const QUOTED = /«[^»]*»/gu;
// Followed by a preposition («تعمل في…»), not by a name («تعمل منى في…» is «Mona works in…»).
const OPENER_RE = new RegExp(`^\\s*(?:و)?(${NARRATION_OPENERS.join('|')})\\s+(?:في|على|عند|لدى|خلف|وراء|مع|داخل|ضمن)(?![\\p{L}\\p{M}])`, 'u');
const VERB_RE = word(ADDRESS_VERBS.join('|'));
const TELL_ASKED_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وف])?(${TELL_ME.join('|')})(?![\\p{L}\\p{M}])[^.!؟]*؟`, 'u');
const VERB_ASKED_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وف])?(${ADDRESS_VERBS.join('|')})\\s*؟`, 'u');
const SELF_RE = word(SELF.join('|'));
const SELF_OPENING_RE = opening(SELF_OPENING);
const ANA_RE = new RegExp(`(?<![\\p{L}\\p{M}])أنا (${SELF_AFTER_ANA.join('|')})(?![\\p{L}\\p{M}])`, 'u');
// «أنت متأكد؟» / «حضرتك فاهم» / «حضرتك مش متأكد» speak of the customer.
const ABOUT_CUSTOMER = /(?:أنت|انت|إنت|حضرتك)\s+(?:(?:مش|مو|مب|ما)\s+)?$/u;

/** The first prohibition said to one man («لا تقول»), if any. */
function prohibition(ar: string): string | undefined {
  for (const m of ar.matchAll(PROHIBITION_RE)) if (!FEMININE_OR_PLURAL.test(m[1]!)) return m[1];
  return undefined;
}

/**
 * The first word showing that this Arabic changes with the trainee's gender, if any: `customer`
 * for a customer's line (`female` when the customer is a woman), `narration` for the briefing and
 * the summary, `trainee` for a reply; `region` `uae` adds the Emirati ـك/ـج suffixes of a customer.
 */
export function traineeWord(ar: string, voice: 'customer' | 'narration' | 'trainee', customer: 'female' | 'male' = 'male', region?: string): string | undefined {
  if (voice !== 'trainee') {
    const said = ar.replace(QUOTED, '«»');
    const direct = ADDRESS_RE.exec(said)?.[1];
    if (direct) return direct;
    if (voice === 'narration') return NARRATION_RE.exec(said)?.[1] ?? OPENER_RE.exec(said)?.[1];
    return IMPERATIVE_RE.exec(said)?.[1] ?? prohibition(said) ?? ASKED_RE.exec(said)?.[1] ?? OPENING_RE.exec(said)?.[1] ??
      PAST_ASKED_RE.exec(said)?.[1] ?? TELL_ASKED_RE.exec(said)?.[1] ?? (customer === 'female' ? VERB_ASKED_RE : VERB_RE).exec(said)?.[1] ??
      (region === 'uae' ? UAE_RE.exec(said)?.[1] : undefined);
  }
  const ana = ANA_RE.exec(ar);
  if (ana) return ana[0];
  const opening = SELF_OPENING_RE.exec(ar);
  if (opening) return opening[1];
  for (const re of [new RegExp(SELF_RE.source, 'gu'), NOT_RE])
    for (const m of ar.matchAll(re)) if (!ABOUT_CUSTOMER.test(ar.slice(0, m.index))) return re === NOT_RE ? m[0] : m[1];
  return undefined;
}

export function lintTraineeForms(scenario: Scenario, report: Report): void {
  const gender = scenario.customer.gender === 'female' ? 'female' : 'male';
  const visit = (text: Localized, path: (string | number)[], voice: 'customer' | 'narration' | 'trainee') => {
    if (!text.ar || text['ar-f']) return;
    const found = traineeWord(text.ar, voice, gender, scenario.region);
    if (found) report('warning', 'trainee-form-missing', [...path, 'ar'], { word: found, context: voice === 'trainee' ? 'trainee' : 'customer' });
  };
  visit(scenario.summary, ['summary'], 'narration');
  visit(scenario.briefing, ['briefing'], 'narration');
  scenario.beats.forEach((beat, b) => {
    visit(beat.line, ['beats', b, 'line'], 'customer');
    beat.variants?.forEach((v, k) => visit(v.line, ['beats', b, 'variants', k, 'line'], 'customer'));
    beat.options.forEach((o, k) => visit(o.text, ['beats', b, 'options', k, 'text'], 'trainee'));
  });
  scenario.endings.forEach((e, i) => {
    visit(e.line, ['endings', i, 'line'], 'customer');
    e.variants?.forEach((v, k) => visit(v.line, ['endings', i, 'variants', k, 'line'], 'customer'));
  });
}
