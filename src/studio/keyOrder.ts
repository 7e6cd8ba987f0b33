/**
 * Where a new key belongs in its mapping: the order the scenario schema declares (the order the
 * guide and the shipped files use — `id`, `hostility`, `line`, `variants`, `options` in a beat;
 * `techniques`, `sets`, `clears`, `next` in a reply). Read from the schema itself, so a field added
 * to the format takes its place without a second list here.
 */
import type { z } from 'zod';
import { scenarioSchema } from '../core/schema.ts';
import type { Path } from './yamlEdit.ts';

type Schema = z.core.$ZodType;

/** The schema under optional, default and similar wrappers. */
function unwrap(schema: Schema): Schema {
  for (;;) {
    const def = schema._zod.def as { type: string; innerType?: Schema; in?: Schema };
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in) schema = def.in;
    else return schema;
  }
}

/** The schema of `key` inside `schema`: a field of an object, an item of a list, either side of a union. */
function child(schema: Schema, key: string | number): Schema | undefined {
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema; options?: Schema[] };
  if (def.type === 'object' && typeof key === 'string') return def.shape?.[key];
  if (def.type === 'array' && typeof key === 'number') return def.element;
  if (def.type === 'union') for (const option of def.options ?? []) {
    const found = child(option, key);
    if (found) return found;
  }
  return undefined;
}

/** The keys of the mapping at `path`, in the schema's order; undefined where the schema has no mapping. */
export function keyOrder(path: Path): readonly string[] | undefined {
  let schema: Schema | undefined = scenarioSchema;
  for (const key of path) {
    schema = child(schema, key);
    if (!schema) return undefined;
  }
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, Schema>; options?: Schema[] };
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'union') {
    const object = def.options?.map((o) => unwrap(o)._zod.def as { type: string; shape?: Record<string, Schema> }).find((d) => d.type === 'object');
    return object ? Object.keys(object.shape ?? {}) : undefined;
  }
  return undefined;
}

/**
 * The index a new key takes among `keys` (the mapping's keys now, without it): before the first
 * key the schema puts after it; at the end when the schema does not know it, or knows none after.
 */
export function placeOfKey(order: readonly string[], keys: readonly unknown[], key: string): number {
  const rank = order.indexOf(key);
  if (rank < 0) return keys.length;
  const after = keys.findIndex((k) => typeof k === 'string' && order.indexOf(k) > rank);
  return after < 0 ? keys.length : after;
}
