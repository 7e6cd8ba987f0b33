/** What the stage draws for a scenario's customer: their figure, age and place, in a mood. */
import type { PortraitRequest } from './stage/picture.ts';
import type { Scenario } from '../core/schema.ts';
import type { AngerMood, ConfusionMood } from '../core/vocabulary.ts';
import { settingFor } from './scenery/index.ts';

/** The customer of `scenario` in `mood`, labelled for screen readers; `extra` adds belief, outcome or a reaction. */
export function customerPortrait(scenario: Scenario, mood: { anger: AngerMood; confusion: ConfusionMood }, label: string, extra: Partial<PortraitRequest> = {}): PortraitRequest {
  const c = scenario.customer;
  return { figure: c.look?.figure, age: c.look?.age, seed: scenario.id, anger: mood.anger, confusion: mood.confusion, setting: settingFor(c), label, ...extra };
}
