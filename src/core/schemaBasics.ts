/**
 * The small pieces the formats share: languages, regions, the places drawn, the trainee's gender,
 * and the vocabulary (principles, techniques, moods, outcomes) as zod enums. Cheap to build; the
 * scenario format (schema.ts) and the stored records (records.ts) both start from here.
 */
import { z } from 'zod';
import { ANGER_MOODS, BELIEF_MOODS, CONFUSION_MOODS, OUTCOMES, PRINCIPLES, TECHNIQUES } from './vocabulary.ts';

export const LANGUAGES = ['en', 'ar'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Where a scenario is set: Saudi Arabia and the Gulf, Egypt, the Levant, the Emirates. */
export const REGIONS = ['gulf', 'egypt', 'levant', 'uae'] as const;
export type Region = (typeof REGIONS)[number];

/** The trainee's grammatical gender, for Arabic addressed to or said by them. */
export const traineeSchema = z.enum(['female', 'male']);
export type Trainee = z.infer<typeof traineeSchema>;

export const principleSchema = z.enum(PRINCIPLES);
export const techniqueSchema = z.enum(TECHNIQUES);
export const moodSchema = z.enum([...ANGER_MOODS, ...CONFUSION_MOODS, ...BELIEF_MOODS]);
export const outcomeSchema = z.enum(OUTCOMES);

/** The places drawn behind the customer (src/game/scenery). */
export const SETTINGS = ['counter', 'phone', 'shop-floor', 'workshop', 'service-hall', 'office', 'restaurant'] as const;
export type SettingId = (typeof SETTINGS)[number];
