// The article's title, byline and site as the popup shows them: without the page furniture
// extractors pick up with them ("By", "Twitter", "5 Min Read", " - Site Name").

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Words around a byline that are not the author's name. */
const BYLINE_NOISE = [
  /^(?:written |words |reporting |story )?by\b:?\s*/i,
  /\s*\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\b.*$/i,
  /\s*[|·•,]?\s*\b(?:follow(?: on)?|on)?\s*(?:twitter|x\.com|facebook|instagram|linkedin|email|e-mail|bio)\b.*$/i,
  /\s*@\w+.*$/,
  /\s*[|·•]\s*(?:updated|published|posted)\b.*$/i,
  /\s*[|·•,-]+$/,
];

/** The author's name(s) from an extracted byline; null when nothing is left. */
export function cleanByline(byline: string | null): string | null {
  if (!byline) return null;
  let clean = flat(byline);
  for (let previous = ''; previous !== clean;) {
    previous = clean;
    for (const noise of BYLINE_NOISE) clean = clean.replace(noise, '').trim();
  }
  return clean || null;
}

/** The site's host without "www.", or null for an address without one. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) && hostname ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

const comparable = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a title's tail names the site: its name, or its domain with or without the ending. */
function namesSite(tail: string, siteName: string | null, domain: string | null): boolean {
  const t = comparable(tail);
  if (!t) return false;
  if (siteName && comparable(siteName) === t) return true;
  if (!domain) return false;
  const host = comparable(domain);
  const label = comparable(domain.split('.').slice(0, -1).join('.'));
  return t === host || t === label || host.startsWith(t) || (t.length >= 4 && label.endsWith(t));
}

/** The headline without a trailing " - Site Name" (or " | Site", " — Site") that names the site. */
export function cleanTitle(title: string | null, siteName: string | null, domain: string | null): string | null {
  if (!title) return null;
  const clean = flat(title);
  const match = /^(.+?)\s+[-–—|·:]\s+([^-–—|·:]+)$/.exec(clean);
  return match && namesSite(match[2]!, siteName, domain) ? match[1]!.trim() : clean;
}

/** The site as the popup names it: its name with its domain ("Reuters · reuters.com"), or whichever is known. */
export function siteLabel(siteName: string | null, domain: string | null): string | null {
  const name = siteName ? flat(siteName) : '';
  if (name && domain) return comparable(name) === comparable(domain) ? domain : `${name} (${domain})`;
  return name || domain;
}
