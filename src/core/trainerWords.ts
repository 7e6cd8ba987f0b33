/**
 * Words trainers write where the format wants one of its own, and the one they meant: a place for
 * `look.setting` ("hotel" → counter), "woman" for a gender, "arabic" for a text's `ar`. The check
 * offers these as "did you mean" when no value is a near spelling of what was written.
 */
import type { SettingId } from './schema.ts';

/** Places a trainer names for `look.setting`, and the drawn setting where that conversation happens. */
export const PLACE_WORDS: Record<string, SettingId> = {
  hotel: 'counter', reception: 'counter', 'front-desk': 'counter', desk: 'counter', bank: 'counter', branch: 'counter',
  school: 'counter', clinic: 'counter', hospital: 'counter', pharmacy: 'counter', airport: 'counter', gym: 'counter',
  call: 'phone', 'call-centre': 'phone', 'call-center': 'phone', telephone: 'phone', hotline: 'phone',
  shop: 'shop-floor', store: 'shop-floor', showroom: 'shop-floor', mall: 'shop-floor', supermarket: 'shop-floor',
  garage: 'workshop', 'repair-shop': 'workshop', government: 'service-hall', ministry: 'service-hall',
  municipality: 'service-hall', colleague: 'office', internal: 'office', cafe: 'restaurant', 'café': 'restaurant',
};

/** Names a trainer gives the languages of a text ({ en, ar, ar-f }) that are not near spellings of them. */
export const TEXT_KEYS: Record<string, string> = {
  english: 'en', arabic: 'ar', arf: 'ar-f', 'ar-female': 'ar-f', ar_female: 'ar-f', 'ar-woman': 'ar-f', female: 'ar-f', feminine: 'ar-f',
};

/** Words a trainer writes for a value, by field, where the allowed value is not a near spelling of them. */
export const VALUE_WORDS: Record<string, Record<string, string>> = {
  setting: PLACE_WORDS,
  gender: { woman: 'female', women: 'female', f: 'female', feminine: 'female', man: 'male', men: 'male', m: 'male', masculine: 'male' },
  languages: { english: 'en', arabic: 'ar', 'عربي': 'ar', 'العربية': 'ar' },
};
