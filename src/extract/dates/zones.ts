/**
 * Time zones written after a clock time ("0915 GMT", "6:41pm PST", "11.30
 * p.m. ET", "9:15 a.m. local time", "07:28 Coordinated Universal Time"):
 * which zone a word names, and the instant in UTC of a local clock time in
 * that zone. Zones whose offset changes with daylight saving (ET, PT) are
 * read through their IANA zone on the day in question, so "11.30 p.m. ET"
 * in May is 03:30 UTC and in January 04:30 UTC. "local time" names no
 * offset: it is kept as `local` and never converted here.
 */
import { DateTime } from 'luxon';

/**
 * Zone words as the regular expressions of the extraction table read them,
 * longest first (so "Coordinated Universal Time" wins over a shorter
 * reading). One group-free alternation.
 */
export const ZONE_PATTERN =
  '(?:Coordinated\\s+Universal\\s+Time|Greenwich\\s+Mean\\s+Time|local\\s+time|[ECMPA][SD]T|[ECMP]T|GMT|UTC|Z|BST|CEST|CET|EEST|EET|WEST|WET|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|PKT|WIB|SAST|EAT|WAT)(?![A-Za-z])';

/** The zone `local`: the clock of the place the story is about, offset unknown here. */
export const LOCAL_ZONE = 'local';

/**
 * Each zone abbreviation and what it stands for: a fixed offset from UTC in
 * minutes, or an IANA zone whose offset depends on the date. Abbreviations
 * that mean several zones worldwide are read as news wires use them (IST is
 * India Standard Time, as in reports from South Asia).
 */
const ZONES: Readonly<Record<string, number | string>> = {
  UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AST: -240, ADT: -180,
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
  BST: 60, WET: 0, WEST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  IST: 330, PKT: 300, WIB: 420, SGT: 480, HKT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660,
  SAST: 120, EAT: 180, WAT: 60,
};

/** The canonical name of a zone word ("Coordinated Universal Time" → `UTC`, "local time" → `local`), or undefined. */
export function zoneOfWord(word: string): string | undefined {
  const w = word.replace(/\s+/g, ' ').trim();
  if (/^local time$/i.test(w)) return LOCAL_ZONE;
  if (/^coordinated universal time$/i.test(w)) return 'UTC';
  if (/^greenwich mean time$/i.test(w)) return 'GMT';
  return Object.hasOwn(ZONES, w) ? w : undefined;
}

/** True when `zone` is a zone whose offset is known: a canonical abbreviation (not `local`) or an IANA zone (`Europe/Paris`). */
export function knownZone(zone: string | undefined): zone is string {
  if (zone === undefined || zone === LOCAL_ZONE) return false;
  return Object.hasOwn(ZONES, zone) || (zone.includes('/') && DateTime.local().setZone(zone).isValid);
}

/**
 * The one time zone of countries that have one, by ISO 3166-1 alpha-2 code:
 * "9:15 a.m. local time" in a story set in France is Paris time. Countries
 * that span several zones (the United States, Russia, Brazil, Australia,
 * Canada, Mexico, Indonesia) are left out: their local time stays `local`.
 */
const COUNTRY_ZONES: Readonly<Record<string, string>> = {
  GB: 'Europe/London', IE: 'Europe/Dublin', FR: 'Europe/Paris', DE: 'Europe/Berlin', IT: 'Europe/Rome', ES: 'Europe/Madrid', PT: 'Europe/Lisbon',
  NL: 'Europe/Amsterdam', BE: 'Europe/Brussels', CH: 'Europe/Zurich', AT: 'Europe/Vienna', PL: 'Europe/Warsaw', CZ: 'Europe/Prague',
  SE: 'Europe/Stockholm', NO: 'Europe/Oslo', DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki', GR: 'Europe/Athens', TR: 'Europe/Istanbul',
  UA: 'Europe/Kiev', RO: 'Europe/Bucharest', HU: 'Europe/Budapest', RS: 'Europe/Belgrade', CY: 'Asia/Nicosia', MT: 'Europe/Malta',
  EG: 'Africa/Cairo', IL: 'Asia/Jerusalem', LB: 'Asia/Beirut', JO: 'Asia/Amman', SY: 'Asia/Damascus', IQ: 'Asia/Baghdad', IR: 'Asia/Tehran',
  SA: 'Asia/Riyadh', AE: 'Asia/Dubai', YE: 'Asia/Aden', SO: 'Africa/Mogadishu', KE: 'Africa/Nairobi', TZ: 'Africa/Dar_es_Salaam',
  ET: 'Africa/Addis_Ababa', NG: 'Africa/Lagos', ZA: 'Africa/Johannesburg', DJ: 'Africa/Djibouti', AF: 'Asia/Kabul', PK: 'Asia/Karachi',
  IN: 'Asia/Kolkata', BD: 'Asia/Dhaka', LK: 'Asia/Colombo', NP: 'Asia/Kathmandu', CN: 'Asia/Shanghai', HK: 'Asia/Hong_Kong', TW: 'Asia/Taipei',
  JP: 'Asia/Tokyo', KR: 'Asia/Seoul', KP: 'Asia/Pyongyang', PH: 'Asia/Manila', TH: 'Asia/Bangkok', VN: 'Asia/Ho_Chi_Minh', SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur', NZ: 'Pacific/Auckland', TM: 'Asia/Ashgabat', GE: 'Asia/Tbilisi', AM: 'Asia/Yerevan', HT: 'America/Port-au-Prince',
  CU: 'America/Havana', CO: 'America/Bogota', PE: 'America/Lima', VE: 'America/Caracas', AR: 'America/Argentina/Buenos_Aires', CL: 'America/Santiago',
};

/** The IANA zone of a country with a single zone, or undefined. */
export function zoneOfCountry(country: string | undefined): string | undefined {
  return country ? COUNTRY_ZONES[country.toUpperCase()] : undefined;
}

/**
 * The UTC instant (`YYYY-MM-DDTHH:mm`) of a local clock time
 * (`YYYY-MM-DDTHH:mm`) in `zone` (an abbreviation or an IANA zone), or
 * undefined when the zone's offset is not known (`local`, an unknown word)
 * or the time does not parse.
 */
export function toUtc(local: string, zone: string): string | undefined {
  if (!knownZone(zone) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined;
  const z = Object.hasOwn(ZONES, zone) ? ZONES[zone] : zone;
  const when = typeof z === 'number' ? DateTime.fromISO(local, { zone: 'utc' }).minus({ minutes: z }) : DateTime.fromISO(local, { zone: z }).toUTC();
  return when.isValid ? when.toFormat("yyyy-MM-dd'T'HH:mm") : undefined;
}
