// Units that follow a figure in news prose: the percent forms of AP/Reuters/Guardian/Telegraph style
// (`%`, `percent`, `per cent`, `pc`, `percentage points`, `basis points`), and the SI and imperial units
// of length, area, mass, volume, speed, temperature and energy most used in reporting (NIST SP 811
// names and their common abbreviations), plus the magnitude of earthquakes, the sizes of data
// (IEC 80000-13 byte multiples as news writes them: `MB`, `gigabytes`), frequencies (`2.4GHz`, SI
// hertz multiples) and the frame rates of video (`60FPS`).

/** Words after a figure that make it a percentage (value stays as written: `70 percent` → 70). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'pc', 'percentage']);

/** Units of measurement, by the form written in text, mapped to one name per unit. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ['mile', 'miles'], ['miles', 'miles'], ['km', 'km'], ['kilometre', 'km'],
  ['kilometres', 'km'], ['kilometer', 'km'], ['kilometers', 'km'], ['metre', 'm'], ['metres', 'm'],
  ['meter', 'm'], ['meters', 'm'], ['cm', 'cm'], ['centimetre', 'cm'], ['centimetres', 'cm'],
  ['centimeter', 'cm'], ['centimeters', 'cm'], ['mm', 'mm'], ['millimetre', 'mm'], ['millimetres', 'mm'],
  ['millimeter', 'mm'], ['millimeters', 'mm'], ['ft', 'feet'], ['foot', 'feet'], ['feet', 'feet'],
  ['inch', 'inches'], ['inches', 'inches'], ['yard', 'yards'], ['yards', 'yards'],
  ['acre', 'acres'], ['acres', 'acres'], ['hectare', 'hectares'], ['hectares', 'hectares'],
  ['kg', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'],
  ['gram', 'g'], ['grams', 'g'], ['tonne', 'tonnes'], ['tonnes', 'tonnes'], ['ton', 'tons'],
  ['tons', 'tons'], ['lb', 'lb'], ['lbs', 'lb'], ['pound', 'lb'], ['pounds', 'lb'], ['ounce', 'oz'], ['ounces', 'oz'], ['oz', 'oz'],
  ['litre', 'litres'], ['litres', 'litres'], ['liter', 'litres'], ['liters', 'litres'],
  ['gallon', 'gallons'], ['gallons', 'gallons'], ['barrel', 'barrels'], ['barrels', 'barrels'],
  ['mph', 'mph'], ['kph', 'km/h'], ['knots', 'knots'], ['degree', 'degrees'], ['degrees', 'degrees'],
  ['°c', '°C'], ['°f', '°F'], ['celsius', '°C'], ['fahrenheit', '°F'], ['magnitude', 'magnitude'],
  ['kw', 'kW'], ['mw', 'MW'], ['gw', 'GW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'],
  ['megawatt', 'MW'], ['megawatts', 'MW'], ['gigawatt', 'GW'], ['gigawatts', 'GW'],
  ['kb', 'KB'], ['mb', 'MB'], ['gb', 'GB'], ['tb', 'TB'], ['pb', 'PB'], ['kilobytes', 'KB'], ['megabytes', 'MB'],
  ['gigabytes', 'GB'], ['terabytes', 'TB'], ['petabytes', 'PB'], ['bytes', 'bytes'],
  ['hz', 'Hz'], ['khz', 'kHz'], ['mhz', 'MHz'], ['ghz', 'GHz'], ['hertz', 'Hz'], ['kilohertz', 'kHz'], ['megahertz', 'MHz'],
  ['gigahertz', 'GHz'], ['fps', 'fps'],
]);

/** Unit abbreviations glued to digits (`30km`, `5ft`, `100mph`), including one-letter forms too ambiguous
 * to read as separate words. One-letter forms match case exactly (`5g` grams, `5G` a network name). */
export const GLUED_UNITS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['mi', 'miles'], ['cm', 'cm'], ['mm', 'mm'], ['ft', 'feet'], ['kg', 'kg'], ['g', 'g'],
  ['lb', 'lb'], ['lbs', 'lb'], ['oz', 'oz'], ['l', 'litres'], ['mph', 'mph'], ['kph', 'km/h'], ['ha', 'hectares'],
  ['kw', 'kW'], ['mw', 'MW'], ['gw', 'GW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'],
  ['kb', 'KB'], ['mb', 'MB'], ['gb', 'GB'], ['tb', 'TB'], ['C', '°C'], ['F', '°F'],
  ['hz', 'Hz'], ['khz', 'kHz'], ['mhz', 'MHz'], ['ghz', 'GHz'], ['fps', 'fps'],
]);

/** Words before a length unit that make it an area or a volume (`square miles`, `cubic metres`). */
export const AREA_PREFIXES: ReadonlySet<string> = new Set(['square', 'sq', 'cubic']);
