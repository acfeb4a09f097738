import type { ClaimValue } from '../model';
import { norm } from './normalize';

// When a predicted speaker or value counts as right (docs/annotation-guide.md section 5), as the
// official scorer decides it.

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'i', 'we', 'you', 'his', 'hers', 'their', 'its']);

const words = (s: string | null | undefined): string[] =>
  norm(s)
    .replace(/[^\p{L}\p{N}' -]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

export interface GoldName {
  speaker: string | null | undefined;
  aliases?: readonly string[];
}

/** The gold name or an alias equals the predicted one, or one contains the other as whole words; a pronoun is never right. */
export function sameSpeaker(predicted: string | null | undefined, gold: GoldName): boolean {
  const p = words(predicted);
  if (!p.length || (p.length === 1 && PRONOUNS.has(p[0] ?? ''))) return false;
  for (const name of [gold.speaker, ...(gold.aliases || [])]) {
    const g = words(name);
    if (!g.length) continue;
    const ps = ` ${p.join(' ')} `;
    const gs = ` ${g.join(' ')} `;
    if (ps === gs || ps.includes(gs) || gs.includes(ps)) return true;
  }
  return false;
}

const close = (a: unknown, b: number): boolean => typeof a === 'number' && Math.abs(a - b) <= Math.abs(b) * 0.005 + 1e-9;

/** Within 0.5% (both ends of a range); null when the gold value is unknown and the value is not scored. */
export function sameValue(predicted: ClaimValue | undefined, gold: ClaimValue | undefined): boolean | null {
  if (gold === null || gold === undefined) return null;
  if (Array.isArray(gold)) return Array.isArray(predicted) && predicted.length === 2 && close(predicted[0], gold[0]) && close(predicted[1], gold[1]);
  return close(Array.isArray(predicted) ? predicted[0] : predicted, gold);
}
