/**
 * The shared words of Sabr: principle ids, techniques, archetypes, traits, meters and moods.
 * Everything here is data; labels a person reads live in `locales/{en,ar}/vocabulary.json`.
 * The meaning of each principle is `shared/domain/principles.md`.
 */

export const PRINCIPLES = [
  'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8',
  'P9', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16',
] as const;
export type PrincipleId = (typeof PRINCIPLES)[number];

/** Techniques that follow the principles. */
export const HELPFUL_TECHNIQUES = [
  'listen', 'acknowledge', 'empathize', 'ask', 'paraphrase', 'apologize', 'solve', 'explain',
  'positive-language', 'use-name', 'thank', 'future-help', 'set-expectation', 'compromise',
  'validate-feeling', 'product-knowledge', 'breathe',
] as const;

/** Techniques that break them. */
export const HARMFUL_TECHNIQUES = [
  'argue', 'blame', 'dismiss', 'negative-language', 'jargon', 'vague', 'deflect', 'overpromise',
  'cave', 'scripted', 'personal', 'upsell', 'rush',
] as const;

export const TECHNIQUES = [...HELPFUL_TECHNIQUES, ...HARMFUL_TECHNIQUES] as const;
export type Technique = (typeof TECHNIQUES)[number];

const helpfulSet: ReadonlySet<string> = new Set(HELPFUL_TECHNIQUES);
export const isHelpful = (t: Technique): boolean => helpfulSet.has(t);

/** Techniques that count as hearing the customer out (P1, P6): the "L" of LAST. */
export const HEARING_TECHNIQUES: readonly Technique[] = [
  'listen', 'acknowledge', 'empathize', 'ask', 'paraphrase', 'validate-feeling',
];

/** The LAST sequence of P2, as stages a conversation passes through in order. */
export const LAST_STAGES = ['listen', 'apologize', 'solve', 'thank'] as const;
export type LastStage = (typeof LAST_STAGES)[number];

/** Which LAST stage a technique belongs to, if any. */
export function lastStageOf(t: Technique): LastStage | undefined {
  if (HEARING_TECHNIQUES.includes(t)) return 'listen';
  if (t === 'apologize') return 'apologize';
  if (t === 'solve' || t === 'compromise') return 'solve';
  if (t === 'thank') return 'thank';
  return undefined;
}

export const ARCHETYPES = ['angry', 'confused', 'mistaken'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

/** Traits tune an archetype's sensitivities (see `rules.ts`); they never replace it. */
export const TRAITS = ['short-fused', 'patient', 'expert', 'novice', 'internal', 'proud'] as const;
export type Trait = (typeof TRAITS)[number];

/** The customer's meters and the trainee's composure, each 0–100. */
export const METERS = ['anger', 'trust', 'confusion', 'belief', 'loyalty', 'composure'] as const;
export type Meter = (typeof METERS)[number];
export type Meters = Record<Meter, number>;
export type Deltas = Partial<Record<Meter, number>>;

export const ANGER_MOODS = ['furious', 'angry', 'upset', 'calming', 'calm'] as const;
export const CONFUSION_MOODS = ['lost', 'unsure', 'following', 'understood'] as const;
export const BELIEF_MOODS = ['insisting', 'defensive', 'open', 'accepting'] as const;
export type AngerMood = (typeof ANGER_MOODS)[number];
export type ConfusionMood = (typeof CONFUSION_MOODS)[number];
export type BeliefMood = (typeof BELIEF_MOODS)[number];
export const MOODS = [...ANGER_MOODS, ...CONFUSION_MOODS, ...BELIEF_MOODS] as const;
export type Mood = (typeof MOODS)[number];

/**
 * Lower bounds of each mood band, highest first: a meter at or above `min` is in that mood.
 * The last band of each list starts at 0.
 */
export const MOOD_BANDS = {
  anger: [
    { mood: 'furious', min: 80 }, { mood: 'angry', min: 60 }, { mood: 'upset', min: 40 },
    { mood: 'calming', min: 20 }, { mood: 'calm', min: 0 },
  ],
  confusion: [
    { mood: 'lost', min: 70 }, { mood: 'unsure', min: 40 }, { mood: 'following', min: 15 },
    { mood: 'understood', min: 0 },
  ],
  belief: [
    { mood: 'insisting', min: 75 }, { mood: 'defensive', min: 50 }, { mood: 'open', min: 25 },
    { mood: 'accepting', min: 0 },
  ],
} as const satisfies Record<'anger' | 'confusion' | 'belief', readonly { mood: Mood; min: number }[]>;

export type MoodRegion = keyof typeof MOOD_BANDS;

/** The mood a meter value falls in. */
export function moodFor<R extends MoodRegion>(region: R, value: number): (typeof MOOD_BANDS)[R][number]['mood'] {
  const bands = MOOD_BANDS[region];
  for (const band of bands) if (value >= band.min) return band.mood;
  return bands[bands.length - 1]!.mood;
}

export const OUTCOMES = ['satisfied', 'grudging', 'business-lost', 'escalated', 'walked-out'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Flags with a meaning to the engine; scenarios may set others of their own. */
export const BUSINESS_FLAGS = ['solved', 'policy-broken', 'false-promise'] as const;
