/**
 * English names of cities that GeoNames lists under another name ("Geneva"
 * is `Genève`, "Kiev" is `Kyiv`), and common variant spellings. Folding already
 * handles diacritics (`Zürich` = "Zurich"), so only true renamings are here.
 * An English name found here wins over same-named small towns elsewhere
 * ("Geneva" is the Swiss city before Geneva, Illinois) unless the story's
 * other places point there.
 */

/** English or variant name → [GeoNames name, ISO2 country]. */
export const EXONYMS: Readonly<Record<string, readonly [string, string]>> = {
  Geneva: ['Genève', 'CH'],
  Lucerne: ['Luzern', 'CH'],
  Berne: ['Bern', 'CH'],
  Basle: ['Basel', 'CH'],
  Kiev: ['Kyiv', 'UA'],
  Kharkov: ['Kharkiv', 'UA'],
  Lvov: ['Lviv', 'UA'],
  Lugansk: ['Luhansk', 'UA'],
  Washington: ['Washington, D.C.', 'US'],
  'Washington, D.C.': ['Washington, D.C.', 'US'],
  'Washington D.C.': ['Washington, D.C.', 'US'],
  'Washington DC': ['Washington, D.C.', 'US'],
  'New York': ['New York City', 'US'],
  Cologne: ['Köln', 'DE'],
  Nuremberg: ['Nürnberg', 'DE'],
  Hanover: ['Hannover', 'DE'],
  Frankfurt: ['Frankfurt am Main', 'DE'],
  Antwerp: ['Antwerpen', 'BE'],
  Bruges: ['Brugge', 'BE'],
  Ghent: ['Gent', 'BE'],
  Seville: ['Sevilla', 'ES'],
  Gothenburg: ['Göteborg', 'SE'],
  Marseilles: ['Marseille', 'FR'],
  Lyons: ['Lyon', 'FR'],
  Oporto: ['Porto', 'PT'],
  Peking: ['Beijing', 'CN'],
  Bombay: ['Mumbai', 'IN'],
  Saigon: ['Ho Chi Minh City', 'VN'],
  Makkah: ['Mecca', 'SA'],
  Astana: ['Nur-Sultan', 'KZ'],
  'Rostov-on-Don': ['Rostov-na-Donu', 'RU'],
  'Nizhny Novgorod': ['Nizhniy Novgorod', 'RU'],
  Raqqa: ['Ar Raqqah', 'SY'],
  Palmyra: ['Tadmur', 'SY'],
  Hama: ['Ḩamāh', 'SY'],
  "Sana'a": ['Sanaa', 'YE'],
};
