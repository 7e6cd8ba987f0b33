/**
 * The reference tables of the authoring guide (docs/authoring.md, docs/authoring.ar.md), written
 * from the engine's own tables so the guide cannot drift from the game: techniques and their base
 * effects, traits, moods and their thresholds, limits, outcomes, rules, principles, score weights
 * and the drawn figures. Each table fills a marked section of the guide (`<!-- generated:NAME -->`).
 */
import { translator, dynamicKey, type Translate } from '../core/i18n.ts';
import type { Language } from '../core/schema.ts';
import { BASE_EFFECTS, DELAYED_EFFECTS, IMPLIED_FLAGS, RULES, SHAKEN_BELOW, type Rule, type When } from '../core/rules.ts';
import { ARCHETYPE_START, limitsFor, OUTCOME_THRESHOLDS } from '../core/customer.ts';
import { COMPOSURE_PER_HOSTILITY } from '../core/session.ts';
import { AXIS_WEIGHTS, OUTCOME_BANDS } from '../core/score.ts';
import {
  ARCHETYPES, HARMFUL_TECHNIQUES, HELPFUL_TECHNIQUES, METERS, MOOD_BANDS, PRINCIPLES, TECHNIQUES, TRAITS,
  isHelpful, type Deltas, type Technique,
} from '../core/vocabulary.ts';
import { scenarioSchema } from '../core/schema.ts';
import { FIGURES } from '../game/portrait.ts';
import { SETTINGS } from '../core/schema.ts';
import enDocs from '../../locales/en/docs.json' with { type: 'json' };
import arDocs from '../../locales/ar/docs.json' with { type: 'json' };

/** The names of the generated sections, in the order they appear in the guide. */
export const SECTIONS = ['moods', 'archetypes', 'limits', 'techniques', 'traits', 'principles', 'rules', 'score', 'figures', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

/** Where the guide's portraits are written, relative to docs/. */
export const FIGURE_DIR = 'figures';
/** Where the guide's pictures of the places behind the customer are written, relative to docs/. */
export const SETTING_DIR = 'settings';

function words(lang: Language): Translate {
  return translator(lang, { docs: lang === 'ar' ? arDocs : enDocs });
}

// Tables are written for Markdown, so cell text must not break the row.
const cell = (s: string | number) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/[\u2068\u2069]/g, '');

function table(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.map(cell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const code = (s: string) => `\`${s}\``;
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function effectText(effect: Deltas, t: Translate): string {
  const parts = METERS.filter((m) => effect[m]).map((m) => `${t(`vocabulary:meter.${m}`)} ${signed(effect[m]!)}`);
  return parts.length ? parts.join(t('docs:listSep')) : t('docs:none');
}

function techniqueList(list: readonly Technique[] | undefined, t: Translate): string {
  if (!list) return t('docs:anyReply');
  if (list.length === HELPFUL_TECHNIQUES.length && list.every(isHelpful)) return t('docs:allHelpful');
  if (list.length === HARMFUL_TECHNIQUES.length && !list.some(isHelpful)) return t('docs:allHarmful');
  return list.map(code).join(t('docs:listSep'));
}

function whenText(when: When, t: Translate): string {
  const parts: string[] = [];
  const add = (key: string, value?: string | number) => parts.push(t(dynamicKey(`docs:when.${key}`), value === undefined ? {} : { value }));
  if (when.archetype) add('archetype', t(`vocabulary:archetype.${when.archetype}`));
  if (when.trait) add('trait', t(`vocabulary:trait.${when.trait}`));
  if (when.mood) add('mood', when.mood.map((m) => t(`vocabulary:mood.${m}`)).join(' / '));
  if (when.heard !== undefined) add(when.heard ? 'heardTrue' : 'heardFalse');
  if (when.stage) add(when.stage === 'advances' ? 'stageAdvances' : 'stageSkips');
  if (when.firstOfList) add('firstOfList');
  if (when.repeated) add('repeated');
  if (when.closing) add('closing');
  if (when.notClosing) add('notClosing');
  if (when.with) add('with', when.with.map(code).join(t('docs:listSep')));
  if (when.noHelpful) add('noHelpful');
  if (when.slow) add('slow');
  if (when.usedBefore) add('usedBefore', code(when.usedBefore));
  if (when.notUsedBefore) add('notUsedBefore', code(when.notUsedBefore));
  if (when.angerAtLeast !== undefined) add('angerAtLeast', when.angerAtLeast);
  if (when.trustAtLeast !== undefined) add('trustAtLeast', when.trustAtLeast);
  if (when.composureBelow !== undefined) add('composureBelow', when.composureBelow);
  if (when.confusionAtLeast !== undefined) add('confusionAtLeast', when.confusionAtLeast);
  return parts.length ? parts.join(t('docs:and')) : t('docs:always');
}

function changeText(rule: Rule, t: Translate): string {
  const parts: string[] = [];
  if (rule.factor === 'anger-level') parts.push(t('docs:change.angerLevel'));
  if (rule.factor === 'repetition-decay') parts.push(t('docs:change.repetitionDecay'));
  if (rule.factor === 'repetition-cost') parts.push(t('docs:change.repetitionCost'));
  for (const [meter, value] of Object.entries(rule.scale ?? {})) {
    parts.push(meter === 'all' ? t('docs:change.scaleAll', { value }) : t('docs:change.scale', { meter: t(dynamicKey(`vocabulary:meter.${meter}`)), value }));
  }
  if (rule.add) parts.push(t('docs:change.add', { effect: effectText(rule.add, t) }));
  return parts.join('; ');
}

function ruleWhy(rule: Rule, t: Translate): string {
  const [principle, name] = rule.id.split('.') as [string, string];
  return t(dynamicKey(`rules:rule.${principle}.${name}`));
}

const generators: Record<Section, (t: Translate, lang: Language) => string> = {
  moods: (t) =>
    table([t('docs:col.meter'), t('docs:col.mood'), t('docs:col.from'), t('docs:col.to')],
      (Object.keys(MOOD_BANDS) as (keyof typeof MOOD_BANDS)[]).flatMap((meter) =>
        MOOD_BANDS[meter].map((band, i, bands) => [
          t(`vocabulary:meter.${meter}`), `${code(band.mood)} ${t(`vocabulary:mood.${band.mood}`)}`, band.min, i === 0 ? 100 : bands[i - 1]!.min - 1,
        ]))),
  archetypes: (t) =>
    table([t('docs:col.archetype'), ...METERS.map((m) => t(`vocabulary:meter.${m}`))],
      ARCHETYPES.map((a) => [`${code(a)} ${t(`vocabulary:archetype.${a}`)}`, ...METERS.map((m) => ARCHETYPE_START[a][m])])),
  limits: (t) => {
    const base = limitsFor([]);
    const rows: (string | number)[][] = [
      [t('docs:limit.walkOut'), base.walkOut],
      [t('docs:limit.walkOutShort'), limitsFor(['short-fused']).walkOut],
      [t('docs:limit.escalate'), `${base.escalateAnger} / ${base.escalateTrust}`],
      [t('docs:limit.escalatePatient'), limitsFor(['patient']).escalateAnger],
      [t('docs:limit.maxTurns'), scenarioSchema.shape.maxTurns.parse(undefined)],
      [t('docs:limit.shaken'), SHAKEN_BELOW],
      [t('docs:limit.hostility'), COMPOSURE_PER_HOSTILITY],
      [t('docs:limit.breathe'), BASE_EFFECTS.breathe.effect.composure ?? 0],
      [t('docs:limit.satisfiedAnger'), OUTCOME_THRESHOLDS.satisfiedAnger],
      [t('docs:limit.satisfiedTrust'), OUTCOME_THRESHOLDS.satisfiedTrust],
      [t('docs:limit.satisfiedConfusion'), OUTCOME_THRESHOLDS.satisfiedConfusion],
      [t('docs:limit.satisfiedBelief'), OUTCOME_THRESHOLDS.satisfiedBelief],
      [t('docs:limit.grudgingAnger'), OUTCOME_THRESHOLDS.grudgingAnger],
    ];
    return table([t('docs:col.limit'), t('docs:col.value')], rows);
  },
  techniques: (t) =>
    table([t('docs:col.technique'), t('docs:col.label'), t('docs:col.kind'), t('docs:col.effect'), t('docs:col.principle'), t('docs:col.meaning'), t('docs:col.also')],
      TECHNIQUES.map((tech) => {
        const also = [
          IMPLIED_FLAGS[tech] ? t('docs:setsFlag', { flag: IMPLIED_FLAGS[tech] }) : '',
          DELAYED_EFFECTS[tech] ? t('docs:delayed', { count: DELAYED_EFFECTS[tech]!.after, effect: effectText(DELAYED_EFFECTS[tech]!.effect, t) }) : '',
        ].filter(Boolean).join('; ');
        return [code(tech), t(`vocabulary:technique.${tech}`), t(isHelpful(tech) ? 'docs:helpful' : 'docs:harmful'), effectText(BASE_EFFECTS[tech].effect, t),
          BASE_EFFECTS[tech].principle, t(`vocabulary:techniqueHelp.${tech}`), also];
      })),
  traits: (t) =>
    table([t('docs:col.trait'), t('docs:col.label'), t('docs:col.does')],
      TRAITS.map((trait) => {
        const rules = RULES.filter((r) => r.when.trait === trait).map((r) => `${techniqueList(r.techniques, t)}: ${changeText(r, t)} (${code(r.id)})`);
        const base = limitsFor([]);
        const mine = limitsFor([trait]);
        if (mine.walkOut !== base.walkOut) rules.push(t('docs:traitWalkOut', { value: mine.walkOut }));
        if (mine.escalateAnger !== base.escalateAnger) rules.push(t('docs:traitEscalate', { value: mine.escalateAnger }));
        return [code(trait), t(`vocabulary:trait.${trait}`), rules.join('<br>')];
      })),
  principles: (t) =>
    table([t('docs:col.id'), t('docs:col.name'), t('docs:col.meaning')],
      PRINCIPLES.map((p) => [p, t(`vocabulary:principle.${p}`), t(`vocabulary:principleText.${p}`)])),
  rules: (t) =>
    table([t('docs:col.rule'), t('docs:col.techniques'), t('docs:col.when'), t('docs:col.change'), t('docs:col.why')],
      RULES.map((r) => [code(r.id), techniqueList(r.techniques, t), whenText(r.when, t), changeText(r, t), ruleWhy(r, t)])),
  score: (t) =>
    `${table([t('docs:col.outcome'), t('docs:col.band')],
      (Object.keys(OUTCOME_BANDS) as (keyof typeof OUTCOME_BANDS)[]).map((o) => [t(`vocabulary:outcome.${o}`), `${OUTCOME_BANDS[o].min}–${OUTCOME_BANDS[o].max}`]))}\n\n${
    table([t('docs:col.axis'), t('docs:col.weight')],
      (Object.keys(AXIS_WEIGHTS) as (keyof typeof AXIS_WEIGHTS)[]).map((a) => [t(`vocabulary:axis.${a}`), `${Math.round(AXIS_WEIGHTS[a] * 100)} %`]))}`,
  figures: (t) =>
    table([t('docs:col.figure'), t('docs:col.label'), t('docs:col.portrait')],
      FIGURES.map((f) => [code(f), t(dynamicKey(`docs:figureLook.${f}`)), `<img src="${FIGURE_DIR}/${f}.svg" alt="${f}" width="96">`])),
  settings: (t) =>
    `${table([t('docs:col.setting'), t('docs:col.label'), t('docs:col.picture')],
      SETTINGS.map((s) => [code(s), t(`docs:settingLook.${s}`), `<img src="${SETTING_DIR}/${s}.svg" alt="${s}" width="160">`]))}\n\n${t('docs:settingLook.default')}`,
};

/** One generated section's Markdown in one language, with the note that it is generated. */
export function generateSection(section: Section, lang: Language): string {
  const t = words(lang);
  return `<!-- ${t('docs:generated')} -->\n${generators[section](t, lang)}`;
}

/**
 * The guide with every marked section replaced by its generated table. Throws when a marker is
 * missing, so a guide cannot silently lose a table.
 */
export function fillGuide(text: string, lang: Language): string {
  let out = text;
  for (const section of SECTIONS) {
    const pattern = new RegExp(`(<!-- generated:${section} -->)[\\s\\S]*?(<!-- /generated:${section} -->)`);
    if (!pattern.test(out)) throw new Error(`the guide has no <!-- generated:${section} --> … <!-- /generated:${section} --> section`);
    out = out.replace(pattern, (_m, open: string, close: string) => `${open}\n${generateSection(section, lang)}\n${close}`);
  }
  return out;
}
