/**
 * The settings drawn behind the customer, like the portraits: standalone SVG strings, pure and
 * procedural (nothing downloaded). Each setting has a back layer (behind the person) and a front
 * layer (a counter, a desk) that hides where the portrait's drawing ends.
 */
import { doc } from './svg.ts';
import { counter } from './counter.ts';
import { phone } from './phone.ts';
import { shopFloor } from './shopFloor.ts';
import { workshop } from './workshop.ts';
import { serviceHall } from './serviceHall.ts';
import { office } from './office.ts';
import { restaurant } from './restaurant.ts';
import { SETTINGS, type SettingId } from '../../core/schemaBasics.ts';
import type { Archetype, Trait } from '../../core/vocabulary.ts';

/** A setting's two layers, as SVG bodies in user units (CSS pixels of the stage), and where its foreground starts. */
export interface Scenery {
  back: string;
  front: string;
  /** The y where the foreground's top edge is. */
  floor: number;
}

export { SETTINGS, type SettingId };

const DRAW: Record<SettingId, (w: number, h: number) => Scenery> = {
  counter, phone, 'shop-floor': shopFloor, workshop, 'service-hall': serviceHall, office, restaurant,
};

/**
 * The setting a scenario names, or a sensible one for its customer: a colleague (trait
 * `internal`) in the office; an angry customer at the counter; a confused one on the phone; a
 * mistaken one on the shop floor.
 */
export function settingFor(customer: { archetype: Archetype; traits?: readonly Trait[]; look?: { setting?: SettingId | undefined } | undefined }): SettingId {
  if (customer.look?.setting) return customer.look.setting;
  if (customer.traits?.includes('internal')) return 'office';
  return customer.archetype === 'confused' ? 'phone' : customer.archetype === 'mistaken' ? 'shop-floor' : 'counter';
}

/** The setting `id` for a stage `w` × `h`, as two SVG documents (back, front). */
export function scenerySvg(id: SettingId, w: number, h: number): { back: string; front: string; floor: number } {
  const s = DRAW[id](w, h);
  return { back: doc(w, h, s.back), front: doc(w, h, s.front), floor: s.floor };
}

/** The setting `id` as one picture (back and front together), for the studio and the guide. */
export function sceneryPicture(id: SettingId, w = 160, h = 100): string {
  const s = DRAW[id](w, h);
  return doc(w, h, s.back + s.front);
}
