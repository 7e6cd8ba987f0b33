/**
 * A scenario file's bytes as text. Files must be UTF-8: one saved by an older Windows program as
 * Windows-1256 would otherwise load and play as gibberish, so it is refused with the encoding it
 * most likely is and the place of its first byte that is not UTF-8. Uses only the web's
 * TextDecoder, so the CLI, the build and the studio decode alike.
 */
import type { Diagnostic } from './diagnostics.ts';

// The web's TextDecoder, in every browser and in Node; declared because the core compiles without DOM types.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

/** The encodings a non-UTF-8 scenario file is most likely in, for the message. */
export type LikelyEncoding = 'windows-1256' | 'utf-16' | 'single-byte' | 'other';

/** The text of a file, or the located error saying why it cannot be read as text. */
export function decodeScenarioBytes(bytes: Uint8Array, file: string): { text: string } | { diagnostic: Diagnostic } {
  const utf16 = looksUtf16(bytes);
  if (!utf16) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // Not UTF-8: located below.
    }
  }
  const offset = utf16 ? 0 : Math.max(0, firstInvalidUtf8(bytes));
  return {
    diagnostic: {
      severity: 'error',
      code: 'not-utf8',
      file,
      ...position(bytes, offset),
      path: '',
      params: { kind: utf16 ? 'utf-16' : guessEncoding(bytes) },
    },
  };
}

function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 1000);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length > 8 && zeros > sample.length / 4;
}

/**
 * Which single-byte encoding the file is likely in: Windows-1256 when most of its bytes above
 * ASCII are Arabic letters there (its French letters sit where Latin-1 has them, so Western text
 * does not pass for Arabic).
 */
export function guessEncoding(bytes: Uint8Array): LikelyEncoding {
  let high = 0;
  for (const b of bytes) if (b >= 0x80) high++;
  if (high === 0) return 'other';
  let arabic: string;
  try {
    arabic = new TextDecoder('windows-1256').decode(bytes);
  } catch {
    return 'single-byte';
  }
  const letters = arabic.match(/[\u0621-\u064A]/g)?.length ?? 0;
  return letters * 2 >= high ? 'windows-1256' : 'single-byte';
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > b.length) return i;
    const second = b[i + 1]!;
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if ((c === 0xe0 && second < 0xa0) || (c === 0xed && second > 0x9f) || (c === 0xf0 && second < 0x90) || (c === 0xf4 && second > 0x8f)) return i;
    for (let k = 1; k < length; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** 1-based line and column of a byte offset whose preceding bytes are valid UTF-8. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
