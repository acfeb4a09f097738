// Which name a speaker phrase stands for. Names take the fullest form the article uses
// (`Berg` → `Anna Berg`, `Times` → `New York Times`, titles already dropped; a surname
// shared by two people means the one introduced first); a role with a definite article
// (`the president`) takes the person the article gave that title; a pronoun takes the most recent
// compatible speaker or sentence subject. An unresolvable pronoun gives null, never a guess.

import type { TextIndex } from './document';
import { classifyName, joinable, runStartingAt, type NameKind } from './names';
import { AGE_ROLE, clauseSubject, type Mention } from './speaker-phrases';
import { CUE_VERBS } from '../lexicon/cues';
import { AUXILIARIES, FINITE_VERB_FORMS, PREPOSITIONS, PRONOUNS, SUBJECT_LEADS } from '../lexicon/grammar';
import { ROLE_NOUNS, TITLE_WORDS, TRADE_NOUNS } from '../lexicon/titles';
import { DOCUMENT_NOUNS, GROUP_NOUNS, ORGANISATION_WORDS } from '../lexicon/groups';
import { hasInflectionalS, looksPlural, withoutPossessive } from '../lexicon/word-class';

interface Entry {
  norms: string[];
  text: string;
  kind: NameKind;
}

interface Titled {
  at: number;
  name: string;
}

type Referent = 'person' | 'thing' | 'group';
type Gender = 'he' | 'she';

/** Courtesy titles and family or role words that tell a person's gender (`Mrs.`, `her husband, X`, `X, his wife`). */
const GENDER_WORDS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'he'],
  ['mr.', 'he'],
  ['mrs', 'she'],
  ['mrs.', 'she'],
  ['ms', 'she'],
  ['ms.', 'she'],
  ['miss', 'she'],
  ['husband', 'he'],
  ['father', 'he'],
  ['son', 'he'],
  ['brother', 'he'],
  ['uncle', 'he'],
  ['grandfather', 'he'],
  ['spokesman', 'he'],
  ['chairman', 'he'],
  ['businessman', 'he'],
  ['king', 'he'],
  ['prince', 'he'],
  ['actor', 'he'],
  ['wife', 'she'],
  ['mother', 'she'],
  ['daughter', 'she'],
  ['sister', 'she'],
  ['aunt', 'she'],
  ['grandmother', 'she'],
  ['spokeswoman', 'she'],
  ['chairwoman', 'she'],
  ['businesswoman', 'she'],
  ['queen', 'she'],
  ['princess', 'she'],
  ['actress', 'she'],
]);

/** Auxiliaries that agree with a singular subject only (`#Wins is trending`). */
const SINGULAR_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);

const endsWith = (long: string[], short: string[]): boolean => short.every((w, i) => long[long.length - short.length + i] === w);
const startsWith = (long: string[], short: string[]): boolean => short.every((w, i) => long[i] === w);

export class SpeakerResolver {
  private readonly byLast = new Map<string, Entry[]>();
  private readonly byFirst = new Map<string, Entry[]>();
  private readonly titled = new Map<string, Titled[]>();
  private readonly people = new Set<string>();
  /** The kind of each name of two words or more, by its display form. */
  private readonly kinds = new Map<string, NameKind>();
  private readonly seen = new Set<string>();
  /** Capitalised words also met inside a sentence: names, not sentence-initial common words (`Children`). */
  private readonly namedMidSentence = new Set<string>();
  private readonly titlesOf = new Map<string, string[]>();
  /** Speakers in the order they spoke, most recent last. */
  private readonly spoken: string[] = [];
  /** The names in `spoken`, for a lookup that does not grow with the article. */
  private readonly spokenNames = new Set<string>();
  private last: Record<Referent, string | null> = { person: null, thing: null, group: null };
  /** `he` or `she` for a person, from a courtesy title, a family role or a pronoun that already meant them. */
  private readonly gender = new Map<string, Gender>();
  /** People a pronoun may mean, most recent last. */
  private readonly recentPeople: string[] = [];
  /** Referents a speaker took in the current sentence: its other names do not displace them. */
  private readonly spokenInSentence = new Set<Referent>();

  constructor(private readonly ix: TextIndex) {
    this.collectNames();
  }

  /** Every capitalised name of the text, once, in order: the forms surnames and roles resolve to. */
  private collectNames(): void {
    const { tokens, sentenceOfToken } = this.ix;
    for (let k = 0; k < tokens.length; k++) {
      if (!this.ix.tok(k).cap) continue;
      if (k > this.ix.sentence(sentenceOfToken[k] ?? -1).firstToken) this.namedMidSentence.add(this.ix.tok(k).norm);
      const high = this.ix.sentence(sentenceOfToken[k] ?? -1).endToken || tokens.length;
      const run = runStartingAt(this.ix, k, high);
      if (!run) continue;
      const norms = tokens.slice(run.nameFirst, run.end).map((t) => t.norm);
      const text = this.display(run.nameFirst, run.end);
      const kind = classifyName(this.ix, run.nameFirst, run.end);
      const hasTitle = run.nameFirst > run.first || (k > 0 && this.ix.tok(k - 1).cap && TITLE_WORDS.has(this.ix.tok(k - 1).norm));
      const key = norms.join(' ');
      // `Britain and South Africa`, `Alibaba Group and Yahoo Japan` are two names; `World Travel and Tourism Council` is one.
      const and = norms.indexOf('and');
      const joined = and >= 0 && (kind !== 'organisation' || norms.slice(0, and).some((w) => ORGANISATION_WORDS.has(w)));
      if (norms.length >= 2 && !joined && !this.seen.has(key)) {
        this.seen.add(key);
        const entry = { norms, text, kind };
        this.kinds.set(text, kind);
        push(this.byLast, norms[norms.length - 1] ?? '', entry);
        push(this.byFirst, norms[0] ?? '', entry);
      }
      if (kind === 'person' || hasTitle) {
        this.people.add(norms.join(' '));
        this.noteGenderAround(run.first, run.end, this.fullName(norms, text));
        let from = run.first;
        while (from > 0 && from > run.first - 3 && !this.ix.tok(from - 1).cap && ROLE_NOUNS.has(this.ix.tok(from - 1).norm) && joinable(this.ix, from - 1)) from--;
        for (let i = from; i < run.nameFirst; i++) {
          const norm = this.ix.tok(i).norm;
          if (TITLE_WORDS.has(norm) || ROLE_NOUNS.has(norm)) {
            const name = this.fullName(norms, text);
            push(this.titled, norm, { at: this.ix.tok(k).start, name });
            push(this.titlesOf, name, norm);
          }
        }
      }
      k = run.end - 1;
    }
  }

  /** `Mrs. Ann Ito`, `her husband, Tom Lee`, `Ann Ito, his wife`: the words around a person's name that tell their gender. */
  private noteGenderAround(first: number, end: number, name: string): void {
    if (this.gender.has(name)) return;
    for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
      const g = GENDER_WORDS.get(this.ix.tok(i).norm);
      if (g) {
        this.gender.set(name, g);
        return;
      }
    }
    if (!/^\s*,/.test(this.ix.text.slice(this.ix.tok(end - 1).end, this.ix.tok(end - 1).end + 2))) return;
    for (let i = end; i < this.ix.tokens.length && i < end + 3; i++) {
      const g = GENDER_WORDS.get(this.ix.tok(i).norm);
      if (g) {
        this.gender.set(name, g);
        return;
      }
    }
  }

  private notePerson(name: string): void {
    this.last.person = name;
    const at = this.recentPeople.lastIndexOf(name);
    if (at >= 0) this.recentPeople.splice(at, 1);
    this.recentPeople.push(name);
    if (this.recentPeople.length > 12) this.recentPeople.shift();
  }

  /** The person who has spoken most so far (the first named on a tie), of the gender wanted if known. */
  private mainPerson(wanted: Gender | null): string | null {
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (const name of this.spoken) {
      if (!this.isPerson(name) || (wanted && this.gender.get(name) && this.gender.get(name) !== wanted)) continue;
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      if (!best || n > (counts.get(best) ?? 0)) best = name;
    }
    return best;
  }

  /** The most recent person `he` or `she` can mean: not one known to be the other. */
  private personFor(pronoun: string): string | null {
    const wanted: Gender | null = pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'he' : pronoun === 'she' || pronoun === 'her' ? 'she' : null;
    if (!wanted) return this.last.person;
    for (let i = this.recentPeople.length - 1; i >= 0; i--) {
      const name = this.recentPeople[i] ?? '';
      const g = this.gender.get(name);
      if (!g || g === wanted) {
        if (!g) this.gender.set(name, wanted);
        return name;
      }
    }
    return null;
  }

  private display(from: number, end: number): string {
    const { text } = this.ix;
    return withoutPossessive(
      text
        .slice(this.ix.tok(from).start, this.ix.tok(end - 1).end)
        .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
        .replace(/\s+/g, ' '),
    );
  }

  /** The fullest form of a name: a longer person's or organisation's name ending with it, else starting with it. */
  private fullName(norms: string[], text: string): string {
    const fuller = (e: Entry): boolean => e.norms.length > norms.length && e.kind !== 'place' && e.kind !== 'single';
    const tail = this.byLast.get(norms[norms.length - 1] ?? '')?.find((e) => fuller(e) && endsWith(e.norms, norms));
    if (tail) return tail.text;
    const head = this.byFirst.get(norms[0] ?? '')?.find((e) => fuller(e) && startsWith(e.norms, norms));
    return head ? head.text : text;
  }

  /** The resolved name of a phrase at `at`, or null when it cannot be known. */
  resolve(m: Mention, at: number): string | null {
    if (m.kind === 'pronoun') {
      const referent = PRONOUNS.get(m.text);
      const near = (referent === 'person' || referent === 'thing') && !this.closesAttribution(m.first) ? this.sameSentenceAntecedent(m.first, referent) : null;
      if (near) return near;
      if (referent === 'person') return this.personFor(m.text);
      if (referent === 'group') return this.last.group ?? this.last.thing;
      if (referent === 'thing') return this.last.thing ?? this.last.group;
      return null;
    }
    if (m.kind === 'group') {
      if (m.role === AGE_ROLE) return this.personFor('') ?? m.text;
      if (m.role) {
        for (let i = this.spoken.length - 1; i >= 0 && i >= this.spoken.length - 40; i--) {
          const name = this.spoken[i] ?? '';
          if (this.titlesOf.get(name)?.includes(m.role)) return name;
        }
        const list = this.titled.get(m.role);
        if (list && list.length) return latestBefore(list, at).name;
        // `the actress said`, `the "Hit Song" singer wrote`: an epithet by trade names the person the story is about.
        // In a dialogue (`Ito replied, "…" The host quipped`) it names the other party, not the one who just spoke.
        if (TRADE_NOUNS.has(m.role)) {
          const main = this.mainPerson(m.role === 'actress' ? 'she' : null);
          const lastSpeaker = this.spoken[this.spoken.length - 1];
          return main && main !== lastSpeaker ? main : m.text;
        }
      }
      return m.text;
    }
    const norms = this.ix.tokens.slice(m.first, m.end).map((t) => t.norm);
    const lastNorm = m.text.toLowerCase().split(/\s+/);
    return this.fullName(lastNorm.length === norms.length ? norms : lastNorm, m.text);
  }

  /** The article names this person with a full name or a title somewhere. */
  isPerson(name: string): boolean {
    return this.people.has(name.toLowerCase());
  }

  /** What a pronoun could later refer back to: this speaker. */
  noteSpeaker(m: Mention, name: string): void {
    const referent = this.referentOf(m, name);
    if (referent === 'person') this.notePerson(name);
    else this.last[referent] = name;
    this.spokenInSentence.add(referent);
    if (this.spoken[this.spoken.length - 1] !== name) this.spoken.push(name);
    this.spokenNames.add(name);
  }

  private referentOf(m: Mention, name: string): Referent {
    if (m.kind === 'pronoun') {
      const r = PRONOUNS.get(m.text);
      return r === 'person' ? 'person' : r === 'group' ? 'group' : 'thing';
    }
    if (m.kind === 'group') return m.role ? 'person' : looksPlural(m.text.toLowerCase()) ? 'group' : 'thing';
    if (m.nameKind === 'organisation' || m.nameKind === 'place') return 'thing';
    // `Meridian`, fuller `Meridian Space Agency Press Service`: an organisation is `it`.
    if (m.nameKind === 'single' && !this.people.has(name.toLowerCase()) && (!name.includes(' ') || this.kinds.get(name) === 'organisation')) return 'thing';
    return 'person';
  }

  /**
   * `…Wyoming will weather it, he added.`: the pronoun is the subject of an attribution after the
   * reported clause, which it governs; a name inside that clause is never the one it means (binding
   * principle C), so its antecedent lies before the sentence.
   */
  private closesAttribution(pronoun: number): boolean {
    if (pronoun === 0 || !/[,\u2014]/.test(this.ix.text.slice(this.ix.tok(pronoun - 1).end, this.ix.tok(pronoun).start))) return false;
    let k = pronoun + 1;
    while (k < this.ix.tokens.length && k <= pronoun + 2 && (this.ix.tok(k).norm === 'also' || this.ix.tok(k).norm === 'later')) k++;
    // After a quotation the names before it stay candidates (`how X put it: "…," he said`); quoted names are skipped anyway.
    if (!CUE_VERBS.has(this.ix.tok(k).norm) || (this.ix.quoteOfToken[pronoun] ?? -1) >= 0 || (this.ix.quoteOfToken[pronoun - 1] ?? -1) >= 0) return false;
    // The cue closes its sentence, but for a short phrase (`he said on Monday.`): `Once X could speak, he
    // offered that …` opens content of its own, and in `X found …, and also, she says, because …` the
    // aside reports only what follows it; in both X may be who the pronoun is.
    const s = this.ix.sentence(this.ix.sentenceOfToken[k] ?? -1);
    if (s.endToken - (k + 1) > 4) return false;
    for (let i = k + 1; i < s.endToken; i++) {
      if (this.ix.tok(i).norm === 'that' || /[,;:\u2014]/.test(this.ix.text.slice(this.ix.tok(i - 1).end, this.ix.tok(i).start))) return false;
    }
    return true;
  }

  /** A name earlier in the pronoun's own sentence (`the New York Times, to justify its call`). */
  private sameSentenceAntecedent(pronoun: number, referent: 'person' | 'thing'): string | null {
    const { tokens, sentenceOfToken } = this.ix;
    const s = this.ix.sentence(sentenceOfToken[pronoun] ?? -1);
    if (s.paragraph < 0) return null;
    let found: string | null = null;
    for (let k = Math.max(s.firstToken, pronoun - 40); k < pronoun; k++) {
      // Names after a cue are the reported content's (`He said that Peru …, and he noted`), not a speaker.
      if (!this.ix.tok(k).cap && CUE_VERBS.has(this.ix.tok(k).norm) && (this.ix.quoteOfToken[k] ?? -1) < 0) break;
      if (!this.ix.tok(k).cap) continue;
      // A name inside a quotation is the quoted speaker's word (`"Eva's the dream," he said`): not who the writer's pronoun means.
      if ((this.ix.quoteOfToken[k] ?? -1) >= 0 && this.ix.quoteOfToken[k] !== this.ix.quoteOfToken[pronoun]) continue;
      const run = runStartingAt(this.ix, k, pronoun);
      if (!run) continue;
      const before = run.first - 1 >= s.firstToken ? this.ix.tok(run.first - 1).norm : '';
      k = run.end - 1;
      if (PREPOSITIONS.has(before) || this.isCredit(run.end)) continue;
      const kind = classifyName(this.ix, run.nameFirst, run.end);
      const name = this.fullName(
        tokens.slice(run.nameFirst, run.end).map((t) => t.norm),
        this.display(run.nameFirst, run.end),
      );
      const personLike =
        kind === 'person' ||
        (kind === 'single' && (this.namedMidSentence.has(this.ix.tok(run.nameFirst).norm) || this.people.has(name.toLowerCase())) && this.subjectPosition(run.first, s.firstToken));
      if (referent === 'thing' ? kind === 'organisation' : personLike && before !== 'the') found = name;
    }
    return found;
  }

  /** A name that can be a clause's subject: first in its sentence, after a comma, a conjunction or a cue. */
  private subjectPosition(first: number, sentenceFirst: number): boolean {
    if (first <= sentenceFirst) return true;
    const before = this.ix.tok(first - 1);
    if (/[,;(\u2014]/.test(this.ix.text.slice(before.end, this.ix.tok(first).start))) return true;
    return SUBJECT_LEADS.has(before.norm) || CUE_VERBS.has(before.norm);
  }

  /** Subjects of a sentence outside quotes become the referents of later pronouns. */
  /** `(Ann Ito/Reuters)`, `Ann Ito / Getty Images`: a photo credit names who took a picture, not who speaks. */
  private isCredit(end: number): boolean {
    return /^\s?\//.test(this.ix.text.slice(this.ix.tok(end - 1).end, this.ix.tok(end - 1).end + 2));
  }

  /** Token k is a capitalised plural inside its sentence (`Zindlers`, not `Jones`) right before a plural auxiliary or a finite verb. */
  private pluralSubject(k: number): boolean {
    const norm = this.ix.tok(k).norm;
    if (!hasInflectionalS(norm) || !this.namedMidSentence.has(norm) || this.people.has(norm)) return false;
    const next = this.ix.tok(k + 1)?.norm ?? '';
    return (AUXILIARIES.has(next) && !SINGULAR_AUXILIARIES.has(next)) || FINITE_VERB_FORMS.has(next);
  }

  /** Tokens [first, end) are names of people joined by `and` (`Ann Ito and Tom Reed`, `Ito and Reed`). */
  private joinsPeople(first: number, end: number): boolean {
    const norms = this.ix.tokens.slice(first, end).map((t) => t.norm);
    const and = norms.indexOf('and');
    if (and <= 0 || and >= norms.length - 1) return false;
    const person = (a: number, b: number): boolean => {
      const name = this.fullName(norms.slice(a, b), this.display(first + a, first + b));
      return this.people.has(name.toLowerCase()) || this.spokenNames.has(name) || classifyName(this.ix, first + a, first + b) === 'person';
    };
    return person(0, and) && person(and + 1, norms.length);
  }

  noteSentence(sentence: number): void {
    const { tokens, quoteOfToken } = this.ix;
    const s = this.ix.sentence(sentence);
    // `The study was published on Monday. Among its findings …`: a document as subject is what `it` means next.
    let documentNear = false;
    for (let k = s.firstToken; k < s.endToken && k < s.firstToken + 8 && !documentNear; k++) documentNear = DOCUMENT_NOUNS.has(this.ix.tok(k).norm);
    const subject = documentNear && !this.spokenInSentence.has('thing') ? clauseSubject(this.ix, s.firstToken, s.endToken) : null;
    if (subject && subject.kind === 'group' && DOCUMENT_NOUNS.has(this.ix.tok(subject.end - 1).norm) && !looksPlural(subject.text)) this.last.thing = subject.text;
    for (let k = s.firstToken; k < s.endToken; k++) {
      if ((quoteOfToken[k] ?? -1) >= 0) continue;
      // `welcomed by campaigners from …`: a plural group that a later `they` may mean.
      const norm = this.ix.tok(k).norm;
      if (looksPlural(norm) && GROUP_NOUNS.has(norm) && !DOCUMENT_NOUNS.has(norm) && !this.spokenInSentence.has('group'))
        this.last.group = this.display(k, k + 1).toLowerCase() === norm ? this.display(k, k + 1) : norm;
      if (!this.ix.tok(k).cap) continue;
      const run = runStartingAt(this.ix, k, s.endToken);
      if (!run) continue;
      const before = run.first - 1 >= s.firstToken ? this.ix.tok(run.first - 1).norm : '';
      k = run.end - 1;
      if (run.end - run.first === 1 && GROUP_NOUNS.has(this.ix.tok(k).norm)) continue;
      // `the Zindlers have proposed …`: a capitalised plural before its verb is a group `they` may mean.
      if (run.end - run.first === 1 && this.pluralSubject(k) && !this.spokenInSentence.has('group')) this.last.group = this.display(k, k + 1);
      const norms = tokens.slice(run.nameFirst, run.end).map((t) => t.norm);
      if (PREPOSITIONS.has(before) || this.isCredit(run.end)) continue;
      if (norms.includes('and')) {
        // `Ann Ito and Tom Reed plotted …. They found …`: people joined as one subject are who `they` next means.
        if (this.subjectPosition(run.first, s.firstToken) && !this.spokenInSentence.has('group') && this.joinsPeople(run.nameFirst, run.end))
          this.last.group = this.display(run.nameFirst, run.end);
        continue;
      }
      const name = this.fullName(norms, this.display(run.nameFirst, run.end));
      const kind = classifyName(this.ix, run.nameFirst, run.end);
      if (kind === 'organisation') {
        if (!this.spokenInSentence.has('thing')) this.last.thing = name;
      } else if (!this.subjectPosition(run.first, s.firstToken) || this.spokenInSentence.has('person')) continue;
      else if (kind === 'person' || run.nameFirst > run.first || this.spokenNames.has(name) || (name.includes(' ') && this.people.has(name.toLowerCase()))) this.notePerson(name);
    }
    this.spokenInSentence.clear();
  }
}

/** The last entry placed before `at` (entries are in text order), else the first. */
function latestBefore(list: readonly Titled[], at: number): Titled | { name: null } {
  let lo = 0;
  let hi = list.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.at ?? at) < at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return list[best] ?? { name: null };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
