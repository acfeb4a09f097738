// An article's byline ("By Jane Doe and John Smith") as personal names for citations; what does
// not look like a person's name (an agency, "Staff") stays one literal name.

export type PersonName = { family: string; given: string } | { literal: string };

const LOWER_PARTICLES = /^(van|von|der|de|del|della|di|da|du|le|la|bin|ibn|al)$/i;

function personName(name: string): PersonName {
  const words = name.split(' ');
  // Two to four capitalised words, particles aside, read as given names then a family name
  // ("Mary Ann de la Cruz"); anything else is left whole.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised < 2 || capitalised > 4 || !words.every((w) => /^\p{Lu}/u.test(w) || LOWER_PARTICLES.test(w))) return { literal: name };
  let split = words.length - 1;
  while (split > 1 && LOWER_PARTICLES.test(words[split - 1]!)) split--;
  return { given: words.slice(0, split).join(' '), family: words.slice(split).join(' ') };
}

export function bylineNames(byline: string | null): PersonName[] {
  if (!byline) return [];
  return byline
    .replace(/\s+/g, ' ')
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean)
    .map(personName);
}
