/**
 * The scenario format: the one source of the scenario types (`z.infer`) and of the committed
 * JSON Schema `scenarios/scenario.schema.json`. A trainer writes these files by hand, so every
 * field carries a description that editors show on hover.
 */
import { z } from 'zod';
import { ARCHETYPES, METERS, TRAITS } from './vocabulary.ts';
import { languageSchema, principleSchema, REGIONS, SETTINGS, techniqueSchema, moodSchema, outcomeSchema } from './schemaBasics.ts';

// The shared pieces and the stored records live apart, so that reading storage at start-up does not
// build this (much larger) schema; they are re-exported here, the one place the formats are named.
export * from './schemaBasics.ts';
export * from './records.ts';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const idSchema = z
  .string()
  .regex(idPattern, { message: 'id' })
  .describe('Lower-case letters, digits and dashes, e.g. "late-order".');

/** A text a person reads, in each language side by side. The check warns on a missing one. */
export const localizedSchema = z
  .strictObject({
    en: z.string().min(1).optional().describe('English text.'),
    ar: z.string().min(1).optional().describe('Arabic text, written natively, not word for word. Addressed to (or said by) a male trainee when `ar-f` is also given.'),
    'ar-f': z
      .string()
      .min(1)
      .optional()
      .describe('The Arabic for a female trainee, only where it differs from `ar` (آسف → آسفة, تعرف → تعرفين).'),
  })
  .describe('The same text in each language: { en: "...", ar: "..." }, plus `ar-f` where a female trainee says or hears it differently.');
export type Localized = z.infer<typeof localizedSchema>;

const level = z.number().int().min(0).max(100);

export const levelsSchema = z
  .strictObject({
    anger: level.optional(),
    trust: level.optional(),
    confusion: level.optional(),
    belief: level.optional().describe('How firmly a mistaken customer holds the false belief.'),
    loyalty: level.optional(),
    composure: level.optional().describe("The trainee's own composure at the start (P14)."),
  })
  .describe('Starting levels, 0–100; the archetype supplies any left out.');

/** A condition on the conversation so far: every part given must hold. */
export const conditionSchema = z
  .strictObject({
    mood: z.array(moodSchema).min(1).optional().describe('Holds when the customer is in any of these moods.'),
    flags: z.array(idSchema).min(1).optional().describe('Holds when all these flags are set.'),
    notFlags: z.array(idSchema).min(1).optional().describe('Holds when none of these flags is set.'),
    outcome: z.array(outcomeSchema).min(1).optional().describe('Endings only: holds for these outcomes.'),
  })
  .describe('A condition: mood, flags set, flags not set (and, for endings, outcome).');
export type Condition = z.infer<typeof conditionSchema>;

export const branchSchema = z.strictObject({
  when: conditionSchema.optional().describe('Leave out on the last branch: it is the fallback.'),
  to: idSchema.describe('A beat id or an ending id.'),
});
export type Branch = z.infer<typeof branchSchema>;

export const nextSchema = z
  .union([idSchema, z.array(branchSchema).min(1)])
  .describe('Where the conversation goes: a beat or ending id, or a list of { when, to } tried in order.');
export type Next = z.infer<typeof nextSchema>;

export const variantSchema = z.strictObject({
  when: conditionSchema,
  line: localizedSchema,
  hostility: z.number().int().min(0).max(3).optional().describe("This wording's hostility, when it differs from the beat's."),
});

export const deltasSchema = z
  .partialRecord(z.enum(METERS), z.number().int().min(-100).max(100))
  .describe('Explicit meter changes that replace what the rules compute. Linted: prefer techniques.');

export const optionSchema = z.strictObject({
  text: localizedSchema.describe('What the trainee says.'),
  techniques: z
    .array(techniqueSchema)
    .min(1)
    .describe('The techniques this reply uses; the rules turn them into the customer\'s reaction.'),
  sets: z.array(idSchema).optional().describe('Flags this reply sets, e.g. "solved" when it really fixes the problem.'),
  clears: z.array(idSchema).optional().describe('Flags this reply clears.'),
  effect: deltasSchema.optional(),
  next: nextSchema,
  lengthReason: z
    .string()
    .min(1)
    .optional()
    .describe('Why this reply must be much longer or shorter than the others (for the check, never shown to trainees): silences the length warnings about it.'),
});
export type Option = z.infer<typeof optionSchema>;

export const beatSchema = z.strictObject({
  id: idSchema,
  hostility: z
    .number().int().min(0).max(3).default(0)
    .describe('How hostile the customer\'s line is: 0 calm, 1 pressing, 2 sharp, 3 hostile; each point drains the trainee\'s composure (P14), and the debrief names it so.'),
  line: localizedSchema.describe("The customer's line."),
  variants: z.array(variantSchema).optional().describe('Other wordings of the line for some moods or flags; first match wins.'),
  options: z.array(optionSchema).min(1).max(4).describe('The replies the trainee can choose, 1 to 4.'),
  lengthReason: z
    .string()
    .min(1)
    .optional()
    .describe('Why the replies of this beat must differ a lot in length (for the check, never shown to trainees): silences the per-beat length warnings. A trainee should not be able to pick the best reply by its length.'),
});
export type Beat = z.infer<typeof beatSchema>;

export const endingSchema = z.strictObject({
  id: idSchema,
  line: localizedSchema.describe("The customer's closing line."),
  variants: z.array(variantSchema).optional(),
});
export type Ending = z.infer<typeof endingSchema>;

export const customerSchema = z.strictObject({
  name: localizedSchema.describe("The customer's name as each language writes it."),
  archetype: z.enum(ARCHETYPES),
  gender: z.enum(['female', 'male']).optional().describe('For languages that inflect by gender (Arabic): "female" or "male".'),
  traits: z.array(z.enum(TRAITS)).default([]),
  start: levelsSchema.optional(),
  look: z
    .strictObject({
      figure: z.string().optional().describe('Which drawn person represents the customer.'),
      age: z.number().int().min(16).max(99).optional(),
      setting: z.enum(SETTINGS).optional().describe('The place behind the customer: counter, phone (a call), shop-floor, workshop, service-hall (a government service hall), office (an internal colleague) or restaurant (at the table). Default: by archetype.'),
    })
    .optional(),
});
export type Customer = z.infer<typeof customerSchema>;

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    languages: z.array(languageSchema).min(1).describe('The languages this scenario is written in.'),
    title: localizedSchema,
    summary: localizedSchema.describe('One or two sentences for the scenario picker.'),
    briefing: localizedSchema.describe('The situation, as the trainee reads it before starting.'),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    minutes: z.number().int().min(1).max(60).describe('Estimated minutes to play.'),
    region: z.enum(REGIONS).optional().describe('Where the scenario is set, for its dialect, names and currency: gulf, egypt, levant or uae.'),
    goals: z.array(principleSchema).min(1).describe('The principles this scenario teaches.'),
    maxTurns: z.number().int().min(2).max(40).default(16).describe('Past this many turns the customer walks out (P3).'),
    customer: customerSchema,
    start: idSchema.optional().describe('The first beat; the first in the list when left out.'),
    beats: z.array(beatSchema).min(1),
    endings: z.array(endingSchema).min(1),
  })
  .describe('A Sabr scenario: one customer, the beats of the conversation and its endings.');
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

