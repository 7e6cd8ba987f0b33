/**
 * The customer's line read aloud with the Web Speech API, in the scenario's language, when the
 * trainee turns it on (off by default) and the browser has a voice for that language. Silent and
 * harmless otherwise: no voice, no API, or an error all mean nothing is said.
 */
import type { Language } from '../core/schema.ts';

/** The browser's speech synthesis, or undefined where there is none. */
function synth(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

/** The best voice for `lang`: a local one first. */
export function voiceFor(voices: readonly Pick<SpeechSynthesisVoice, 'lang' | 'localService'>[], lang: Language): number {
  let best = -1;
  voices.forEach((v, i) => {
    if (!v.lang.toLowerCase().startsWith(lang)) return;
    if (best < 0 || (v.localService && !voices[best]!.localService)) best = i;
  });
  return best;
}

export class Voice {
  constructor(private readonly enabled: () => boolean) {}

  /** Says `text` in `lang`; returns whether it is being said. */
  say(text: string, lang: Language, gender?: 'female' | 'male'): boolean {
    const s = synth();
    if (!this.enabled() || !s || !text) return false;
    try {
      const voices = s.getVoices();
      const index = voiceFor(voices, lang);
      if (index < 0) return false;
      s.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voices[index]!;
      u.lang = voices[index]!.lang;
      // No gendered voice list is portable; pitch keeps the customer's voice roughly apart.
      u.pitch = gender === 'female' ? 1.15 : 0.9;
      s.speak(u);
      return true;
    } catch {
      return false;
    }
  }

  stop(): void {
    try {
      synth()?.cancel();
    } catch {
      // Nothing was being said.
    }
  }
}
