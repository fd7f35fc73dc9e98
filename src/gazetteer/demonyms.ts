/**
 * Country adjectives and demonyms ("Swiss", "Russian", "Saudi") with their
 * ISO 3166-1 alpha-2 codes. They qualify places ("the Swiss ski resort of
 * Davos") and people ("the Russian minister"); they never locate an event.
 * General knowledge, not story data: kept to the common forms of most countries.
 */

/** Adjective or demonym (as written, capitalised) → ISO2 country code. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Afghan: 'AF', Albanian: 'AL', Algerian: 'DZ', American: 'US', Andorran: 'AD', Angolan: 'AO', Argentine: 'AR', Argentinian: 'AR',
  Armenian: 'AM', Australian: 'AU', Austrian: 'AT', Azerbaijani: 'AZ', Azeri: 'AZ', Bahraini: 'BH', Bangladeshi: 'BD',
  Belarusian: 'BY', Belgian: 'BE', Beninese: 'BJ', Bhutanese: 'BT', Bolivian: 'BO', Bosnian: 'BA', Brazilian: 'BR', British: 'GB',
  Bulgarian: 'BG', Burmese: 'MM', Burundian: 'BI', Cambodian: 'KH', Cameroonian: 'CM', Canadian: 'CA', Chadian: 'TD', Chilean: 'CL',
  Chinese: 'CN', Colombian: 'CO', Congolese: 'CD', 'Costa Rican': 'CR', Croatian: 'HR', Cuban: 'CU', Cypriot: 'CY', Czech: 'CZ',
  Danish: 'DK', Dominican: 'DO', Dutch: 'NL', Ecuadorian: 'EC', Egyptian: 'EG', Emirati: 'AE', English: 'GB', Eritrean: 'ER',
  Estonian: 'EE', Ethiopian: 'ET', Fijian: 'FJ', Filipino: 'PH', Finnish: 'FI', French: 'FR', Gabonese: 'GA', Gambian: 'GM',
  Georgian: 'GE', German: 'DE', Ghanaian: 'GH', Greek: 'GR', Guatemalan: 'GT', Guinean: 'GN', Haitian: 'HT', Honduran: 'HN',
  Hungarian: 'HU', Icelandic: 'IS', Indian: 'IN', Indonesian: 'ID', Iranian: 'IR', Iraqi: 'IQ', Irish: 'IE', Israeli: 'IL',
  Italian: 'IT', Ivorian: 'CI', Jamaican: 'JM', Japanese: 'JP', Jordanian: 'JO', Kazakh: 'KZ', Kazakhstani: 'KZ', Kenyan: 'KE',
  Korean: 'KR', 'South Korean': 'KR', 'North Korean': 'KP', Kosovar: 'XK', Kuwaiti: 'KW', Kyrgyz: 'KG', Lao: 'LA', Laotian: 'LA',
  Latvian: 'LV', Lebanese: 'LB', Liberian: 'LR', Libyan: 'LY', Lithuanian: 'LT', Luxembourgish: 'LU', Macedonian: 'MK',
  Malagasy: 'MG', Malawian: 'MW', Malaysian: 'MY', Maldivian: 'MV', Malian: 'ML', Maltese: 'MT', Mauritanian: 'MR', Mexican: 'MX',
  Moldovan: 'MD', Mongolian: 'MN', Montenegrin: 'ME', Moroccan: 'MA', Mozambican: 'MZ', Namibian: 'NA', Nepalese: 'NP', Nepali: 'NP',
  'New Zealand': 'NZ', Nicaraguan: 'NI', Nigerian: 'NG', Nigerien: 'NE', Norwegian: 'NO', Omani: 'OM', Pakistani: 'PK',
  Palestinian: 'PS', Panamanian: 'PA', Paraguayan: 'PY', Peruvian: 'PE', Polish: 'PL', Portuguese: 'PT', Qatari: 'QA',
  Romanian: 'RO', Russian: 'RU', Rwandan: 'RW', Salvadoran: 'SV', Saudi: 'SA', 'Saudi Arabian': 'SA', Scottish: 'GB',
  Senegalese: 'SN', Serbian: 'RS', 'Sierra Leonean': 'SL', Singaporean: 'SG', Slovak: 'SK', Slovenian: 'SI', Somali: 'SO',
  'South African': 'ZA', 'South Sudanese': 'SS', Spanish: 'ES', 'Sri Lankan': 'LK', Sudanese: 'SD', Swedish: 'SE', Swiss: 'CH',
  Syrian: 'SY', Taiwanese: 'TW', Tajik: 'TJ', Tanzanian: 'TZ', Thai: 'TH', Tibetan: 'CN', Togolese: 'TG', Tunisian: 'TN',
  Turkish: 'TR', Turkmen: 'TM', Ugandan: 'UG', Ukrainian: 'UA', Uruguayan: 'UY', Uzbek: 'UZ', Venezuelan: 'VE', Vietnamese: 'VN',
  Welsh: 'GB', Yemeni: 'YE', Zambian: 'ZM', Zimbabwean: 'ZW',
};

/** The ISO2 code a demonym names, or undefined. Accepts hyphenated compounds' parts ("Russian-US" → the caller splits). */
export function demonymCountry(word: string): string | undefined {
  return DEMONYMS[word];
}
