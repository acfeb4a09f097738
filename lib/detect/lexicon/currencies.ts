// Currency signs, codes and names as they appear in English-language news: the ISO 4217 codes of
// the most reported currencies, their common symbols (Unicode Currency Symbols block and Latin-1),
// the dollar prefixes used by wire services (`US$`, `A$`, `C$`, `HK$`, `NZ$`, `S$`), and the
// currency names written after an amount (`60 billion dollars`).

/** Symbols written before an amount (`$60 billion`, `€2.5bn`, `£10,000`). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₩', 'KRW'],
  ['₺', 'TRY'],
  ['₴', 'UAH'],
  ['₪', 'ILS'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['฿', 'THB'],
  ['₫', 'VND'],
  ['＄', 'USD'],
  ['￡', 'GBP'],
  ['￥', 'JPY'],
]);

/** Letters written straight before `$` that name which dollar it is (`US$60`). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['nz', 'NZD'],
  ['hk', 'HKD'],
  ['s', 'SGD'],
  ['r', 'BRL'],
  ['mx', 'MXN'],
  ['nt', 'TWD'],
]);

/** ISO 4217 codes written before or after an amount (`USD 5 million`); codes that are English words (`TRY`) are left out. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RMB',
  'INR',
  'RUB',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'HKD',
  'SGD',
  'KRW',
  'UAH',
  'ILS',
  'NGN',
  'ZAR',
  'BRL',
  'MXN',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
]);

/** Currency names written after an amount, singular and plural, with their codes. */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['rouble', 'RUB'],
  ['roubles', 'RUB'],
  ['ruble', 'RUB'],
  ['rubles', 'RUB'],
  ['hryvnia', 'UAH'],
  ['hryvnias', 'UAH'],
  ['shekel', 'ILS'],
  ['shekels', 'ILS'],
  ['franc', 'CHF'],
  ['francs', 'CHF'],
  ['rand', 'ZAR'],
  ['naira', 'NGN'],
  ['lira', 'TRY'],
  ['peso', 'MXN'],
  ['pesos', 'MXN'],
  ['reais', 'BRL'],
  ['krona', 'SEK'],
  ['kronor', 'SEK'],
  ['krone', 'NOK'],
  ['kroner', 'NOK'],
  ['zloty', 'PLN'],
  ['dinar', 'DZD'],
  ['dinars', 'DZD'],
  ['dirham', 'AED'],
  ['dirhams', 'AED'],
  ['riyal', 'SAR'],
  ['riyals', 'SAR'],
]);

/** Abbreviations written capitalised before an amount, with or without a dot (`Rs 500`, `Rs. 20 lakh`). */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['rs', 'INR'],
  ['tk', 'BDT'],
]);
