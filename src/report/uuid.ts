/**
 * Version-4 UUIDs from injected randomness: the browser passes `crypto.getRandomValues`, tests a
 * seeded generator, so statement ids are deterministic where they need to be.
 */
import { seededRandom } from '../core/bots.ts';

/** Fills a buffer with random bytes. */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

export function uuidV4(random: RandomBytes): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A seeded source of bytes (the core's PRNG), for tests and reproducible scripted plays. */
export function seededBytes(seed: number): RandomBytes {
  const random = seededRandom(seed);
  return (bytes) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
    return bytes;
  };
}
