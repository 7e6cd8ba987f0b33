/**
 * What is kept as data: a session (progress, replays, reports) and the game's storage (settings,
 * attempts). Validated whenever it is read back; apart from the scenario format so that start-up,
 * which reads storage, does not build the scenario schema.
 */
import { z } from 'zod';
import { ARCHETYPES, METERS } from './vocabulary.ts';
import { languageSchema, moodSchema, outcomeSchema, principleSchema, techniqueSchema, traineeSchema } from './schemaBasics.ts';

const level = z.number().int().min(0).max(100);

const meterValues = z.strictObject({
  anger: level, trust: level, confusion: level, belief: level, loyalty: level, composure: level,
});

const applicationSchema = z.object({
  rule: z.string(),
  principle: principleSchema,
  technique: techniqueSchema.optional(),
  meter: z.enum(METERS),
  from: z.number(),
  to: z.number(),
});

/** A session saved as data (progress, replays, reports). `format` changes when this does. */
export const sessionDataSchema = z.object({
  format: z.literal(1),
  scenario: z.string(),
  options: z.object({ timeLimit: z.number().positive().optional(), record: z.boolean().optional(), seed: z.number().int().optional() }),
  customer: z.object({
    value: z.unknown(),
    context: z.object({ archetype: z.enum(ARCHETYPES), meters: meterValues, limits: z.object({ walkOut: z.number(), escalateAnger: z.number(), escalateTrust: z.number() }) }),
  }).loose(),
  at: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('beat'), id: z.string() }),
    z.object({ kind: z.literal('ending'), id: z.string().nullable() }),
  ]),
  turn: z.number().int().min(0),
  uses: z.partialRecord(techniqueSchema, z.number().int().min(0)),
  heard: z.boolean(),
  lastStage: z.number().int().min(-1).max(3),
  flags: z.array(z.string()),
  pending: z.array(z.object({ rule: z.string(), principle: principleSchema, due: z.number().int(), effect: z.partialRecord(z.enum(METERS), z.number()) })),
  turns: z.array(z.object({
    turn: z.number().int(),
    beat: z.string(),
    option: z.number().int(),
    techniques: z.array(techniqueSchema),
    before: meterValues,
    after: meterValues,
    mood: moodSchema,
    applications: z.array(applicationSchema),
    next: z.string().nullable(),
    stop: z.enum(['no-branch', 'max-turns']).optional(),
    seconds: z.number().optional(),
  })),
  outcome: outcomeSchema.optional(),
});
export type SessionData = z.infer<typeof sessionDataSchema>;

/** The player's settings. */
export const settingsSchema = z.object({
  lang: languageSchema.default('en'),
  textSize: z.enum(['normal', 'large', 'larger']).default('normal'),
  reducedMotion: z.boolean().default(false),
  sound: z.boolean().default(true),
  /** Read the customer's lines aloud (Web Speech API) where the browser has a voice. */
  voice: z.boolean().default(false),
  mode: z.enum(['practice', 'assessment']).default('practice'),
  /** How Arabic addresses the trainee (قلتَ / قلتِ); unset reads as masculine until chosen. */
  trainee: traineeSchema.optional(),
  /** Seconds per reply in assessment mode; 0 for no timer. */
  timer: z.number().int().min(0).max(120).default(0),
});
export type Settings = z.infer<typeof settingsSchema>;

/** One finished (or abandoned) play, kept for the progress screen and later reports. */
export const attemptSchema = z.object({
  id: z.string(),
  scenario: z.string(),
  lang: languageSchema,
  mode: z.enum(['practice', 'assessment']),
  /** ISO 8601 times, from the presenter's clock. */
  startedAt: z.string(),
  finishedAt: z.string(),
  /** The moves, replayable on the scenario: option indices, -1 for a breath. */
  moves: z.array(z.number().int().min(-1)),
  /** The seed of the order the replies were shown in (`core/order.ts`); absent for the file's order. */
  seed: z.number().int().optional(),
  seconds: z.array(z.number().min(0)).optional(),
  outcome: outcomeSchema.nullable(),
  score: z.number().int().min(0).max(100),
  axes: z.object({ customer: z.number(), business: z.number(), efficiency: z.number() }),
  /** Techniques used in order, to find strengths and habits across attempts. */
  techniques: z.array(z.array(techniqueSchema)),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const PROGRESS_VERSION = 1;

/** Everything the game keeps in browser storage. */
export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  settings: settingsSchema,
  attempts: z.array(attemptSchema),
});
export type Progress = z.infer<typeof progressSchema>;
