import type { NameMention, QuoteType, Span } from '../types';
import { addToList } from '../multimap';
import { startsLower, startsUpper } from '../nlp/chars';
import { genderOfFirstName, genderOfTitle, type Gender } from './gender';
import {
  ABBREVIATIONS,
  CONNECTIVES,
  DELEGATE_ROLES,
  DENIAL_VERBS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FRAMING_VERBS,
  FEMALE_PRONOUNS,
  GOVERNING_PREPOSITIONS,
  LISTENER_VERBS,
  FEMALE_HONORIFICS,
  MALE_HONORIFICS,
  MALE_PRONOUNS,
  MEDIA_HEADS,
  MEDIA_NAMES,
  NAME_PREMODIFIERS,
  OFFICES,
  ORGANISATION_ROLES,
  PASSIVE_MARKERS,
  PERSON_ROLE_HEADS,
  QUOTING_VERBS,
  RELATIVE_WORDS,
  SHARED_SUBJECT_CONJUNCTIONS,
  SLOGAN_NOUNS,
  SOURCE_HEADS,
  SPEECH_NOUNS,
  LIGHT_SPEECH_VERBS,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  UNSPOKEN_INFINITIVE_HEADS,
  VERB_FILLERS,
  WEAK_SPEECH_VERBS,
} from './lexicon';
import {
  isCapitalisedPossessiveName,
  isCapitalisedPossessiveWord,
  isPossessiveCapitalised,
  joinedToCapital,
  LAST_HYPHENATED_WORD,
  LAST_HYPHENATED_WORD_BEFORE_SPACE,
  LAST_WORD_ON_LINE,
  LAST_WORD_WITH_DOTS,
  lastWord,
  leadingWordWithDots,
  lowerAfterSpace,
  namesTwoWords,
  possessiveBeforeWord,
  theRole,
  wordBeforeThat,
} from './phraseShapes';
import type { QuoteSpan } from './spans';
import {
  LetterPattern,
  endsWithStop,
  isCapitalisedWord,
  isCapitalisedWordEnding,
  isLetterOrDigitAt,
  isLowerWord,
  isLowerWordEnding,
  isNumberThenLowerWord,
  isSingleCapital,
  opensCapitalised,
  sentenceEnds,
  skipSpaceForward,
  wordsIn,
  type Word,
} from './words';

// Who said a quotation, from the narration in the sentence around it and, failing that, from
// the quotations and sentences just before it. Every rule prefers no answer to a doubtful one.

/** A speaker as found: a person mention, or the phrase naming an organisation / unnamed source. */
export type Speaker = ({ mention: number; name: string } | { mention: null; name: string }) & {
  /** The words come from a document ("Mr Crosby's statement said"), so a later "It added" is still them. */
  document?: boolean;
};

/** What the narration around a quotation says, before any fallback to context. */
export interface Cues {
  /** A speech verb (or "Name:") directly introduces the quotation: `said: "`, `noted that "`. */
  introduced: boolean;
  /** The sentence names the speaker right after the quotation: `," Biden said`. */
  attributedAfter: boolean;
  /** A speech verb stands within a few words before the quotation, or one attributes it after. */
  speechNear: boolean;
  /** Narration goes on right after the closing mark in the same sentence, in lower case. */
  narrationContinues: boolean;
  /** The quotation opens its sentence (nothing but space or a paragraph start before it). */
  opensSentence: boolean;
  /** The quotation is in the article's headline, where quoted words are fragments of what was said. */
  headline: boolean;
}

type Subject =
  | { kind: 'person'; mention: number; document?: boolean }
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'source'; name: string; at: number }
  | { kind: 'elided' }
  /** A speech verb was found but its subject is nothing we can name: stop looking. */
  | { kind: 'unknown' };

/** Words before a quotation within which a speech verb makes a short quotation partial, not scare. */
const NEAR_VERB_WORDS = 12;
/** Longest subject region considered; longer stretches are too far from their verb to trust. */
const MAX_SUBJECT_WORDS = 30;
/** How far after a quotation an attribution is looked for ("," + subject + verb). */
const MAX_POST_WORDS = 14;

interface Narration {
  pre: Word[];
  post: Word[];
  after: Subject | null;
  /** `lastSpeechVerb(pre)`: classification and attribution both ask. */
  lastVerb: number;
  /** Computed when first needed (classification only needs `after`). */
  before: Subject | null | undefined;
}

/** A clause subject in a pronoun's window: a person named, or a title standing for one ("but the Scot admitted"). */
type WindowSubject = { kind: 'person'; mention: number; at: number } | { kind: 'role'; phrase: string; at: number };
/** An unnamed source speaking in a pronoun's window. */
interface SourceSubject {
  kind: 'source';
  at: number;
  name: string;
}

/** The look-ups `Attributor.remember` keeps the answers of. */
const enum Question {
  /** `findInSubjectPosition(name start, sentence start)`. */
  SubjectPosition,
  /** `findOpensContrast(name start, sentence start)`. */
  OpensContrast,
  /** `findSpeechVerbFollows(name end, relative ? 1 : 0)`. */
  SpeechVerbFollows,
}

interface Context {
  paragraph: number;
  /** Start of the narration before the quotation in its sentence. */
  preStart: number;
  /** The narration before starts right after the previous quotation, in the same sentence. */
  preAfterQuote: boolean;
  /** End of the narration after the quotation in its sentence. */
  postEnd: number;
}

export class Attributor {
  private readonly persons: number[];
  private personStarts: number[];
  private readonly genders = new Map<number, Gender>();
  private readonly paragraphOf: number[];
  private readonly contexts: Context[];
  /**
   * Narration sentence ends of each paragraph (see `sentenceEnds`), found when first asked for: attribution reads
   * only the paragraphs around quotations. (Paragraphs are as `paragraphSpans` splits them: in text order, apart,
   * so a paragraph's ends lie in (its start, its end] and before the next paragraph.)
   */
  private readonly paragraphEnds: Array<number[] | null>;

  constructor(
    private readonly text: string,
    private readonly paragraphs: Span[],
    private readonly quotes: QuoteSpan[],
    private readonly names: NameMention[],
    /** The article's title line when it opens the body, where quotes are headline fragments. */
    private readonly headline: Span | null = null,
  ) {
    this.persons = [];
    this.personStarts = [];
    let inOrder = true;
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      // A "person" that is a role word ("the Scot") is a description, resolved as one.
      // (Not a surname of someone named in full: "Ms King" after "Oona King", "Mr Major" after "John Major".)
      if (n.kind !== 'person' || (isRoleNotName(n.text) && !n.fullName.endsWith(` ${n.text}`)) || NOT_A_PERSON_END.test(n.text) || this.isDescription(n)) continue;
      if (this.personStarts.length > 0 && n.start < this.personStarts[this.personStarts.length - 1]) inOrder = false;
      this.persons.push(i);
      this.personStarts.push(n.start);
    }
    // (Recognition returns names in text order; others may not.)
    if (!inOrder) {
      this.persons.sort((a, b) => names[a].start - names[b].start);
      this.personStarts = this.persons.map((i) => names[i].start);
    }
    this.paragraphEnds = paragraphs.map(() => null);
    this.paragraphOf = this.assignParagraphs();
    this.contexts = quotes.map((q, i) => this.contextOf(q, i));
  }

  /** "the 25-year-old Dubliner": a single capitalised word after "the" describes someone, it is no name. */
  private isDescription(m: NameMention): boolean {
    // "consultancy 4Cast": a mention that starts inside a word is no name at all.
    if (isLetterOrDigitAt(this.text, m.start - 1)) return true;
    if (m.text.includes(' ')) return false;
    // ("a Parliamentary lunch": after "a"/"an" only right before a lower-case noun.)
    const before = this.text.slice(Math.max(0, m.start - 30), m.start);
    if (!THE_AND_A_WORD_BEFORE.test(before) && !(/\ban?\s+$/i.test(before) && lowerAfterSpace(this.text, m.end, 3, true))) return false;
    // "the Oscar-nominated Owen" after "British actor Clive Owen": a surname of someone named in full is still a name.
    return !this.names.some((n) => n.local === m.local && n.kind === 'person' && n.text.includes(' ') && n.text.endsWith(` ${m.text}`));
  }

  // ---- context -------------------------------------------------------------------------

  private assignParagraphs(): number[] {
    const result: number[] = [];
    let p = 0;
    for (const q of this.quotes) {
      while (p < this.paragraphs.length - 1 && this.paragraphs[p].end <= q.start) p++;
      result.push(p);
    }
    return result;
  }

  private contextOf(q: QuoteSpan, i: number): Context {
    const paragraph = this.paragraphOf[i];
    const para = this.paragraphs[paragraph] ?? { start: 0, end: this.text.length };
    const prev = i > 0 ? this.quotes[i - 1] : undefined;
    let preStart = Math.max(para.start, q.start - 500);
    let preAfterQuote = false;
    if (prev && prev.end > preStart && prev.end <= q.start) {
      preStart = prev.end;
      preAfterQuote = !endsWithStop(this.text, prev.innerStart, prev.innerEnd);
    }
    const lastEnd = this.lastEndBetween(preStart, q.start);
    if (lastEnd >= 0) {
      preStart = lastEnd;
      preAfterQuote = false;
    }
    // The narration after runs to the sentence end, the next quotation, or the paragraph end.
    let last = paragraph;
    while (last + 1 < this.paragraphs.length && this.paragraphs[last].end < q.end) last++;
    const lastParaEnd = this.paragraphs[last]?.end ?? para.end;
    let postEnd = Math.min(lastParaEnd, q.end + 400);
    const next = this.quotes[i + 1];
    if (next && next.start < postEnd) postEnd = next.start;
    const firstEnd = this.firstEndBetween(q.end, postEnd);
    if (firstEnd >= 0) postEnd = firstEnd;
    // A quotation that ends its own sentence (`…are.” The sanctions…`) has no narration after it.
    if (endsWithStop(this.text, q.innerStart, q.innerEnd)) {
      const following = skipSpaceForward(this.text, q.end, postEnd);
      if (following < postEnd && startsUpper(this.text.slice(following, Math.min(following + 2, postEnd)))) postEnd = q.end;
    }
    return { paragraph, preStart, preAfterQuote, postEnd };
  }

  /** Sentence ends in (start, end]. */
  private endsBetween(start: number, end: number): number[] {
    const found: number[] = [];
    for (let p = this.firstParagraphEndingAfter(start); p < this.paragraphs.length && this.paragraphs[p].start < end; p++) {
      const ends = this.endsOfParagraph(p);
      for (let k = 0; k < ends.length; k++) if (ends[k] > start && ends[k] <= end) found.push(ends[k]);
    }
    return found;
  }

  /** The first sentence end in (start, end], or -1. */
  private firstEndBetween(start: number, end: number): number {
    for (let p = this.firstParagraphEndingAfter(start); p < this.paragraphs.length && this.paragraphs[p].start < end; p++) {
      const ends = this.endsOfParagraph(p);
      for (let k = 0; k < ends.length; k++) if (ends[k] > start && ends[k] <= end) return ends[k];
    }
    return -1;
  }

  /** The end of the sentence running on from `start`: the first sentence end in (start, end], else `end`. */
  private sentenceEndOr(start: number, end: number): number {
    const first = this.firstEndBetween(start, end);
    return first >= 0 ? first : end;
  }

  /** The last sentence end in (start, end], or -1. */
  private lastEndBetween(start: number, end: number): number {
    let last = -1;
    for (let p = this.firstParagraphEndingAfter(start); p < this.paragraphs.length && this.paragraphs[p].start < end; p++) {
      const ends = this.endsOfParagraph(p);
      for (let k = 0; k < ends.length && ends[k] <= end; k++) if (ends[k] > start) last = ends[k];
    }
    return last;
  }

  private endsOfParagraph(p: number): number[] {
    let ends = this.paragraphEnds[p];
    if (ends === null) this.paragraphEnds[p] = ends = sentenceEnds(this.text, this.paragraphs[p].start, this.paragraphs[p].end);
    return ends;
  }

  private firstParagraphEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.paragraphs[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // ---- public ----------------------------------------------------------------------------

  private readonly narration = new Map<number, Narration>();
  /** Types of the quotations attributed so far (set by `speaker`). */
  private typesSoFar: QuoteType[] = [];
  /** Per person mention: -2 not a clause subject; -1 a subject naming nobody; else the mention it is about. */
  private readonly subjectHeads = new Map<number, number>();

  /** The narration before and after quotation i in its sentence, and the subjects it names. */
  private around(i: number): Narration {
    let words = this.narration.get(i);
    if (!words) {
      const q = this.quotes[i];
      const ctx = this.contexts[i];
      const pre = wordsIn(this.text, ctx.preStart, q.start);
      const post = wordsIn(this.text, q.end, ctx.postEnd);
      words = { pre, post, after: this.afterSubject(post), lastVerb: this.lastSpeechVerb(pre), before: undefined };
      this.narration.set(i, words);
    }
    return words;
  }

  inHeadline(i: number): boolean {
    return this.headline !== null && this.quotes[i].start >= this.headline.start && this.quotes[i].end <= this.headline.end;
  }

  /** Cues for classification, from the narration in the quotation's own sentence. */
  cues(i: number): Cues {
    const q = this.quotes[i];
    const ctx = this.contexts[i];
    const { pre, post, lastVerb } = this.around(i);
    const introduced = this.introduces(pre, lastVerb) || this.colonName(pre) !== null;
    const attributedAfter = this.around(i).after !== null;
    const speechNear = attributedAfter || this.speechNear(pre, post);
    const firstPost = post.find((w) => !w.punct);
    const narrationContinues = !attributedAfter && !!firstPost && startsLower(firstPost.text) && !/^\s*[,;:]/.test(this.text.slice(q.end, q.end + 8));
    const opensSentence = skipSpaceForward(this.text, ctx.preStart, q.start) === q.start;
    return { introduced, attributedAfter, speechNear, narrationContinues, opensSentence, headline: this.inHeadline(i) };
  }

  /**
   * Speech is reported near a quotation: a speech verb used actively or a speech noun among the last words
   * before it, "according to" either side, or a speech verb later in its sentence. (Apart from `cues`, which
   * runs once a quotation, so that only these loops are optimised.)
   */
  private speechNear(pre: Word[], post: Word[]): boolean {
    const words = pre.filter((w) => !w.punct);
    for (let k = Math.max(0, words.length - NEAR_VERB_WORDS); k < words.length; k++) {
      if ((SPEECH_VERBS.has(words[k].lower) && !this.isPassive(words, k)) || SPEECH_NOUNS.has(words[k].lower)) return true;
    }
    if (pre.some((w, k) => w.lower === 'according' && pre[k + 1]?.lower === 'to')) return true;
    if (post.some((w, k) => w.lower === 'according' && post[k + 1]?.lower === 'to')) return true;
    // "complaints are "aggressively pursued" by US TV watchdogs, said PBS' Jacoba Atlas": a speech verb later in the sentence reports the words too.
    return post.some((w, k) => SPEECH_VERBS.has(w.lower) && !this.isPassive(post, k) && !LISTENER_VERBS.has(w.lower));
  }

  /**
   * The speaker of quotation i, given the speakers already found for the quotations before it
   * (for "he said" and for quotations that continue the previous speaker's).
   */
  speaker(i: number, earlier: Array<Speaker | null>, earlierTypes: QuoteType[] = []): Speaker | null {
    // A slogan quoted in the previous sentence's tail ("said Ivan Kulakov, ... a firm that has the motto "…". "It would
    // be a shame"") is nobody's words: the quotation goes on from the speaker before it.
    if (i > 1 && this.isSlogan(i - 1)) {
      earlier = earlier.slice();
      earlier[i - 1] = earlier[i - 2];
    }
    const q = this.quotes[i];
    const ctx = this.contexts[i];
    const { pre, post } = this.around(i);
    const prevSpeaker = i > 0 ? earlier[i - 1] : null;
    const sameSentenceAsPrev = ctx.preAfterQuote;
    this.typesSoFar = earlierTypes;

    const narration = this.around(i);
    // Not a cue for the type: "… "vital step" in renewing the process, Mr Straw said" is still woven into narration.
    // Not over a speech verb before it: in "The barrister ... had said the rules were "weighted ..." ..., said Mr Clarke" the words are the barrister's.
    const after = narration.after ?? (narration.lastVerb < 0 ? this.sentenceEndAttribution(post) : null);
    // A quoted fragment woven into a clause belongs to that clause's speaker ("Medinsky called the
    // talks “a constructive step”, the New York Times reported"); a full quotation to the one named after it.
    // (The subject before is found only when asked: a full quotation mostly has its speaker from the one after.)
    const innerStart = skipSpaceForward(this.text, q.innerStart, q.innerEnd);
    const fragment = !opensCapitalised(this.text, innerStart, q.innerEnd);
    const embedded = fragment && this.subjectBefore(narration) !== null;
    if (this.isSlogan(i)) return null;
    const qualifier = fragment ? this.attributiveOwner(pre) : undefined;
    if (qualifier) return qualifier;
    if (embedded) {
      const owner = this.fragmentOwner(pre);
      if (owner !== undefined) return owner;
    }
    const first = embedded ? this.subjectBefore(narration) : after;
    if (first) {
      const resolved = this.resolve(first, i, q.start, prevSpeaker, sameSentenceAsPrev, pre);
      if (resolved !== undefined) return resolved;
    }
    const second = embedded ? after : this.subjectBefore(narration);
    if (second) {
      const resolved = this.resolve(second, i, q.start, prevSpeaker, sameSentenceAsPrev, pre);
      if (resolved !== undefined) return resolved;
    }
    const colon = this.colonName(pre);
    if (colon !== null) return { mention: colon, name: this.names[colon].text };
    const colonSubject = this.colonClauseSubject(pre);
    if (colonSubject) {
      const resolved = this.resolve(colonSubject, i, q.start, prevSpeaker, sameSentenceAsPrev, pre);
      if (resolved !== undefined) return resolved;
    }
    // A headline's quoted words are the speaker's only where the body says whose they are
    // ("Kuznetsova 'failed a drugs test'" quotes a minister): see `headlineSpeakers`.
    if (this.inHeadline(i)) return null;
    if (fragment) {
      const subject = this.participleClauseSubject(pre, post);
      if (subject !== null) return { mention: subject, name: this.names[subject].text };
    }
    if (sameSentenceAsPrev) return prevSpeaker;
    // (A stray ':' before a paragraph's quotation is an interview's layout, not narration.)
    const lead = this.text.slice(ctx.preStart, q.start).trim();
    if (lead !== '') return lead === ':' ? this.narrator() : null;
    return this.continuation(i, earlier, earlierTypes) ?? this.narrator();
  }

  /** The subject of the speech verb before the quotation (`beforeSubject`), found once. */
  private subjectBefore(narration: Narration): Subject | null {
    if (narration.before === undefined) narration.before = this.beforeSubject(narration.pre, false, narration.lastVerb);
    return narration.before;
  }

  private narratorFound: Speaker | null | undefined;

  /**
   * "Rob Partridge - Marley's former head of press at Island Records - remembers the man behind the legend.
   * ¶ : "I joined Island Records in 1977 ..."": a piece told by one person, introduced at its top as remembering,
   * in which no quotation is attributed to anyone, is all that person's words.
   */
  private narrator(): Speaker | null {
    if (this.narratorFound === undefined) this.narratorFound = this.findNarrator();
    return this.narratorFound;
  }

  private findNarrator(): Speaker | null {
    if (this.quotes.length < 3) return null;
    const first = this.headline ? 1 : 0;
    const intro = this.paragraphs.slice(first, first + 2);
    if (intro.length === 0) return null;
    let narrator: number | null = null;
    for (let k = this.firstPersonAtOrAfter(intro[0].start); k < this.persons.length; k++) {
      const m = this.names[this.persons[k]];
      if (m.start >= intro[intro.length - 1].end) break;
      if (this.insideQuote(m.start) || !m.text.includes(' ') || !this.inSubjectPosition(m.start, this.sentenceStartBefore(m.start))) continue;
      if (RECOUNTING.test(this.text.slice(m.end, m.end + 120))) {
        narrator = this.persons[k];
        break;
      }
    }
    if (narrator === null) return null;
    for (let j = 0; j < this.quotes.length; j++) {
      if (this.inHeadline(j)) continue;
      const { after, lastVerb } = this.around(j);
      if (after !== null || lastVerb >= 0) return null;
    }
    return { mention: narrator, name: this.names[narrator].text };
  }

  /**
   * "Tory leader Michael Howard sent Mr Bush his "warmest congratulations", saying: …": a speech
   * participle after the fragment hangs on the sentence's clause, whose subject is the person leading it.
   */
  private participleClauseSubject(pre: Word[], post: Word[]): number | null {
    if (post[0]?.text !== ',' || !post[1] || !SPEECH_VERBS.has(post[1].lower) || !post[1].lower.endsWith('ing') || LISTENER_VERBS.has(post[1].lower)) return null;
    if (pre.length === 0 || this.lastSpeechVerb(pre) >= 0) return null;
    const person = this.eligiblePerson(pre, pre[0].start);
    if (person === null || !this.personLeadsClause(pre)) return null;
    // Another clause with its own subject between the name and the fragment: not the name's.
    const rest = pre.filter((w) => w.start >= this.names[person].end);
    if (rest.some((w) => w.punct && w.text !== '.' || SUBJECT_PRONOUNS.has(w.lower) || RELATIVE_WORDS.has(w.lower) || SUBORDINATORS.has(w.lower) || CONTRAST_WORDS.has(w.lower))) return null;
    return person;
  }

  /** "a mining firm that has the motto "Bringing Russia's Gold to Market"": a motto or slogan is nobody's speech here. */
  private isSlogan(i: number): boolean {
    const pre = this.around(i).pre;
    const last = pre[pre.length - 1];
    if (!last) return false;
    if (SLOGAN_NOUNS.has(last.lower)) return true;
    // "between the cries of "impossible to regulate" and "just apply offline laws online"", "wore London's bid slogan, "Back the Bid",".
    if ((last.lower === 'of' || last.text === ',' || last.text === ':') && pre.length > 1 && SLOGAN_NOUNS.has(pre[pre.length - 2].lower)) return true;
    return i > 0 && this.contexts[i].preAfterQuote && pre.length === 1 && (last.lower === 'and' || last.lower === 'or') && this.isSlogan(i - 1);
  }

  /**
   * A fragment in a clause that reports someone else's words, not the sentence subject's:
   * "a claim by Peter Hain that the Tory leader is an 'attack mongrel'" is Hain's; "Mr Howard
   * denied he had been 'playing politics'" quotes his accusers (nobody named). `undefined`: no such clause.
   */
  private fragmentOwner(pre: Word[]): Speaker | null | undefined {
    for (let k = pre.length - 1; k >= 0; k--) {
      const w = pre[k];
      if (DENIAL_VERBS.has(w.lower)) return null;
      if (SPEECH_VERBS.has(w.lower) && !this.isPassive(pre, k) && !(k > 0 && DETERMINERS.has(pre[k - 1].lower))) return undefined;
      if (SPEECH_NOUNS.has(w.lower) && pre[k + 1]?.lower === 'by' && pre[k + 2]) {
        const person = this.personStartingAt(pre[k + 2].start, pre[k + 3]?.start ?? -1);
        if (person !== null) return { mention: person, name: this.names[person].text };
      }
    }
    return undefined;
  }

  /**
   * "the Peter Hain "mongrel" attack": a fragment right after a name that qualifies a noun is that
   * person's word. (Not after a possessive: in "his character Ali G's "horrible" brand" the word is the critic's.)
   */
  private attributiveOwner(pre: Word[]): Speaker | undefined {
    const last = pre[pre.length - 1];
    if (!last || last.punct) return undefined;
    const person = this.personEndingAt(last.end);
    if (person === null) return undefined;
    const start = this.names[person].start;
    const before = pre.filter((w) => w.end <= start).pop();
    return before && ARTICLES.has(before.lower) ? { mention: person, name: this.names[person].text } : undefined;
  }

  // ---- subjects --------------------------------------------------------------------------

  /**
   * Resolves a subject to a speaker. `undefined` means this subject gave no answer and the next
   * cue may be tried; `null` means the cue was clear but its referent is unknown (stop there).
   */
  private resolve(subject: Subject, i: number, at: number, prev: Speaker | null, sameSentenceAsPrev: boolean, pre: Word[]): Speaker | null | undefined {
    switch (subject.kind) {
      case 'person':
        return { mention: subject.mention, name: this.names[subject.mention].text, document: subject.document };
      case 'source': {
        const person = this.resolveRole(subject.name, subject.at, prev);
        return person !== null ? { mention: person, name: this.names[person].text } : { mention: null, name: subject.name };
      }
      case 'unknown':
        return null;
      case 'pronoun':
        return this.resolvePronoun(subject.word, subject.at, i, prev);
      case 'elided': {
        // "..., Kirby said at a briefing, but added that “…”": the subject of the earlier verb.
        const earlier = this.beforeSubject(pre, true);
        if (earlier && earlier.kind !== 'elided') return this.resolve(earlier, i, at, prev, sameSentenceAsPrev, pre);
        return sameSentenceAsPrev ? prev : this.subjectOfSentenceBefore(pre, i, prev);
      }
    }
  }

  /**
   * `Ms Jowell insisted: "…" And continued:`, "Mr Blair told BBC News he had not yet read the report. But told BBC News:": a
   * sentence opened by a conjunction whose speech verb has no subject goes on with the sentence before: its quotation's
   * speaker, else its subject when a person. `undefined` when the sentence does not open so.
   */
  private subjectOfSentenceBefore(pre: Word[], i: number, prev: Speaker | null): Speaker | null | undefined {
    const opener = pre[0];
    if (!opener || !SHARED_SUBJECT_CONJUNCTIONS.has(opener.lower) || this.sentenceStartBefore(opener.start + 1) !== opener.start) return undefined;
    const ends = this.endsBetween(Math.max(0, opener.start - 400), opener.start);
    if (ends.length === 0) return undefined;
    const before = ends.length > 1 ? ends[ends.length - 2] : this.sentenceStartBefore(ends[0] - 1);
    const prevQuote = i > 0 ? this.quotes[i - 1] : undefined;
    if (prevQuote && prevQuote.end > before && prevQuote.end <= opener.start) return prev ?? undefined;
    const subjects = this.subjectsBetween(before, opener.start);
    const last = subjects[subjects.length - 1];
    return last && last.kind === 'person' ? { mention: last.mention, name: this.names[last.mention].text } : undefined;
  }

  /** The subject of the speech verb that introduces or frames the quotation from before it. */
  private beforeSubject(pre: Word[], skipLastVerb = false, lastVerb = this.lastSpeechVerb(pre)): Subject | null {
    // "was described by Jobs as": a passive speech verb names its speaker after "by".
    for (let k = pre.length - 2; k > 0 && !skipLastVerb; k--) {
      if (pre[k + 1].lower !== 'by' || !SPEECH_VERBS.has(pre[k].lower) || !this.isPassive(pre, k)) continue;
      const agent = this.personStartingAt(pre[k + 2]?.start ?? -1, pre[k + 3]?.start ?? -1);
      if (agent !== null) return { kind: 'person', mention: agent };
      break;
    }
    let verb = lastVerb;
    if (verb >= 0 && skipLastVerb) verb = this.lastSpeechVerb(pre.slice(0, verb));
    if (verb < 0) return null;
    const w = pre[verb];
    // "led 12 viewers to complain he was": the object of the verb before "to" is who speaks.
    if (pre[verb - 1]?.lower === 'to') {
      const control = findLastIndex(pre.slice(Math.max(0, verb - 8), verb - 1), (x) => OBJECT_CONTROL_VERBS.has(x.lower));
      if (control >= 0) {
        const object = pre.slice(Math.max(0, verb - 8) + control + 1, verb - 1);
        // Only a cause makes the object speak; "urged the chancellor to admit" is what the urger wants said.
        const caused = CAUSING_VERBS.has(pre[Math.max(0, verb - 8) + control].lower);
        if (object.length > 0 && !object.some((x) => x.punct)) return (caused ? this.objectSubject(object) : null) ?? { kind: 'unknown' };
      }
    }
    // "He went on to say:", "Mr Smith wanted to say": the subject of the verb before "to" speaks.
    if (pre[verb - 1]?.lower === 'to' && verb >= 3) {
      const head = pre[verb - 2].lower === 'on' || pre[verb - 2].lower === 'up' ? verb - 3 : verb - 2;
      if (isLowerWord(pre[head]?.text ?? '') && !VERB_FILLERS.has(pre[head].lower) && !GOVERNING_PREPOSITIONS.has(pre[head].lower)) {
        const subject = this.subjectIn(pre.slice(0, head), false);
        if (subject && (subject.kind === 'pronoun' || subject.kind === 'person')) return subject;
      }
    }
    // "AP quoted prosecutor Russell McGuire as saying": the object of "quoted" is the speaker.
    if (w.lower === 'saying' && pre[verb - 1]?.lower === 'as') {
      const quoting = pre.findIndex((x, k) => k < verb && QUOTING_VERBS.has(x.lower));
      if (quoting >= 0) return this.objectSubject(pre.slice(quoting + 1, verb - 1));
    }
    // "Mr Brown is alleged to have told": the subject stands before "is alleged".
    let v = verb - 1;
    if (pre[v]?.lower === 'have') v--;
    if (pre[v]?.lower === 'to' && pre[v - 1] && /ed$|said|thought/.test(pre[v - 1].lower) && PASSIVE_MARKERS.has(pre[v - 2]?.lower ?? '')) {
      return this.subjectIn(pre.slice(0, v - 2), false);
    }
    // "The ministers' comments, said Junya Tanase of JPMorgan, were": the name after the verb.
    if (pre[verb - 1]?.text === ',' && INVERTING_VERBS.has(w.lower)) {
      const after = this.objectSubject(pre.slice(verb + 1));
      // Only a name right after the verb: "said Junya Tanase", not "insists the Blues ... sack Mutu";
      // and not one the quotation goes on ("Gustavo Parente Sanchez, says Juninho "does not wish"": his clause's subject).
      if (after && after.kind === 'person' && !/^\s*["“‘']/.test(this.text.slice(this.names[after.mention].end, this.names[after.mention].end + 3))) {
        const between = pre.slice(verb + 1).filter((x) => x.end <= this.names[after.mention].start);
        // Not a name that heads a reported clause: ", said Mr Ahern had been "very committed"".
        const next = wordsIn(this.text, this.names[after.mention].end, Math.min(this.text.length, this.names[after.mention].end + 20))[0];
        if (between.every(isTitleLike) && !(next && (AUXILIARIES.has(next.lower) || VERB_FILLERS.has(next.lower)))) return after;
      }
    }
    // "Rooney, who believes": the relative pronoun stands for the name before the comma.
    if (pre[verb - 1]?.lower === 'who' && pre[verb - 2]?.text === ',' && pre[verb - 3]) {
      const antecedent = this.personEndingAt(pre[verb - 3].end);
      if (antecedent !== null) return { kind: 'person', mention: antecedent };
    }
    let previousVerb = this.lastSpeechVerb(pre.slice(0, verb));
    // "Mr Mubanga, who insists he does not feel bitter, said:": a speech verb inside a relative
    // clause that closes with the comma before the verb is the clause's, not the sentence's.
    if (previousVerb >= 0 && pre[verb - 1]?.text === ',') {
      const relative = findLastIndex(pre.slice(0, previousVerb), (x) => x.lower === 'who' || x.lower === 'whose');
      if (relative > 0 && pre[relative - 1].text === ',' && !pre.slice(relative, verb - 1).some((x) => x.punct)) {
        previousVerb = this.lastSpeechVerb(pre.slice(0, relative));
      }
    }
    const asked = previousVerb >= 0 ? this.subjectAfterQuestion(pre, previousVerb, verb) : undefined;
    if (asked !== undefined) return asked;
    // "Kennedy said Harry was in a privileged position and said he should": a repeated verb after
    // "and" shares the first verb's subject, not that of the clause reported in between.
    // ("Mr Sullivan said his former boss knew more ... and described him as": a framing verb whose object pronoun is that
    // clause's subject is the first verb's subject's too.)
    if (previousVerb >= 0 && pre[verb - 1]?.lower === 'and' && (pre[previousVerb].lower === w.lower || w.lower === 'added' ||
      (FRAMING_VERBS.has(w.lower) && /^(?:him|her)$/.test(pre[verb + 1]?.lower ?? '')))) {
      return this.beforeSubject(pre.slice(0, previousVerb + 1));
    }
    // "with leader Charles Kennedy saying his party was": the name after "with" is the participle's own subject.
    if (w.lower.endsWith('ing') && verb > 0) {
      const own = this.withSubject(pre, verb);
      if (own !== null) return { kind: 'person', mention: own };
    }
    // A participle ("…, saying that") or a verb after "and"/"but" shares the clause's subject.
    if (w.lower.endsWith('ing') && !QUOTING_VERBS.has(w.lower)) {
      if (previousVerb >= 0) return this.beforeSubject(pre.slice(0, previousVerb + 1));
      return this.subjectIn(pre.slice(0, verb), true);
    }
    const from = previousVerb >= 0 ? previousVerb + 1 : 0;
    return this.subjectIn(pre.slice(from, verb), false);
  }

  /** "with Rovers boss Mark Hughes claiming": the person named right before the participle, after "with" and titles only. */
  private withSubject(pre: Word[], verb: number): number | null {
    const person = this.personEndingAt(pre[verb - 1].end);
    if (person === null) return null;
    let k = verb - 1;
    while (k >= 0 && pre[k].end > this.names[person].start) k--;
    while (k >= 0 && isTitleLike(pre[k]) && !pre[k].punct) k--;
    if (pre[k]?.lower !== 'with') return null;
    return this.headOfNamePhrase(person);
  }

  /**
   * "Asked whether she was nervous ... she said:", "The singer did not want to talk ... but when
   * asked whether he would do the same again replied:": the question put to the speaker is no
   * clause with a subject; the speaker is the pronoun before the verb, else the sentence's subject.
   * `undefined`: no such question.
   */
  private subjectAfterQuestion(pre: Word[], askedAt: number, verb: number): Subject | null | undefined {
    const asked = pre[askedAt];
    const before = pre[askedAt - 1];
    if (asked.lower !== 'asked' || !(before === undefined || before.punct || before.lower === 'when' || before.lower === 'if')) return undefined;
    // "Asked about Sir Ian's comments, the prime minister's official spokesman said": a subject of its own follows.
    if (!/^(?:whether|if|why|how|what|who|when|where)$/.test(pre[askedAt + 1]?.lower ?? '') || pre.slice(askedAt, verb).some((w) => w.text === ',')) return undefined;
    const last = pre[verb - 1];
    if (last && (last.lower === 'he' || last.lower === 'she')) return { kind: 'pronoun', word: last.lower, at: last.start };
    if (!last || last.punct) return undefined;
    // "When asked if it would have to be Liverpool if he returned Owen said:": with no comma after the
    // question, a name right before the verb (not governed by a preposition) is the verb's subject.
    const named = this.personEndingAt(last.end);
    if (named !== null) {
      const nameAt = pre.findIndex((w) => w.end > this.names[named].start);
      const head = this.headOfNamePhrase(named);
      return head === null || this.governed(pre, nameAt - 1) ? undefined : { kind: 'person', mention: head };
    }
    // The verb's subject is elided: the one of the clause before "when asked".
    const head = pre.slice(0, before && !before.punct ? askedAt - 1 : askedAt);
    const aux = head.findIndex((w) => AUXILIARIES.has(w.lower) || w.lower === 'did' || w.lower === 'does');
    if (aux <= 0 || aux > 6) return null;
    return this.subjectIn(head.slice(0, aux), false);
  }

  /** The subject named right after the closing mark: `," Biden said`, `," said Clive Smith`. */
  private afterSubject(post: Word[]): Subject | null {
    let k = 0;
    while (k < post.length && post[k].punct && post[k].text !== '.') k++;
    if (k >= post.length) return null;
    const first = post[k];
    if (first.lower === 'according' && post[k + 1]?.lower === 'to') {
      const subject = this.objectSubject(post.slice(k + 2));
      return subject && subject.kind === 'source' && isMedia(subject.name) ? null : subject;
    }
    if (SPEECH_VERBS.has(first.lower) && !LISTENER_VERBS.has(first.lower) && !first.lower.endsWith('ing')) {
      let j = k + 1;
      while (j < post.length && VERB_FILLERS.has(post[j].lower)) j++;
      return this.objectSubject(post.slice(j));
    }
    // '"…," underlined Mr Saldarriaga.': any past-tense verb between the quotation's comma and a
    // name that ends the sentence is its speech verb.
    if (isLowerWordEnding(first.text, 'ed') && /(?:[,?!]\s*["”’']|["”’']\s*,)\s*$/.test(this.text.slice(Math.max(0, first.start - 6), first.start))) {
      const subject = this.objectSubject(post.slice(k + 1));
      if (subject?.kind === 'person' && post.every((w) => w.end <= this.names[subject.mention].end || w.text === '.')) return subject;
    }
    // `"…," AG Edwards' Thayer.`, `"…," Mr Bootle.`: a name alone closing the sentence after the quotation's comma is its speaker (the verb lost).
    if (startsUpper(first.text) && post[post.length - 1]?.text === '.' && post.length - k <= 5 && /[,?!]\s*["”’']\s*$/.test(this.text.slice(Math.max(0, first.start - 6), first.start))) {
      const person = this.eligiblePerson(post.slice(k, -1), first.start);
      if (person !== null && this.names[person].end === post[post.length - 2].end && post.slice(k, -1).every(isTitleLike)) return { kind: 'person', mention: person };
    }
    // `"allies" of Mr Blair and Mr Brown, said`: narration that goes on the noun phrase has no subject.
    // (`speaker` still takes an attribution ending the sentence: see `sentenceEndAttribution`.)
    if (GOVERNING_PREPOSITIONS.has(first.lower) || RELATIVE_WORDS.has(first.lower)) return null;
    // `," Jim Press, vice president and chief operating officer of Toyota's US sales arm, said`: a name and its
    // appositive may run longer before the verb.
    const nameEnd = this.nameEndAt(first.start);
    const named = nameEnd > first.start && post.find((w) => w.start >= nameEnd)?.text === ',';
    const limit = Math.min(post.length, k + (named ? 2 * MAX_POST_WORDS : MAX_POST_WORDS));
    for (let j = k; j < limit; j++) {
      const w = post[j];
      if (w.punct && w.text !== ',' && w.text !== '.' && w.text !== '(' && w.text !== ')') return null;
      // `," Mr Kapor is reported as saying.`, "is understood to have said": the one reported stands before the passive verb.
      if (REPORTED_SPEECH_FRAMES.has(w.lower) && j > k + 1 && (PASSIVE_MARKERS.has(post[j - 1].lower) || PASSIVE_MARKERS.has(post[j - 2].lower)) && REPORTED_AS_SAYING.test(this.text.slice(w.end, w.end + 20))) {
        return this.subjectIn(post.slice(k, j), false) ?? { kind: 'unknown' };
      }
      if (QUOTING_VERBS.has(w.lower) && j > k) {
        // `," he is quoted as saying by Germany's Manager Magazin`: the one quoted stands before the passive verb.
        if (this.isPassive(post, j)) return this.subjectIn(post.slice(k, j), false) ?? { kind: 'unknown' };
        const as = post.findIndex((x, n) => n > j && x.lower === 'as');
        return this.objectSubject(post.slice(j + 1, as > j ? as : undefined)) ?? { kind: 'unknown' };
      }
      if (SPEECH_VERBS.has(w.lower) && j > k && !this.isPassive(post, j) && !w.lower.endsWith('ing')) {
        // `"slowing supply growth" is a certainty, said David Anders at Merrill Lynch`: the name after an inverted verb.
        if (post[j - 1].text === ',' && INVERTING_VERBS.has(w.lower)) {
          const inverted = this.objectSubject(post.slice(j + 1));
          if (inverted?.kind === 'person') return inverted;
        }
        return this.subjectIn(post.slice(k, j), false) ?? { kind: 'unknown' };
      }
    }
    return null;
  }

  /**
   * "... "a 100% effort" to end the violence, Mr Abbas added.": the last comma piece of the sentence
   * is only a subject and its speech verb (or the verb and its subject), and nothing follows but the stop.
   */
  private sentenceEndAttribution(post: Word[]): Subject | null {
    const opening = post.find((w) => !w.punct);
    if (!opening || !(GOVERNING_PREPOSITIONS.has(opening.lower) || RELATIVE_WORDS.has(opening.lower))) return null;
    let end = post.length;
    if (post[end - 1]?.text !== '.') return null;
    end--;
    const comma = findLastIndex(post, (w) => w.text === ',');
    if (comma < 0) return null;
    const piece = post.slice(comma + 1, end);
    if (piece.length < 2 || piece.length > 8 || piece.some((w) => w.punct && w.text !== '.')) return null;
    const first = piece[0];
    if (INVERTING_VERBS.has(first.lower)) {
      const subject = this.objectSubject(piece.slice(1));
      return subject?.kind === 'person' ? subject : null;
    }
    const verb = piece[piece.length - 1];
    if (!SPEECH_VERBS.has(verb.lower) || LISTENER_VERBS.has(verb.lower) || FRAMING_VERBS.has(verb.lower) || verb.lower.endsWith('ing')) return null;
    if (this.isPassive(piece, piece.length - 1)) return null;
    const subject = this.subjectIn(piece.slice(0, -1), false);
    if (subject?.kind === 'pronoun') {
      // "But Mr Blair had been "hurt" by the Iraq controversy, he added": the "he" is not whoever the clause names.
      // Nor, after "Our correspondent said that he understood ...", can it tell that unnamed speaker from anyone named before.
      const from = this.sentenceStartBefore(subject.at);
      if (this.personNamedIn(from, subject.at)) return null;
      let end = from;
      while (end > 0 && /\s/.test(this.text[end - 1])) end--;
      const previous = this.text.slice(end > 1 ? this.sentenceStartBefore(end - 2) : 0, end);
      return UNNAMED_SPEAKER.test(previous) ? null : subject;
    }
    return subject && (subject.kind === 'person' || subject.kind === 'source') ? subject : null;
  }

  /** Index in `words` of the last speech verb used actively, or -1. */
  private lastSpeechVerb(words: Word[]): number {
    for (let k = words.length - 1; k >= 0; k--) {
      const lower = words[k].lower;
      // "Fomin made the announcement to “radically reduce”": the light verb stands for the speech verb.
      if (SPEECH_NOUNS.has(lower) && k >= 2 && DETERMINERS.has(words[k - 1].lower) && LIGHT_SPEECH_VERBS.has(words[k - 2].lower)) return k - 2;
      if (SPEECH_VERBS.has(lower) && this.isActiveSpeechVerb(words, k)) return k;
    }
    return -1;
  }

  /**
   * The speech verb words[k] reports speech, used actively. Apart from `lastSpeechVerb`'s loop over every
   * word: only speech verbs reach these checks, so the loop stays small and cheap to optimise.
   */
  private isActiveSpeechVerb(words: Word[], k: number): boolean {
    const w = words[k];
    if (this.isPassive(words, k)) return false;
    // (Or right after a person's name: "Shadow home secretary David Davis welcomed his "gracious apology"".)
    // (Or framing its object "as" the quoted words: "has dismissed Gordon Brown's Budget as "vote now, pay later"".)
    if (WEAK_SPEECH_VERBS.has(w.lower) && !(k === words.length - 1 || (k === words.length - 2 && words[k + 1].punct)) &&
      !(k > 0 && this.personEndingAt(words[k - 1].end) !== null) && !framesAs(words, k)) return false;
    // "said it was difficult to say how quickly", "declined to say whether": no speech act ("went on to say:" is).
    if (words[k - 1]?.lower === 'to' && UNSPOKEN_INFINITIVE_HEADS.has(words[k - 2]?.lower ?? '')) return false;
    // Nouns that look like verbs: "the report", "a claim", "his comments".
    const before = words[k - 1];
    // "handheld computers called E-slates", "a group called Respect": a thing's name, no speech act.
    // (A noun before it: a plural or one after a determiner, not "has described Africa as"; and its sentence ends before
    // the quotation: "The judges called Guy's My Heart is My Own "an impressive ..."" frames the words.)
    if (NAMING_PARTICIPLES.has(w.lower) && before && isLowerWord(before.text) && !AUXILIARIES.has(before.lower) &&
      (DETERMINERS.has(words[k - 2]?.lower ?? '') || /[^s]s$/.test(before.lower)) && startsUpper(words[k + 1]?.text ?? '') &&
      /^\s*[.!?]/.test(this.text.slice(words[words.length - 1].end, words[words.length - 1].end + 3))) return false;
    if (before && (DETERMINERS.has(before.lower) || /['’]s$/.test(before.text)) && !/(?:ed|s)$/.test(w.lower)) return false;
    if (before && DETERMINERS.has(before.lower) && before.lower !== 'that') return false;
    return true;
  }

  private isPassive(words: Word[], k: number): boolean {
    let j = k - 1;
    while (j >= 0 && VERB_FILLERS.has(words[j].lower) && !PASSIVE_MARKERS.has(words[j].lower)) j--;
    return (j >= 0 && PASSIVE_MARKERS.has(words[j].lower) && /ed$|told|said|thought|felt|spoken$/.test(words[k].lower)) || isReducedRelative(words, k);
  }

  /** The speech verb at `verb` introduces the quotation: nothing but a listener, a phrase and [,:]/that follow it. */
  private introduces(pre: Word[], verb: number): boolean {
    if (verb < 0 || FRAMING_VERBS.has(pre[verb].lower)) return false;
    const tail = pre.slice(verb + 1);
    if (tail.length === 0) return true;
    const last = tail[tail.length - 1];
    if (last.text === ':' || last.lower === 'that') return true;
    if (last.text === ',') return tail.length <= 8;
    return false;
  }

  /**
   * "Mr Dean is confident though: "I think ..."": a short clause with no speech verb, led by a
   * person or "he"/"she", introduces with its colon what that subject says.
   */
  private colonClauseSubject(pre: Word[]): Subject | null {
    if (pre.length < 3 || pre.length > 16 || pre[pre.length - 1].text !== ':' || this.lastSpeechVerb(pre) >= 0) return null;
    // ("is confident though:": a closing "though" is an adverb, no subordinate clause.)
    const words = pre[pre.length - 2].lower === 'though' ? pre.slice(0, -2) : pre.slice(0, -1);
    if (words.some((w) => w.punct && w.text !== ',' || RELATIVE_WORDS.has(w.lower) && w.lower !== 'that')) return null;
    let lead = 0;
    while (lead < words.length && CONNECTIVES.has(words[lead].lower)) lead++;
    const first = words[lead];
    if (first && (first.lower === 'he' || first.lower === 'she')) return { kind: 'pronoun', word: first.lower, at: first.start };
    // "For Henry Reichhold, this is progress:": the person the view is given for.
    if (first && first.lower === 'for' && words[lead + 1]) {
      const person = this.eligiblePerson(words.slice(lead + 1), first.start);
      const comma = words.findIndex((w) => w.text === ',');
      if (person !== null && comma > lead && this.names[person].end === words[comma - 1].end && inSubjectTitles(words.slice(lead + 1, comma), this.names[person].start)) {
        return { kind: 'person', mention: person };
      }
      return null;
    }
    if (!this.personLeadsClause(words.slice(lead))) return null;
    const person = this.eligiblePerson(words.slice(lead), words[lead].start);
    return person === null ? null : { kind: 'person', mention: person };
  }

  /** `Podolyak: “…”` — a person named right before a colon that opens the quotation. */
  private colonName(pre: Word[]): number | null {
    const last = pre[pre.length - 1];
    const before = pre[pre.length - 2];
    if (!last || last.text !== ':' || !before) return null;
    const m = this.personEndingAt(before.end);
    return m;
  }

  /**
   * The subject in a stretch of narration before a verb. Comma-separated pieces are read from the
   * verb backwards; an appositive ("Vladimir Medinsky, the head of the delegation, said") points
   * back to the name before it.
   */
  private subjectIn(words: Word[], preferFirst: boolean): Subject | null {
    let end = words.length;
    // ("Theresa May, said": a capitalised word inside the sentence is a name, not the modal.)
    while (end > 0 && ((words[end - 1].punct && words[end - 1].text !== ')') || (VERB_FILLERS.has(words[end - 1].lower) && !(end > 1 && startsUpper(words[end - 1].text))))) end--;
    if (end === 0) return { kind: 'elided' };
    const commaBeforeVerb = words[end]?.text === ',';
    words = words.slice(0, end);
    const last = words[words.length - 1];
    if (SHARED_SUBJECT_CONJUNCTIONS.has(last.lower)) {
      // "said at a briefing, but added": the earlier subject. "told the magazine that ... when he
      // sported a moustache and asked": another clause's subject stands in between — unknown.
      const between = words.slice(0, -1);
      const opensClause = (ws: Word[]) => ws.some((w) => SUBJECT_PRONOUNS.has(w.lower) || w.lower === 'that' || w.lower === 'when' || w.lower === 'who') ||
        this.personLeadsClause(ws);
      // "He hinted at discontent with the industry, and said:": the pronoun opening the sentence is the subject.
      let lead = 0;
      while (lead < between.length && CONNECTIVES.has(between[lead].lower)) lead++;
      const pronoun = between[lead];
      if (pronoun && (pronoun.lower === 'he' || pronoun.lower === 'she') && !opensClause(between.slice(lead + 1)) && between.length <= 20) {
        return { kind: 'pronoun', word: pronoun.lower, at: pronoun.start };
      }
      // "Mr Strauss doubted whether Rock would make an impact, but added:": after a comma the conjunction joins the
      // main clause, whose subject is the person opening the sentence (only titles before the name).
      // ("Mr Negroponte wants the laptops to become more common than mobile phones but conceded": without the comma
      // only when no other clause opens after the name.)
      const afterComma = between[between.length - 1]?.text === ',';
      if (between.length <= 20) {
        const main = between.slice(lead);
        const person = this.eligiblePerson(main, main[0]?.start ?? 0);
        const rest = person === null ? [] : main.filter((w) => w.start >= this.names[person].end);
        if (person !== null && this.text.slice(this.sentenceStartBefore(between[0].start), between[0].start).trim() === '' && this.personLeadsClause(main) && main.filter((w) => w.end <= this.names[person].start).every((w) => isTitleLike(w) && !w.punct) &&
          lowerAfterSpace(this.text, this.names[person].end, 3, true) &&
          // ("But Dunne is keen to put that period of his life behind him and said:": the name's own auxiliary right after it opens no other clause.)
          (afterComma || !(rest.some((w, k) => w.punct || RELATIVE_WORDS.has(w.lower) || SUBORDINATORS.has(w.lower) || SPEECH_VERBS.has(w.lower) || (AUXILIARIES.has(w.lower) && k > 0)) || opensClause(rest)))) return { kind: 'person', mention: person };
      }
      // "Shortly after collecting a trophy ..., Federer addressed the Houston crowd and concluded by saying": the person
      // opening the last comma piece, after an opening phrase, leads the clause the conjunction goes on.
      const comma = findLastIndex(between, (w) => w.text === ',');
      const piece = between.slice(comma + 1);
      if (comma > 0 && piece.length >= 2 && piece.length <= 12) {
        const person = this.eligiblePerson(piece, piece[0].start);
        const rest = person === null ? [] : piece.filter((w) => w.start >= this.names[person].end);
        if (person !== null && piece.filter((w) => w.end <= this.names[person].start).every((w) => isTitleLike(w) && !w.punct) &&
          rest.length > 0 && startsLower(rest[0].text) && !AUXILIARIES.has(rest[0].lower) && !opensClause(rest) && !rest.some((w) => RELATIVE_WORDS.has(w.lower) || SUBORDINATORS.has(w.lower))) {
          return { kind: 'person', mention: person };
        }
      }
      return opensClause(between) || between.length > 12 ? { kind: 'unknown' } : { kind: 'elided' };
    }
    // A relative clause running on to the verb ("Tory MP Michael Mates, who is a member of ... and
    // was part of the Butler inquiry, told") does not count towards the subject's distance.
    let relativeAt = words.findIndex((w, k) => k > 0 && words[k - 1].text === ',' && (w.lower === 'who' || w.lower === 'whose'));
    // Not when the verb is the relative clause's own ("Princess Marguerite of Romania, ..., who said").
    if (relativeAt === words.length - 1) relativeAt = -1;
    if ((relativeAt > 0 ? words.slice(0, relativeAt) : words).filter((w) => !w.punct).length > MAX_SUBJECT_WORDS) return null;
    if (SUBJECT_PRONOUNS.has(last.lower)) {
      const before = words[words.length - 2];
      if (!before || before.punct || SHARED_SUBJECT_CONJUNCTIONS.has(before.lower) || CONNECTIVES.has(before.lower) || RELATIVE_WORDS.has(before.lower)) {
        return last.lower === 'i' || last.lower === 'we' || last.lower === 'you' ? null : { kind: 'pronoun', word: last.lower, at: last.start };
      }
      // "Laying into the Conservatives' record in government he said:": an opening phrase, with no comma, before the pronoun.
      if ((last.lower === 'he' || last.lower === 'she') && opensWithIntroPhrase(words.slice(0, -1))) return { kind: 'pronoun', word: last.lower, at: last.start };
      // "He challenged the Tories on ... - what he called a "fantasy island"": the same pronoun leads the sentence.
      const lead = words.find((w) => !CONNECTIVES.has(w.lower));
      if (before.lower === 'what' && (last.lower === 'he' || last.lower === 'she') && lead !== undefined && lead.lower === last.lower) {
        return { kind: 'pronoun', word: lead.lower, at: lead.start };
      }
    }
    const document = this.documentOwner(words);
    if (document) return document;
    let segments = splitOnCommas(words);
    // "The actor, whose films include Schindler's List, Michael Collins and Star Wars, said": a
    // relative clause runs on to the verb, so nothing after it is the subject.
    const relative = segments.findIndex((seg) => seg.length > 0 && (seg[0].lower === 'who' || seg[0].lower === 'whose' || seg[0].lower === 'which'));
    // ("Looking to the coming elections, which are all expected to be held on 5 May, Mr Davey said:": after an opening
    // phrase (a participle or a preposition, no subject) the relative clause is the phrase's, and a name closing the
    // last piece, after titles only, is the subject.)
    if (relative === 1 && segments.length > 2 && !preferFirst && (GOVERNING_PREPOSITIONS.has(segments[0][0]?.lower ?? '') || isCapitalisedWordEnding(segments[0][0]?.text ?? '', 'ing'))) {
      const last = segments[segments.length - 1];
      const person = last.length > 0 && last.every((w) => isTitleLike(w) && !w.punct) ? this.eligiblePerson(last, last[0].start) : null;
      if (person !== null && this.names[person].end >= last[last.length - 1].end) return { kind: 'person', mention: person };
    }
    if (relative > 0) segments = segments.slice(0, relative);
    // "Lord Nicholls of Birkenhead, in his ruling, said": an aside between commas that opens with a
    // preposition is no subject, after a plain noun phrase ("This will include what Microsoft, in ...,
    // calls" is a clause). "The book, by journalist Robert Peston, said": "by" names the author.
    if (!preferFirst && commaBeforeVerb && segments.length > 1 && !segments[0].some((w) => VERB_FILLERS.has(w.lower) || RELATIVE_WORDS.has(w.lower) || w.lower === 'what')) {
      // ("E Hayot, writing in the culture blogzine Print Culture, said": so is one opening with a participle.)
      segments = segments.filter((seg, k) => k === 0 || seg.length === 0 || !(GOVERNING_PREPOSITIONS.has(seg[0].lower) || isLowerWordEnding(seg[0].text, 'ing')) || seg[0].lower === 'by');
    }
    // "Alain Terzian, president of the organisers, the Academie des Arts, said": a bare name
    // followed only by appositives is the subject, whatever the appositives name.
    if (!preferFirst) {
      const first = segments.findIndex((seg) => seg.length > 0 && this.eligiblePerson(seg, words[0].start) !== null);
      if (first >= 0 && first < segments.length - 1 && segments[first].every(isTitleLike) && !SUBORDINATORS.has(segments[first][0].lower) &&
        segments.slice(first + 1).every((seg) => seg.length === 0 || isAppositive(seg))) {
        return { kind: 'person', mention: this.eligiblePerson(segments[first], words[0].start)! };
      }
    }
    const order = preferFirst ? segments.map((_, k) => k) : segments.map((_, k) => segments.length - 1 - k);
    for (const k of order) {
      let seg = segments[k];
      // ", while the Tories say": a contrasting clause has a subject of its own.
      if (seg.length > 1 && (k > 0 || seg[0].lower !== 'but') && CONTRAST_WORDS.has(seg[0].lower) && !preferFirst && k === segments.length - 1) seg = seg.slice(1);
      if (seg.length === 0 || RELATIVE_WORDS.has(seg[0].lower) && seg[0].lower !== 'that') continue;
      // "And Moya, nicknamed Charly, admitted": the other name is the same person's, the name before it is the subject.
      if (!preferFirst && k > 0 && isNickname(seg)) continue;
      const first = this.eligiblePerson(seg, words[0].start);
      const person = first === null ? null : this.coordinatedSubject(seg, first) ?? first;
      if (person !== null) {
        // A name in an earlier piece is the subject only when the pieces after it are appositives.
        if (k < segments.length - 1 && !preferFirst) {
          const nameEndsPiece = this.names[person].end >= seg[seg.length - 1].end;
          if (!nameEndsPiece || SUBORDINATORS.has(seg[0].lower)) return null;
        }
        return { kind: 'person', mention: person };
      }
      const source = sourcePhrase(this.text, seg);
      if (source !== null) {
        // "Vladimir Medinsky, the head of the Russian delegation said": look one piece back for the name.
        const prevSeg = segments[k - 1];
        if (!preferFirst && prevSeg && prevSeg.length) {
          const name = this.eligiblePerson(prevSeg, words[0].start);
          if (name !== null && this.names[name].end >= prevSeg[prevSeg.length - 1].end && !SUBORDINATORS.has(prevSeg[0].lower)) {
            return { kind: 'person', mention: name };
          }
        }
        if (SUBJECT_PRONOUNS.has(source.toLowerCase())) return null;
        return { kind: 'source', name: source, at: seg[0].start };
      }
      if (!preferFirst && seg.some((w) => !w.punct && !CONNECTIVES.has(w.lower))) return null;
    }
    return null;
  }

  /**
   * "Thierry Henry is ruled out with an Achilles tendon injury but Cole said:", "Duff sustained a knee injury ... and
   * manager Jose Mourinho said:": a clause after "and"/"but" whose subject (titles and a name) ends right before the
   * verb is the verb's, not the first clause's subject. ("Tony Blair and Gordon Brown said" is one subject: no clause
   * stands between the names.)
   */
  private coordinatedSubject(seg: Word[], first: number): number | null {
    const last = seg[seg.length - 1];
    const closing = this.personEndingAt(last.end);
    if (closing === null || this.names[closing].local === this.names[first].local) return null;
    const between = seg.filter((w) => w.start >= this.names[first].end && w.end <= this.names[closing].start);
    const conj = findLastIndex(between, (w) => w.lower === 'and' || w.lower === 'but' || w.lower === 'while' || w.lower === 'whereas');
    if (conj < 1 || !between.slice(conj + 1).every((w) => isTitleLike(w) && !w.punct || PERSON_ROLE_HEADS.has(w.lower))) return null;
    // The first clause has a verb of its own: a lower-case word that is no title.
    if (!between.slice(0, conj).some((w) => isLowerWord(w.text) && !isTitleLike(w))) return null;
    if (this.governed(seg, seg.indexOf(between[conj]))) return null;
    return this.headOfNamePhrase(closing);
  }

  /**
   * A person in these words could be a clause subject: nothing but titles stands between the name
   * and the start, a comma or a conjunction. "thanked Eastwood and" names an object, not a subject.
   */
  private personLeadsClause(words: Word[]): boolean {
    const person = this.eligiblePerson(words, words[0]?.start ?? 0);
    if (person === null) return false;
    let k = words.findIndex((w) => w.end > this.names[person].start) - 1;
    while (k >= 0 && isTitleLike(words[k]) && !words[k].punct) k--;
    return k < 0 || words[k].punct || SHARED_SUBJECT_CONJUNCTIONS.has(words[k].lower);
  }

  /** The noun phrase after a verb or "according to" names the speaker: "said HMV manager Clive Smith". */
  private objectSubject(words: Word[]): Subject | null {
    const segments = splitOnCommas(words);
    const first = segments[0] ?? [];
    if (first.length === 0) return null;
    if (SUBJECT_PRONOUNS.has(first[0].lower)) {
      const w = first[0];
      return w.lower === 'he' || w.lower === 'she' || w.lower === 'it' || w.lower === 'they' ? { kind: 'pronoun', word: w.lower, at: w.start } : null;
    }
    const head = cutAtPreposition(first);
    const person = this.eligiblePerson(head, head[0]?.start ?? 0);
    if (person !== null) return { kind: 'person', mention: person };
    // "said the head of Microsoft, Bill Gates": a bare name right after the comma.
    const second = segments[1];
    if (second && second.length) {
      const name = this.eligiblePerson(second, second[0].start);
      // Only titles or a first name the recogniser left out may stand before it ("Peter Schoonen" found as "Schoonen").
      const lead = second.filter((w) => name !== null && w.end <= this.names[name].start);
      const last = second.filter((w) => w.text !== '.').pop();
      if (name !== null && last && lead.length <= 3 && lead.every(isTitleLike) && this.names[name].end >= last.end) {
        return { kind: 'person', mention: name };
      }
    }
    const source = sourcePhrase(this.text, first);
    return source === null ? null : { kind: 'source', name: source, at: first[0].start };
  }

  /** The first person mention in these words that is not governed by a preposition or a possessive. */
  private eligiblePerson(words: Word[], floor: number): number | null {
    if (words.length === 0) return null;
    const from = words[0].start;
    const to = words[words.length - 1].end;
    let relative = false;
    let w = 0;
    for (let k = this.firstPersonAtOrAfter(from); k < this.persons.length; k++) {
      const idx = this.persons[k];
      const m = this.names[idx];
      if (m.start >= to) break;
      if (m.end > to) continue;
      while (w < words.length && words[w].end <= m.start) {
        if (words[w].lower === 'who' || words[w].lower === 'whose' || words[w].lower === 'which') relative = true;
        if (words[w].text === ',') relative = false;
        w++;
      }
      if (relative) continue;
      if (m.start > floor && this.governed(words, w - 1)) continue;
      if (isPossessive(this.text, m.end)) continue;
      const head = this.headOfNamePhrase(idx);
      if (head === null) continue;
      if (this.names[head].end <= to) return head;
      continue;
    }
    return null;
  }

  /**
   * The person a name phrase is about: "Only Fools and Horses star David Jason" and "the Rt Rev Dr
   * Tom Wright" are about the last name; "the Two Ronnies star" and "Blair spokesman" about
   * somebody unnamed (null). Otherwise the mention itself.
   */
  private headOfNamePhrase(mention: number): number | null {
    let head = this.heads.get(mention);
    if (head === undefined) this.heads.set(mention, (head = this.findHeadOfNamePhrase(mention)));
    return head;
  }

  private readonly heads = new Map<number, number | null>();

  private findHeadOfNamePhrase(mention: number): number | null {
    let current = mention;
    for (let hops = 0; hops < 3; hops++) {
      const m = this.names[current];
      // "Fund manager Florian Hamm - Borussia Dortmund's largest investor - said": a dash opens an aside about the name.
      if (/^\s+[-\u2013\u2014]\s/.test(this.text.slice(m.end, m.end + 4))) return current;
      const words = wordsIn(this.text, m.end, Math.min(this.text.length, m.end + 60));
      let k = 0;
      let role = false;
      let joiner = false;
      let possessive = false;
      while (k < words.length && k < 7) {
        const w = words[k];
        if (PERSON_ROLE_HEADS.has(w.lower) || DELEGATE_ROLES.has(w.lower)) role = true;
        // "Palace stadium manager Kevin Corner": plain nouns before a role belong to it.
        // ("World Indoor 800m record holder Ceplak": a measure too.)
        else if (isNumberThenLowerWord(w.text) && !role && roleWithin(words, k, 2)) {
          k++;
          continue;
        }
        // "Le Figaro newspaper", "the Blair government" — but not "Tanase of JPMorgan Chase bank".
        else if (!joiner && (MEDIA_HEADS.has(w.lower) || SOURCE_HEADS.has(w.lower)) && startsLower(w.text)) role = true;
        else if (w.lower === 'and' || w.lower === 'of' || w.text === '&') joiner = true;
        // ("Kerrang! editor Ashley Bird", "Yahoo! chief": an exclamation mark glued to the name is part of it.)
        else if (w.text === '!' && k === 0 && w.start === m.end) {
          k++;
          continue;
        } else if (w.text === '.' ? !(k > 0 && (ABBREVIATIONS.has(words[k - 1].text) || isSingleCapital(words[k - 1].text))) : !startsUpper(w.text)) break;
        if (/['’]s$/.test(w.text)) possessive = true;
        k++;
      }
      const next = this.persons[this.firstPersonAtOrAfter(m.end)];
      const reach = k < words.length ? words[k].start : m.end + 60;
      // "Blair and Brown", "Tanase of JPMorgan": two people, or a person and an employer — stay.
      // "Ernst and Young's Sanjay Mehta": an employer's possessive leads to the person.
      if (next !== undefined && this.names[next].start < reach && next !== current && (role || possessive || !joiner)) {
        current = next;
        continue;
      }
      // (But "Dr Mark Tuffy games systems director": after an honorific the role is the person's own, a comma lost.)
      if (role && startsLower(words[k - 1]?.text ?? '') && !this.afterHonorific(current)) return null;
      // A possessive is an employer or owner ("Young's"), never the speaker itself.
      return isPossessive(this.text, this.names[current].end) ? null : current;
    }
    return current;
  }

  /** The mention is, or follows, an honorific: "Dr Mark Tuffy", "Mr Blair". */
  private afterHonorific(mention: number): boolean {
    const m = this.names[mention];
    const first = leadingWordWithDots(m.text) ?? '';
    const before = lastWord(this.text, Math.max(0, m.start - 12), m.start, 46, 'any', LAST_WORD_WITH_DOTS) ?? '';
    return HONORIFICS.has(first) || HONORIFICS.has(before);
  }

  /**
   * A name is not the subject when a preposition governs it: walk back from the word before the
   * name over titles and capitalised words ("a close associate of former Yukos boss M. K.").
   */
  private governed(words: Word[], k: number): boolean {
    let honorific = false;
    while (k >= 0) {
      const w = words[k];
      if (w.punct) {
        if (w.text !== '.') return false;
        k--;
        continue;
      }
      // "Chancellor of the Exchequer Gordon Brown", "Bank of Japan chief Toshihiko Fukui", "Treasury Under Secretary John
      // Taylor": a preposition inside a capitalised title or body name governs nothing of the name's.
      if (GOVERNING_PREPOSITIONS.has(w.lower) && k > 0 && startsUpper(words[k - 1].text) && !words[k - 1].punct &&
        (w.lower === 'of' || startsUpper(w.text))) {
        k--;
        continue;
      }
      if (GOVERNING_PREPOSITIONS.has(w.lower)) return true;
      // "Speaking in Harrogate Mr Kennedy said": an honorific opens the name's own phrase; the preposition governs the word before it.
      if (honorific && startsUpper(w.text) && !NAME_PREMODIFIERS.has(w.lower) && !PERSON_ROLE_HEADS.has(w.lower) && !HONORIFICS.has(w.text)) return false;
      if (HONORIFICS.has(w.text)) honorific = true;
      // "on Wednesday Lord Woolf said": the preposition governs the date, not the name after it.
      if (CALENDAR.test(w.text)) return false;
      const titleLike = startsUpper(w.text) || NAME_PREMODIFIERS.has(w.lower) || PERSON_ROLE_HEADS.has(w.lower) || DELEGATE_ROLES.has(w.lower) ||
        /^\d|year-old$/.test(w.lower) || w.lower === 'a' || w.lower === 'an' || w.lower === 'the' || /['’]s?$/.test(w.text) ||
        // "of Mr Blair and Mr Brown": the second of two people shares the first one's preposition.
        ((w.lower === 'and' || w.lower === 'or') && k > 0 && this.personEndingAt(words[k - 1].end) !== null);
      if (!titleLike) return false;
      k--;
    }
    return false;
  }

  /** "Mr Crosby's statement", "his sales pitch": words a person wrote speak for that person. */
  private documentOwner(words: Word[]): Subject | null {
    const head = words[words.length - 1];
    if (!head || !DOCUMENT_NOUNS.has(head.lower)) return null;
    for (let k = words.length - 2; k >= 0 && k >= words.length - 4; k--) {
      const w = words[k];
      if (w.lower === 'his' || w.lower === 'her') return { kind: 'pronoun', word: w.lower === 'his' ? 'he' : 'she', at: w.start };
      if (/['’]s?$/.test(w.text)) {
        const owner = this.personEndingAt(w.end - (w.text.endsWith('s') ? 2 : 1));
        return owner !== null ? { kind: 'person', mention: owner, document: true } : null;
      }
    }
    return null;
  }

  /**
   * "the prime minister", "the Tory leader": the one person the article introduced with that
   * title before ("Prime Minister Tony Blair", "Tom Wright, the Bishop of Durham"), else null.
   */
  private resolveRole(phrase: string, at: number, prev: Speaker | null = null): number | null {
    const m = theRole(phrase.trim());
    // ("the 25-year-old Dubliner": after an age, a capitalised noun describes a person too.)
    if (!m || !isPersonRole(m[2].toLowerCase())) return null;
    // "the Scottish Executive", "the Government": a capitalised head that can name a body is that body.
    if (ORGANISATION_ROLES.has(m[2].toLowerCase()) && startsUpper(m[2])) return null;
    const full = (m[1] + m[2]).trim();
    // The whole title, else its head noun alone when that names one person only — never through a
    // shadow, deputy or former holder ("Shadow foreign secretary Michael Ancram").
    let found = this.peopleTitled(full, at, false);
    if (found.size === 0 && full !== m[2]) found = this.peopleTitled(m[2], at, true);
    // "the Warriors chief" is the one introduced as "Wigan chairman Maurice Lindsay".
    if (found.size === 0 && GENERIC_LEADERS.has(m[2].toLowerCase())) {
      for (const title of LEADER_TITLES) for (const [local, mention] of this.peopleTitled(title, at, true)) found.set(local, mention);
    }
    if (found.size === 1) return [...found.values()][0];
    if (found.size > 1) return null;
    // "the Lib Dem chief executive": an office of two role words ("chief executive", "general secretary") is
    // someone introduced with it, not whoever the story is about.
    // (A capitalised word before it is a nationality or a party: "the Russian president" is one role.)
    if (OFFICES.has(m[2].toLowerCase()) && m[1].trim().split(/\s+/).some((w) => startsLower(w) && PERSON_ROLE_HEADS.has(w))) return null;
    return this.mainPersonNear(at, m[2].toLowerCase(), prev);
  }

  /**
   * Nobody was introduced with a title ("said the Old Trafford boss"): the article's most
   * mentioned person, but only when they are also the nearest main-clause subject before `at`.
   */
  private mainPersonNear(at: number, role?: string, prev: Speaker | null = null): number | null {
    // "," said Ferdinand. ... The central defender added": the speaker just quoted, when nearest, counts as the main person.
    const previous = prev && prev.mention !== null ? this.names[prev.mention].local : null;
    // With no main person (two as often named), only the subject leading the sentences just before can be the epithet's.
    const top = this.mainPerson() ?? previous ?? -1;
    // "Recent speculation has linked Owen with a move back to England, ..., but the England striker said": the
    // article's main person, the only one named in the epithet's own sentence before it, is who it stands for.
    if (role !== undefined && !ORGANISATION_ROLES.has(role)) {
      const own = this.onlyPersonBefore(this.sentenceStartBefore(at), at);
      if (own !== null && this.names[own].local === top && this.officeFits(top, role)) return own;
    }
    const floor = Math.max(0, at - 1500);
    const ends = this.endsBetween(floor, at);
    let from = ends.length >= 3 ? ends[ends.length - 3] : floor;
    // "Michael Howard is to make a pitch ... ¶ He will say ... And that he wants ... But the Tory leader will
    // argue": the sentences that go on about someone by pronoun do not count towards the three.
    from = this.pastPronounSentences(from, ends, floor);
    const subjects = this.subjectsBetween(from, at).filter((x) => x.kind === 'person');
    const nearest = subjects[subjects.length - 1];
    // "I wouldn't want anyone to get injured." ... The singer did not want to talk": no subject
    // since, so the epithet is the article's main person when they were just quoted.
    if (!nearest && prev && prev.mention !== null && previous === top && !this.otherPersonBetween(this.names[prev.mention].end, at, top)) return prev.mention;
    if (!nearest && role !== undefined) return top >= 0 ? this.mainPersonLastNamed(top, at, role) : null;
    if (!nearest || nearest.kind !== 'person') return null;
    const local = this.names[nearest.mention].local;
    // "Hayley Yelling said the team would understand if Radcliffe opted out. "…," said the European
    // cross-country champion": names in the clause she reports, in an earlier sentence, are not named since.
    const reportedEnd = this.speechVerbFollows(this.names[nearest.mention].end, false) ? this.firstEndBetween(nearest.at, at) : -1;
    const nearestEnd = reportedEnd >= 0 ? reportedEnd : this.names[nearest.mention].end;
    // "Roddick was left frustrated ... "It's just tough," said the American": the subject of the sentence
    // just before, with nobody named since, is who the epithet stands for, however central.
    // (Sentence ends inside the quotation do not count: `G Money ... thinks a hiatus is inevitable. "They might ... projects. "Andre 3000 ...," says the DJ`.)
    const narrationEnds = ends.filter((end) => !this.insideQuote(end - 1));
    let leadStart = narrationEnds.length >= 2 ? narrationEnds[narrationEnds.length - 2] : ends.length >= 2 ? ends[ends.length - 2] : from;
    // (One narration sentence since the floor reaches back to its own start: "Tony Blair is urging ... ¶ "America has
    // spoken. ...," the prime minister said", where the other sentence end is inside the quotation.)
    if (narrationEnds.length === 1) leadStart = Math.min(leadStart, this.sentenceStartBefore(narrationEnds[0] - 1));
    // "Molik grew in confidence and won. She will now meet Venus Williams. "…," said the 23-year-old": a lead
    // sentence led by "he"/"she" goes on about the subject of the one before it.
    for (let n = narrationEnds.length - 3; n >= 0 && n >= narrationEnds.length - 4 && leadStart === narrationEnds[n + 1] &&
      PRONOUN_LED.test(this.text.slice(leadStart, leadStart + 20).trimStart()); n--) leadStart = narrationEnds[n];
    // ("The Scottish Executive said": an executive may be the body itself.)
    // ("Agassi was delighted with victory over Massu. "…," said the American": a name after a preposition or
    // before a possessive is not who the sentence is about.)
    const leadSubject = role !== undefined && !ORGANISATION_ROLES.has(role) && nearest.at >= leadStart && !this.otherPersonBetween(nearestEnd, at, local, true);
    if (local !== top && local !== previous && !leadSubject) return null;
    // The speaker just quoted stands for the epithet only when nobody else was named since
    // ("Miller told reporters ... Emma Watson, who plays Hermione. The 14-year-old said").
    if (local !== top && this.otherPersonBetween(nearestEnd, at, local, leadSubject)) return null;
    // "the prime minister" is not Home Secretary Charles Clarke, however central he is.
    return role === undefined || this.officeFits(local, role) ? nearest.mention : null;
  }

  /**
   * "Lomu says he cannot wait ... ¶ The 29-year-old had a kidney transplant ... "I actually started training ...," said
   * the giant winger": no one is the subject of the sentences just before (roles and pronouns stand there), so an
   * epithet is the article's main person when they were named in this or the two paragraphs before and nobody else
   * has been named since. An office must be one they were given ("The judge in the case said" is not the accused), and
   * a sentence since that opens in lower case lost its subject's name (a link stripped from the text): anyone's.
   */
  private mainPersonLastNamed(top: number, at: number, role: string): number | null {
    if (ORGANISATION_ROLES.has(role) || (OFFICES.has(role) && !this.titlesOf(top).has(role))) return null;
    let last = -1;
    for (let k = this.firstPersonAtOrAfter(at) - 1; k >= 0; k--) {
      const idx = this.persons[k];
      if (this.names[idx].local === top && !this.insideQuote(this.names[idx].start)) {
        last = idx;
        break;
      }
    }
    if (last < 0) return null;
    let para = this.paragraphs.length - 1;
    while (para > 0 && this.paragraphs[para].start > at) para--;
    if (this.names[last].start < this.paragraphs[Math.max(0, para - 2)].start) return null;
    const opensLower = (start: number) => start > this.names[last].end && start < at && lowerAfterSpace(this.text, start, 8, false);
    if (this.endsBetween(this.names[last].end, at).some(opensLower) || this.paragraphs.some((p) => opensLower(p.start))) return null;
    return this.otherPersonBetween(this.names[last].end, at, top, true) ? null : last;
  }

  /**
   * The last mention in narration in [from, to) when all mentioned there are one person's (and
   * `compatible`), else null.
   */
  private onlyPersonBefore(from: number, to: number, compatible: (m: number) => boolean = () => true, passOver: (m: number) => boolean = () => false): number | null {
    let only: number | null = null;
    for (let k = this.firstPersonAtOrAfter(from); k < this.persons.length && this.names[this.persons[k]].start < to; k++) {
      const idx = this.persons[k];
      if (this.insideQuote(this.names[idx].start) || passOver(idx)) continue;
      if (!compatible(idx) || (only !== null && this.names[only].local !== this.names[idx].local)) return null;
      only = idx;
    }
    return only;
  }

  /** A sentence start moved back past up to three sentences that open with a pronoun (`ends`: sentence ends to step to). */
  private pastPronounSentences(start: number, ends: readonly number[], floor: number): number {
    for (let extra = 0; extra < 3 && start > floor && PRONOUN_OPENS.test(this.text.slice(start, start + 12)); extra++) {
      const earlier = ends.filter((end) => end < start);
      start = earlier.length ? earlier[earlier.length - 1] : floor;
    }
    return start;
  }

  /** Someone is named (in narration or quoted) in [from, to). */
  private personNamedIn(from: number, to: number): boolean {
    const k = this.firstPersonAtOrAfter(from);
    return k < this.persons.length && this.names[this.persons[k]].start < to;
  }

  /** A person of another cluster is named in narration between the two offsets. */
  private otherPersonBetween(from: number, to: number, local: number, subjectsOnly = false): boolean {
    for (let k = this.firstPersonAtOrAfter(from); k < this.persons.length && this.names[this.persons[k]].start < to; k++) {
      const m = this.names[this.persons[k]];
      if (m.local === local || this.insideQuote(m.start)) continue;
      if (subjectsOnly && (isPossessive(this.text, m.end) || this.governedName(m.start))) continue;
      // "Molik grew in confidence and won. She will now meet Venus Williams.": the object of a sentence about the subject by pronoun.
      if (subjectsOnly && PRONOUN_LED.test(this.text.slice(this.sentenceStartBefore(m.start), m.start)) && !this.inSubjectPosition(m.start, this.sentenceStartBefore(m.start))) continue;
      return true;
    }
    return false;
  }

  /** A preposition governs the name starting at `start` in its sentence ("victory over Massu", "disallowed by Kaplan"). */
  private governedName(start: number): boolean {
    const words = wordsIn(this.text, Math.max(this.sentenceStartBefore(start), start - 80), start);
    return this.governed(words, words.length - 1);
  }

  /** An office ("the prime minister") fits a person with that title or with no title at all. */
  private officeFits(local: number, role: string): boolean {
    if (!OFFICES.has(role)) return true;
    // A captain also plays somewhere: "the England captain" can be the one introduced as "midfielder David Beckham";
    // only another office rules it out. Other offices must be the one given ("the prime minister" is no commissioner).
    const captaincy = role === 'captain' || role === 'skipper';
    let others = 0;
    for (const title of this.titlesOf(local)) {
      if (title === role || title === OFFICE_SYNONYMS.get(role)) return true;
      if (!captaincy || OFFICES.has(title)) others++;
    }
    return others === 0;
  }

  /** Role words seen right before the names of a cluster ("Home Secretary Charles Clarke" → secretary). */
  private readonly titleSets = new Map<number, Set<string>>();

  private titlesOf(local: number): Set<string> {
    const known = this.titleSets.get(local);
    if (known) return known;
    const titles = new Set<string>();
    this.titleSets.set(local, titles);
    for (const idx of this.persons) {
      const m = this.names[idx];
      if (m.local !== local) continue;
      const before = wordsIn(this.text, Math.max(0, m.start - 40), m.start);
      for (let k = before.length - 1; k >= 0 && k >= before.length - 4 && !before[k].punct; k--) {
        // "finance director Yvonne Todd and Bates": a title before another person and "and" is theirs.
        if (before[k].lower === 'and' || before[k].lower === 'or') break;
        // "Cafod will host Mr Brown": a role word used as a verb is no title.
        if (PERSON_ROLE_HEADS.has(before[k].lower) && !(k > 0 && (AUXILIARIES.has(before[k - 1].lower) || before[k - 1].lower === 'to'))) titles.add(before[k].lower);
      }
    }
    return titles;
  }

  private topPerson: number | null | undefined;

  /**
   * The local cluster mentioned most often in narration, when clearly ahead of the next one. Names inside quotations
   * are who the speakers talk about ("a fantastic manager like Mourinho"), not who the article is about.
   */
  private mainPerson(): number | null {
    if (this.topPerson !== undefined) return this.topPerson;
    const counts = new Map<number, number>();
    for (const idx of this.persons) if (!this.insideQuote(this.names[idx].start)) counts.set(this.names[idx].local, (counts.get(this.names[idx].local) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    this.topPerson = ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
    return this.topPerson;
  }

  /** Clusters of people introduced with this title before `at`, each with its last mention before `at`. */
  private peopleTitled(role: string, at: number, headOnly: boolean): Map<number, number> {
    const found = new Map<number, number>();
    for (const hit of this.titleHits(role, headOnly)) if (hit.at < at) found.set(hit.local, hit.mention);
    // Report the latest mention of each cluster before `at`.
    for (const local of found.keys()) {
      for (let j = this.firstPersonAtOrAfter(at) - 1; j >= 0; j--) {
        if (this.names[this.persons[j]].local === local) {
          found.set(local, this.persons[j]);
          break;
        }
      }
    }
    return found;
  }

  private lowerText: string | undefined;
  private readonly titleCache = new Map<string, Array<{ at: number; local: number; mention: number }>>();

  /** Every place in the article where this title introduces a person, found once per title. */
  private titleHits(role: string, headOnly: boolean): Array<{ at: number; local: number; mention: number }> {
    const key = `${headOnly ? 'head' : 'full'}:${role.toLowerCase()}`;
    const cached = this.titleCache.get(key);
    if (cached) return cached;
    const hits: Array<{ at: number; local: number; mention: number }> = [];
    this.titleCache.set(key, hits);
    const needle = role.toLowerCase().replace(/\s+/g, ' ');
    const before = this.text;
    this.lowerText ??= before.toLowerCase();
    for (let at = this.lowerText.indexOf(needle); at >= 0; at = this.lowerText.indexOf(needle, at + 1)) {
      if (isLetterOrDigitAt(before, at - 1) || isLetterOrDigitAt(before, at + needle.length)) continue;
      const m = { index: at, 0: before.slice(at, at + needle.length) };
      const end = m.index + needle.length;
      // "Deputy Prime Minister John Prescott" is not "the prime minister".
      const modifier = lastWord(before, Math.max(0, m.index - 20), m.index, 45, 'any', LAST_HYPHENATED_WORD_BEFORE_SPACE)?.toLowerCase();
      if (modifier && NAME_PREMODIFIERS.has(modifier)) continue;
      // A bare head word must not be the end of a longer title ("Deputy Prime Minister"). A place
      // before it ("New York Senator Charles Schumer") and a capitalised word before a lower-case
      // title ("Wigan chairman Maurice Lindsay") are no part of the title.
      if (headOnly && !this.placeEndsBefore(m.index)) {
        if (startsUpper(m[0]) && CAPITALISED_WORD_BEFORE_SPACE.test(before.slice(Math.max(0, m.index - 20), m.index))) continue;
        if (wordsIn(before, Math.max(0, m.index - 30), m.index).slice(-2).some((w) => NAME_PREMODIFIERS.has(w.lower))) continue;
      }
      // "Prime Minister Tony Blair", "Bishop of Durham, Dr Tom Wright": a name shortly after.
      const k = this.firstPersonAtOrAfter(end);
      const next = this.persons[k];
      if (next !== undefined && this.names[next].start - end <= 30 && TITLE_TO_NAME.test(this.text.slice(end, this.names[next].start))) {
        const head = this.headOfNamePhrase(next);
        if (head !== null) hits.push({ at: m.index, local: this.names[head].local, mention: head });
        continue;
      }
      // "Tom Wright, the Bishop of Durham": a name just before. (Not "Ms Robinson, a friend of the Tory leader": a
      // preposition between makes the title someone else's.)
      const prev = this.persons[k - 1];
      const gap = prev !== undefined ? this.text.slice(this.names[prev].end, m.index) : '';
      if (prev !== undefined && COMMA_AND_FEW_WORDS.test(gap) && !wordsIn(gap, 0, gap.length).some((w) => GOVERNING_PREPOSITIONS.has(w.lower))) {
        hits.push({ at: m.index, local: this.names[prev].local, mention: prev });
      }
    }
    return hits;
  }

  /** A place mention ends right before `offset` (but for spaces). */
  private placeEndsBefore(offset: number): boolean {
    let end = offset;
    while (end > 0 && this.text[end - 1] === ' ') end--;
    return this.names.some((n) => n.kind === 'place' && n.end === end);
  }

  private firstPersonAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.personStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.personStarts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A person mention starting at `offset` (or at `alternative`, after an honorific). */
  private personStartingAt(offset: number, alternative: number): number | null {
    for (const at of [offset, alternative]) {
      const k = this.firstPersonAtOrAfter(at);
      if (at >= 0 && k < this.persons.length && this.names[this.persons[k]].start === at) return this.persons[k];
    }
    return null;
  }

  private personEndingAt(offset: number): number | null {
    const k = this.firstPersonAtOrAfter(offset - 80);
    for (let j = k; j < this.persons.length && this.names[this.persons[j]].start < offset; j++) {
      if (this.names[this.persons[j]].end === offset) return this.persons[j];
    }
    return null;
  }

  // ---- pronouns and continuation -----------------------------------------------------------

  private clusterMembers: Map<number, number[]> | undefined;

  /** Gender of a cluster from any of its mentions: an honorific or role before it, else the first name. */
  private learnGender(local: number): Gender {
    if (!this.clusterMembers) {
      this.clusterMembers = new Map();
      for (const idx of this.persons) addToList(this.clusterMembers, this.names[idx].local, idx);
    }
    let gender: Gender = 'unknown';
    for (const idx of this.clusterMembers.get(local) ?? []) {
      const m = this.names[idx];
      // Only a word on the same line: "Greer attacks 'bully' Big Brother ¶ Germaine Greer" has no title.
      const before = lastWord(this.text, Math.max(0, m.start - 20), m.start, 46, 'line', LAST_WORD_ON_LINE);
      let g: Gender = before ? genderOfTitle(before) : 'unknown';
      if (g === 'unknown') g = genderOfTitle(m.text.split(/\s+/)[0]);
      if (g === 'unknown') {
        const parts = m.fullName.split(/\s+/);
        if (parts.length > 1) g = genderOfFirstName(parts[0]);
      }
      if (g !== 'unknown') {
        gender = g;
        break;
      }
    }
    this.genders.set(local, gender);
    return gender;
  }

  private genderOf(mention: number): Gender {
    const local = this.names[mention].local;
    return this.genders.get(local) ?? this.learnGender(local);
  }

  /** Index of the first quotation (in text order) that ends after `offset`. */
  private firstQuoteEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insideQuote(offset: number): boolean {
    const lo = this.firstQuoteEndingAfter(offset);
    return lo < this.quotes.length && this.quotes[lo].start <= offset;
  }

  /**
   * "he said": the nearest clause subject of that gender in this or the two sentences before
   * (a title such as "the Tory leader" counts, and stops the search if it names nobody known);
   * failing that, the previous quotation's speaker when no other person of that gender was named
   * since. Objects of verbs are never antecedents: "caused Santini to quit. He added" is not Santini.
   */
  private resolvePronoun(word: string, at: number, i: number, prev: Speaker | null): Speaker | null {
    const near = i > 0 && this.paragraphOf[i - 1] >= this.contexts[i].paragraph - 1;
    // "It added:" after a statement or document; "they" only for an organisation.
    if (word === 'it') return near && prev && (prev.mention === null || prev.document) ? prev : this.organisationJustBefore(at);
    if (word === 'they') return prev && prev.mention === null && near ? prev : null;
    const want: Gender = MALE_PRONOUNS.has(word) ? 'male' : FEMALE_PRONOUNS.has(word) ? 'female' : 'unknown';
    // People rarely name themselves: someone named inside the quotation is not its "he".
    const named = this.clustersInside(this.quotes[i]);
    const compatible = (m: number) => {
      const g = this.genderOf(m);
      return (g === 'unknown' || g === want) && !named.has(this.names[m].local);
    };
    const para = this.contexts[i].paragraph;
    const floor = this.paragraphs[Math.max(0, para - 2)]?.start ?? 0;
    // Five sentences back, or four of narration when quoted sentences stand in between (they say
    // nothing about who "he" is): whichever reaches further.
    const ends = this.endsBetween(floor, at);
    const narrationEnds = ends.filter((end) => !this.insideQuote(end - 1));
    let windowStart = Math.min(ends.length >= 5 ? ends[ends.length - 5] : floor, narrationEnds.length >= 4 ? narrationEnds[narrationEnds.length - 4] : floor);
    // "Sharon Osbourne gave details. They included... She said she wished... She expressed": a window
    // opening on a sentence led by a pronoun misses its referent, so it reaches back past such sentences.
    windowStart = this.pastPronounSentences(windowStart, narrationEnds, floor);
    const found = this.subjectsBetween(windowStart, at);
    // The subjects are walked latest first: the persons and roles found, and unnamed sources speaking in the window's
    // sentences (read back only as far as the walk goes, which mostly stops at the latest subject). At one offset a
    // source comes before a person found there.
    const sentenceStarts = [windowStart];
    for (let k = 0; k < ends.length; k++) if (ends[k] > windowStart) sentenceStarts.push(ends[k]);
    const sources: SourceSubject[] = [];
    let unread = sentenceStarts.length;
    let nextFound = found.length - 1;
    let nextSource = 0;
    // (every source at or after the next person or role found is read in by then: see readSourcesBack)
    const sourceIsNext = () => nextSource < sources.length && (nextFound < 0 || sources[nextSource].at >= found[nextFound].at);
    // A source named since ("admitted the 28-year-old Morientes" with the name unrecognised) is
    // more recent than any person found below: "He added" is them.
    const prevQuote = i > 0 ? this.quotes[i - 1] : undefined;
    const sourceSince = (from: number) => prev !== null && prev.mention === null && prevQuote !== undefined && prevQuote.start > from && near;
    // The person just quoted is more recent than a subject before their quotation (`," said awards pundit Tom O'Neil`).
    // Not after a fragment: in "Weitz said Pullman had told him it could "represent..." He added:" the subject is nearer.
    // (But after a fragment of someone leading its own sentence: "Labour's deputy minister for women Jacqui Smith accused the Lib
    // Dems of offering "false promises" ... She said:".)
    const speakerSince = (from: number) => prev !== null && prev.mention !== null && prevQuote !== undefined && prevQuote.start > from && near &&
      (this.typesSoFar[i - 1] === 'statement' || this.leadsSentence(prev.mention, prevQuote.start)) && compatible(prev.mention);
    for (;;) {
      unread = this.readSourcesBack(sentenceStarts, unread, at, nextFound >= 0 ? found[nextFound].at : -1, found, sources);
      const sourceNext = sourceIsNext();
      if (!sourceNext && nextFound < 0) break;
      const subject = sourceNext ? sources[nextSource++] : found[nextFound--];
      // A source that cannot be "he" ("the police had said ... "help them foil a plot". He added") is passed over.
      if (sourceSince(subject.at) && SOURCE_PRONOUN.test(prev!.name) && !sourceOfOtherSex(prev!.name, want)) return prev;
      if (speakerSince(subject.at)) return this.unlessIntroducedSince(prev!, word, prevQuote!.end, at, compatible);
      // "A Home Office spokesman said ... He added": someone unnamed spoke last. But "Mr Ancram condemned ...
      // "…," he asked. The Tory spokesman also criticised": a definite title right after the person just quoted is them.
      if (subject.kind === 'source') {
        const before = sourceIsNext() ? sources[nextSource] : found[nextFound];
        const anaphoric = THE_TITLED_SPOKESMAN.test(subject.name.replace(/^The/, 'the')) && prev !== null && prev.mention !== null &&
          before?.kind === 'person' && this.names[before.mention].local === this.names[prev.mention].local && compatible(prev.mention) &&
          !this.otherPersonBetween(this.names[before.mention].end, at, this.names[prev.mention].local);
        if (anaphoric) return prev;
        // "The home secretary, whose five-year blueprint ..., also rejected claims ...": a title read as a source
        // (its verb too far for a role) stands for the person holding it, as a role would.
        const holder = /^the\s/i.test(subject.name) ? this.resolveRole(subject.name, subject.at, prev) : null;
        if (holder !== null && compatible(holder)) return this.unlessIntroducedSince({ mention: holder, name: this.names[holder].text }, word, this.sentenceEndOr(subject.at, at), at, compatible);
        if (this.sourceJustBefore(subject, want, at)) return { mention: null, name: subject.name };
        // ("Bell, 30, had set his sights on ... But last December, the International Rugby Board confirmed that he could
        // only be eligible for England ... "…," he said": a body that speaks is no "he"; the subject before it may be.)
        if (want !== 'unknown' && !HUMAN_HEAD_END.test(subject.name) && BODY_END.test(subject.name)) continue;
        return null;
      }
      const person = subject.kind === 'person' ? subject.mention : this.resolveRole(subject.phrase, subject.at, prev);
      if (person === null) return null;
      if (compatible(person)) return this.unlessIntroducedSince({ mention: person, name: this.names[person].text }, word, this.sentenceEndOr(subject.at, at), at, compatible);
    }
    if (found.length === 0 && sources.length === 0 && (!prev || prev.mention === null)) return this.onlyPersonNamed(i, at, compatible);
    // "Ms Kelly said reforms should build on GCSEs. Her comments did not impress Tory shadow education secretary Tim
    // Collins. "…," he said": every subject near (and the one just quoted) is of the other sex, so the one person
    // of the pronoun's sex the paragraph names, whatever their place in the sentence, is "he".
    if (!prev || prev.mention === null || !compatible(prev.mention)) return this.onlyPersonNamed(i, at, compatible, want);
    if (this.paragraphOf[i - 1] < para - 2) return null;
    const local = this.names[prev.mention].local;
    let passedOver = false;
    for (let k = this.firstPersonAtOrAfter(this.quotes[i - 1].end); k < this.persons.length; k++) {
      const m = this.names[this.persons[k]];
      if (m.start >= at) break;
      if (m.local === local || this.insideQuote(m.start) || !compatible(this.persons[k])) continue;
      // ("By contrast moderators on Suprnova made sure ...": an unsure name no clause has as subject is nobody's "he",
      // unless someone unnamed is there to be: "A spokesman for ... (Apacs) which represents ... said".)
      if (!this.unsureBystander(this.persons[k])) return null;
      passedOver = true;
    }
    if (passedOver && this.narrationWordsIn(this.quotes[i - 1].end, at).some((w) => HUMAN_HEAD_END.test(w.lower))) return null;
    return prev;
  }

  /**
   * The first person named in the sentence that `at` is in, before `at` and outside quotations, is the mention's cluster,
   * and a speech verb follows the name (not "The Peter Hain "mongrel" attack, he says").
   */
  private leadsSentence(mention: number, at: number): boolean {
    const sentence = this.sentenceStartBefore(at);
    for (let k = this.firstPersonAtOrAfter(sentence); k < this.persons.length && this.names[this.persons[k]].start < at; k++) {
      const m = this.names[this.persons[k]];
      if (!this.insideQuote(m.start)) return m.local === this.names[mention].local && this.speechVerbFollows(m.end, false);
    }
    return false;
  }

  /** An unsure (weak) name that no clause has as its subject ("build on GCSEs and A-levels", "the Tomlinson review"). */
  private unsureBystander(mention: number): boolean {
    const m = this.names[mention];
    return !!m.weak && !this.inSubjectPosition(m.start, this.sentenceStartBefore(m.start)) && !this.speechVerbFollows(m.end, true);
  }

  /**
   * "A spokeswoman for Oxford University said the books would include novels. "…," she said": an unnamed person who
   * spoke in the sentence just before, with nobody named since, is "he" or "she" when the word fits (a spokesman is
   * no "she"). Not a title someone in the article holds ("The home secretary ... also rejected claims").
   */
  private sourceJustBefore(source: { name: string; at: number }, want: Gender, at: number): boolean {
    const head = lastWord(source.name, 0, source.name.length, 45, 'none', LAST_HYPHENATED_WORD)?.toLowerCase() ?? '';
    if (want === 'unknown' || !(HUMAN_HEAD_END.test(source.name) || speaksForBody(source.name)) || PERSON_ROLE_HEADS.has(head) || sourceOfOtherSex(source.name, want)) return false;
    // "the Lib Dem spokesman" where "Lib Dem Treasury spokesman Vince Cable" was introduced: maybe him.
    if (/^the\s/i.test(source.name) && this.peopleTitled(head, at, true).size > 0) return false;
    const phraseEnd = source.at + source.name.length;
    if (this.endsBetween(phraseEnd, this.sentenceStartBefore(at)).filter((end) => !this.insideQuote(end - 1)).length > 2) return false;
    for (let k = this.firstPersonAtOrAfter(phraseEnd); k < this.persons.length && this.names[this.persons[k]].start < at; k++) {
      if (!this.insideQuote(this.names[this.persons[k]].start)) return false;
    }
    return true;
  }

  /**
   * "... said Mr Fogg. One dissenting opinion came from Brian Gammage, vice-president of research at
   * Gartner. He said:": someone named for the first time, with a role, in a sentence between the
   * antecedent's (which ends at `from`) and the pronoun's is who "he" is about. Not when a sentence
   * in between goes on about the antecedent ("And he said ... - Ian Paisley.", "hosted by Gordon
   * Brown on Friday, he said"), nor when the antecedent is named again after the newcomer.
   */
  private unlessIntroducedSince(found: Speaker, word: string, from: number, at: number, compatible: (m: number) => boolean): Speaker | null {
    const local = found.mention !== null ? this.names[found.mention].local : -1;
    const pronounSentence = this.sentenceStartBefore(at);
    // (Made when first needed: most calls never test it.)
    let samePronoun: RegExp | undefined;
    let introduced: number | null = null;
    for (let k = this.firstPersonAtOrAfter(from); k < this.persons.length; k++) {
      const idx = this.persons[k];
      const m = this.names[idx];
      if (m.end > pronounSentence) break;
      if (m.local === local && !this.insideQuote(m.start)) return found;
      if (this.insideQuote(m.start) || isPossessive(this.text, m.end) || !compatible(idx) || !m.text.includes(' ') || this.firstMentionOf(m.local) !== idx) continue;
      const sentence = this.sentenceStartBefore(m.start);
      const sentenceEnd = this.sentenceEndOr(m.start, pronounSentence);
      if (sentence < from || !this.introducedWithRole(idx)) continue;
      samePronoun ??= new RegExp(`\\b${word}\\b`, 'i');
      if (this.narrationWordsIn(sentence, sentenceEnd).some((w) => samePronoun!.test(w.text))) continue;
      if (introduced !== null && this.names[introduced].local !== m.local) return null;
      introduced = idx;
    }
    if (introduced !== null) return { mention: introduced, name: this.names[introduced].text };
    return this.otherRoleNamedBetween(from, pronounSentence, found, word) ? null : found;
  }

  /**
   * "... Sir John Stevens last month backed a Tory attempt ... The pressure prompted the prime minister to
   * say ... He told MPs:": a person named by a role since the antecedent, who is not the antecedent,
   * could as well be "he". Not in a sentence that goes on about the antecedent by the same pronoun.
   */
  private otherRoleNamedBetween(from: number, to: number, found: Speaker, word: string): boolean {
    if (to <= from || found.mention === null) return false;
    const local = this.names[found.mention].local;
    const words = this.narrationWordsIn(from, to);
    for (let k = 0; k < words.length; k++) {
      if (words[k].lower !== 'the') continue;
      const role = words.slice(k + 1, k + 4).findIndex((w) => isPersonRole(w.lower) && !ORGANISATION_ROLES.has(w.lower));
      if (role < 0 || words.slice(k + 1, k + 1 + role).some((w) => w.punct)) continue;
      const head = words[k + 1 + role];
      // Plural or possessive roles ("the players", "the manager's") and roles in a sentence led by the pronoun do not count.
      if (/['’]s?$/.test(head.text) || this.names.some((n) => n.start === head.end + 1 && n.kind === 'person')) continue;
      const sentence = this.sentenceStartBefore(words[k].start);
      if (new RegExp(`\\b${word}\\b`, 'i').test(this.text.slice(sentence, words[k].start))) continue;
      const person = this.resolveRole(this.text.slice(words[k].start, head.end), words[k].start, found);
      if (person === null || this.names[person].local !== local) return true;
    }
    return false;
  }

  private firstMentionOf(local: number): number | undefined {
    return this.persons.find((idx) => this.names[idx].local === local);
  }

  /** "Brian Gammage, vice-president of research at Gartner", "Gartner analyst Brian Gammage". */
  private introducedWithRole(mention: number): boolean {
    const m = this.names[mention];
    const isRole = (w: Word) => w.lower.split('-').some((part) => PERSON_ROLE_HEADS.has(part) || DELEGATE_ROLES.has(part));
    const after = wordsIn(this.text, m.end, Math.min(this.text.length, m.end + 60));
    if (after[0]?.text === ',' && after.slice(1, 5).some(isRole)) return true;
    const before = wordsIn(this.text, Math.max(0, m.start - 30), m.start);
    return before.length > 0 && isRole(before[before.length - 1]);
  }

  /**
   * "And that's when Mr Senanayake started to wonder if SMS might be put to more practical use. "SMS
   * networks ..." he says": with no subject near and nobody quoted before, the one person the
   * paragraph names before the pronoun is "he" (the paragraph before when the quotation opens its
   * own). Not when a role word could be "he" instead ("the prime minister talked about").
   */
  private onlyPersonNamed(i: number, at: number, compatible: (m: number) => boolean, passOver?: Gender): Speaker | null {
    const para = this.contexts[i].paragraph;
    const opensParagraph = this.text.slice(this.paragraphs[para].start, this.quotes[i].start).trim() === '';
    const from = this.paragraphs[opensParagraph && para > 0 ? para - 1 : para].start;
    const isRole = (w: Word) => PERSON_ROLE_HEADS.has(w.lower) || DELEGATE_ROLES.has(w.lower);
    // With `passOver` (the pronoun's sex), people known to be of the other sex are passed over rather than blocking,
    // and so are unsure names no clause has as its subject.
    const otherSex = (m: number) => passOver !== undefined && passOver !== 'unknown' && (this.genderOf(m) !== 'unknown' ? this.genderOf(m) !== passOver : this.unsureBystander(m));
    const only = this.onlyPersonBefore(from, at, compatible, otherSex);
    // Only someone known to be a man or a woman (an honorific, a first name): "Belmarsh Prison" taken for a name is no "he".
    if (only === null || this.genderOf(only) === 'unknown') return null;
    const passed: number[] = [];
    if (passOver !== undefined) {
      for (let k = this.firstPersonAtOrAfter(from); k < this.persons.length && this.names[this.persons[k]].start < at; k++) if (otherSex(this.persons[k])) passed.push(this.persons[k]);
    }
    // ("... said Lindsay Schroth, an analyst with research firm The Yankee Group. "…," she said": a role in the
    // appositive after the name, or in the titles before it, is the person's own, or one of those passed over.)
    const own = (w: Word) => this.describesMention(only, w) || passed.some((m) => this.describesMention(m, w));
    // ("its official response": "official" before a noun is no one.)
    const adjective = (words: Word[], k: number) => words[k].lower === 'official' && startsLower(words[k + 1]?.text ?? '') && !SPEECH_VERBS.has(words[k + 1].lower) && !AUXILIARIES.has(words[k + 1].lower);
    if (this.narrationWordsIn(from, at).some((w, k, words) => isRole(w) && !own(w) && !(passOver !== undefined && adjective(words, k)))) return null;
    return { mention: only, name: this.names[only].text };
  }

  /** The word is in a title run right before the mention or in the comma piece right after it ("X, an analyst at Y."). */
  private describesMention(mention: number, w: Word): boolean {
    const m = this.names[mention];
    if (w.end <= m.start) return wordsIn(this.text, w.start, m.start).every((x) => isTitleLike(x) || isLowerWord(x.text)) && m.start - w.end < 40;
    if (!/^,\s/.test(this.text.slice(m.end, m.end + 2))) return false;
    return !wordsIn(this.text, m.end + 1, w.start).some((x) => x.punct);
  }

  /** Every "he"/"she" of the quotation comes after a person it names ("might use James Ireland ... he's a great prospect"). */
  private pronounsFollowANameInside(q: QuoteSpan): boolean {
    const k = this.firstPersonAtOrAfter(q.innerStart);
    if (k >= this.persons.length || this.names[this.persons[k]].start >= q.innerEnd) return false;
    return !/\b(?:he|him|his|she|her)\b/i.test(this.text.slice(q.innerStart, this.names[this.persons[k]].start));
  }

  /** The narration in [from, to) names nobody and refers to the speaker by a pronoun of their gender. */
  private aboutSpeakerByPronoun(from: number, to: number, speaker: Speaker, firstPerson: boolean): boolean {
    if (speaker.mention === null) return false;
    const gender = this.genderOf(speaker.mention);
    const pronoun = gender === 'female' ? /^(?:she|her)$/ : gender === 'male' ? /^(?:he|his|him)$/ : null;
    const about = pronoun === null ? undefined : this.narrationWordsIn(from, to).find((w) => pronoun.test(w.lower));
    if (!about) return false;
    // ("This was the case with the one he created for a political party in Uruguay, Cambiemos, an online puzzle game":
    // before first-person words, a name after the pronoun that does not speak is what the speaker did, no new speaker.)
    for (let k = this.firstPersonAtOrAfter(from); k < this.persons.length; k++) {
      const m = this.names[this.persons[k]];
      if (m.start >= to) break;
      if (!firstPerson || m.start < about.start || this.speechVerbFollows(m.end, false)) return false;
    }
    return true;
  }

  /**
   * `," said Mr Saldarriaga. The community training sessions ... have been the perfect showcase for their
   * enthusiasm. "We have had ...`: a sentence that names nobody, speaks of no one's words and has no
   * other subject pronoun or role leaves the speaker's first-person words going on.
   */
  private plainNarration(from: number, to: number): boolean {
    if (this.personNamedIn(from, to)) return false;
    const words = this.narrationWordsIn(from, to);
    return words.length > 0 && !words.some((w) => SPEECH_VERBS.has(w.lower) || SPEECH_NOUNS.has(w.lower) || (SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it') || isPersonRole(w.lower) ||
      SOURCE_HEADS.has(w.lower));
  }

  /** From the k-th person on, in its sentence and before `at`, a name between commas before its verb: `, Dean Boyd, said`. */
  private nameBeforeSpeechVerb(k: number, at: number): number | null {
    const sentenceEnd = this.sentenceEndOr(this.names[this.persons[k]].start, at);
    for (; k < this.persons.length; k++) {
      const m = this.names[this.persons[k]];
      if (m.end > sentenceEnd || m.end > at) return null;
      if (!this.insideQuote(m.start) && /,\s+$/.test(this.text.slice(m.start - 3, m.start)) && NAME_THEN_SAID.test(this.text.slice(m.end, m.end + 12))) return this.persons[k];
      // "If Steam proves effective ..., said Mr Fahey, other game makers may be tempted": an inverted verb between commas.
      if (!this.insideQuote(m.start) && SAID_THEN_NAME.test(this.text.slice(Math.max(0, m.start - 24), m.start)) && /^\s*,/.test(this.text.slice(m.end, m.end + 3))) return this.persons[k];
    }
    return null;
  }

  /**
   * "Deutsche Boerse said TCI's opposition would not change its bid approach. "…," it said": the
   * organisation that is the speaking subject of the narration sentence just before.
   */
  private organisationJustBefore(at: number): Speaker | null {
    const sentence = this.sentenceStartBefore(at);
    const ends = this.endsBetween(Math.max(0, sentence - 600), sentence).filter((end) => !this.insideQuote(end - 1));
    if (ends.length === 0) return null;
    const start = ends.length > 1 ? ends[ends.length - 2] : Math.max(0, sentence - 600);
    const words = this.narrationWordsIn(start, ends[ends.length - 1], true);
    const verb = words.findIndex(isReportingVerb);
    if (verb < 0) return null;
    const subject = this.subjectIn(words.slice(0, verb), false);
    if (!subject || subject.kind !== 'source' || HUMAN_HEAD_END.test(subject.name) || SUBJECT_PRONOUNS.has(subject.name.toLowerCase())) return null;
    return { mention: null, name: subject.name };
  }

  /** Some mention of the cluster has a first name and a surname ("Patrick McEnroe"). */
  private namedInFull(local: number): boolean {
    return this.persons.some((idx) => this.names[idx].local === local && namesTwoWords(this.names[idx].text));
  }

  private clustersInside(q: Span): Set<number> {
    const locals = new Set<number>();
    for (let k = this.firstPersonAtOrAfter(q.start); k < this.persons.length && this.names[this.persons[k]].start < q.end; k++) {
      locals.add(this.names[this.persons[k]].local);
    }
    return locals;
  }

  /**
   * The main subject of each sentence in [from, at) when it is a person, and titles ("but the
   * Scot admitted") standing as clause subjects, in text order.
   */
  private subjectsBetween(from: number, at: number): WindowSubject[] {
    const found: WindowSubject[] = [];
    let sentenceDone = -1;
    for (let k = this.firstPersonAtOrAfter(from); k < this.persons.length; k++) {
      const idx = this.persons[k];
      const m = this.names[idx];
      if (m.end > at) break;
      if (this.insideQuote(m.start) || isPossessive(this.text, m.end)) continue;
      const sentence = this.sentenceStartBefore(m.start);
      // "Hewitt said ... but Tennis Australia's Geoff Pollard rejected his comments": the subject
      // of a contrasting main clause is nearer than the sentence's first subject.
      if (sentence === sentenceDone) {
        if (this.opensContrast(m.start, sentence)) {
          const head = this.headOfNamePhrase(idx);
          if (head !== null && this.names[head].end <= at) found.push({ kind: 'person', mention: head, at: this.names[head].start });
        }
        continue;
      }
      // "He won the World Cup alongside X, Y": a sentence led by a pronoun keeps the earlier topic.
      if (PRONOUN_LED.test(this.text.slice(sentence, sentence + 12))) {
        sentenceDone = sentence;
        continue;
      }
      let head = this.subjectHeads.get(idx);
      if (head === undefined) {
        const subject = this.inSubjectPosition(m.start, sentence) || this.speechVerbFollows(m.end, true) || this.passiveAgent(m.start, sentence) ||
          (this.speechVerbFollows(m.end, false) && this.descriptionOpensSentence(sentence, m.start));
        head = subject ? this.headOfNamePhrase(idx) ?? -1 : -2;
        this.subjectHeads.set(idx, head);
      }
      // "A spokesman for US Immigration, Customs and Enforcement, Dean Boyd, said": the name the
      // sentence's speech verb follows is its subject, not a name in the noun phrase before it.
      const speaker = this.nameBeforeSpeechVerb(k, at);
      if (speaker !== null && speaker !== idx) head = this.headOfNamePhrase(speaker) ?? -1;
      else if (head === -2) continue;
      // "Youngsters Ben Hudell, Joe Keenan and Sam Tillen would be options": a joint subject is nobody's "he".
      if (head >= 0 && this.names[head].end <= at && !this.headsList(head)) found.push({ kind: 'person', mention: head, at: this.names[head].start });
      sentenceDone = sentence;
    }
    const slice = this.text.slice(from, at);
    const the = /\bthe\s/gi;
    for (let m = the.exec(slice); m; m = the.exec(slice)) {
      const offset = from + m.index;
      if (!CLAUSE_BEFORE_THE.test(slice.slice(Math.max(0, m.index - 6), m.index)) || this.insideQuote(offset)) continue;
      // "Agent Brian Hassell insists that the 31-year-old Brazilian midfielder is": the reported clause's subject is no speaker.
      if (/\bthat\s+$/i.test(slice.slice(Math.max(0, m.index - 6), m.index)) && SPEECH_VERBS.has(wordBeforeThat(this.text.slice(Math.max(0, offset - 30), offset))?.toLowerCase() ?? '')) continue;
      const role = this.roleBeforeVerbAt(offset, Math.min(at, offset + 80));
      // "The musical's British director is Matthew Warchus": a role identified with a name by a copula is that person.
      const copula = role ? /^\s+(?:is|was)\s+/.exec(this.text.slice(role.end, role.end + 8)) : null;
      const named = copula ? this.personStartingAt(role!.end + copula[0].length, -1) : null;
      const head = named !== null ? this.headOfNamePhrase(named) : null;
      if (head !== null && this.names[head].end <= at) found.push({ kind: 'person', mention: head, at: this.names[head].start });
      // "The Scottish Executive has seconded 11 staff. But he said": a body is nobody's "he".
      else if (role && !isBodyName(role)) found.push({ kind: 'role', phrase: this.text.slice(offset, role.end), at: offset });
    }
    return found.sort((a, b) => a.at - b.at);
  }

  /** Another person's name follows this one after "and", "or" or a comma: the first of a list of people. */
  private headsList(mention: number): boolean {
    const end = this.names[mention].end;
    const joint = /^(?:\s*,\s*|\s+(?:and|or|&)\s+)/.exec(this.text.slice(end, end + 8));
    if (!joint) return false;
    const next = this.persons[this.firstPersonAtOrAfter(end)];
    return next !== undefined && this.names[next].start === end + joint[0].length;
  }

  /**
   * "Forensic pathologist Dr Patricia McFeeley said she had started to see": a short description the lexicon does not
   * know as a role (no preposition, pronoun, conjunction or "that" in it) between the sentence start and a name
   * that a speech verb follows.
   */
  private descriptionOpensSentence(sentenceStart: number, nameStart: number): boolean {
    const words = wordsIn(this.text, sentenceStart, nameStart);
    return words.length > 0 && words.length <= 3 && startsUpper(words[0].text) && words.every((w) => !w.punct && !GOVERNING_PREPOSITIONS.has(w.lower) &&
      !SUBJECT_PRONOUNS.has(w.lower) && !CONNECTIVES.has(w.lower) && !SHARED_SUBJECT_CONJUNCTIONS.has(w.lower) && !RELATIVE_WORDS.has(w.lower) && !SUBORDINATORS.has(w.lower) && !SPEECH_VERBS.has(w.lower));
  }

  /**
   * "Mr Prater's sentiments were echoed by Christine Rush, director of ...": the agent of a passive verb whose
   * subject names nobody (no person before it in the sentence but a possessive) is who the sentence is about.
   */
  private passiveAgent(start: number, sentenceStart: number): boolean {
    const words = wordsIn(this.text, Math.max(sentenceStart, start - 150), start);
    let k = words.length - 1;
    while (k >= 0 && isTitleLike(words[k]) && !words[k].punct) k--;
    if (k < 2 || words[k].lower !== 'by' || !isLowerWordEnding(words[k - 1].text, 'ed') || !PASSIVE_MARKERS.has(words[k - 2].lower)) return false;
    for (let n = this.firstPersonAtOrAfter(sentenceStart); n < this.persons.length && this.names[this.persons[n]].start < start; n++) {
      if (!isPossessive(this.text, this.names[this.persons[n]].end)) return false;
    }
    return true;
  }

  /**
   * A name opens its sentence's main clause: only titles, capitalised words and determiners stand
   * between it and the sentence start, a comma or a connective ("However,") — or it follows
   * `," said`. Names after "and", "that" or "after" head lists and subordinate clauses.
   */
  private inSubjectPosition(start: number, sentenceStart: number): boolean {
    return this.remember(Question.SubjectPosition, start, sentenceStart);
  }

  /**
   * Answers of the pure look-ups below, by question and its two offsets: pronoun windows ask some again. Keyed
   * by a number, with no closure per question: most are asked only once.
   */
  private readonly answers = new Map<number, boolean>();

  private remember(question: Question, first: number, second: number): boolean {
    const key = (first * (this.text.length + 1) + second) * 3 + question;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = question === Question.SubjectPosition ? this.findInSubjectPosition(first, second) :
        question === Question.OpensContrast ? this.findOpensContrast(first, second) : this.findSpeechVerbFollows(first, second === 1);
      this.answers.set(key, answer);
    }
    return answer;
  }

  private findInSubjectPosition(start: number, sentenceStart: number): boolean {
    const from = Math.max(sentenceStart, start - 150);
    const words = wordsIn(this.text, from, start);
    let k = words.length - 1;
    // "The Peter Hain "mongrel" attack": a name right after an article modifies a noun.
    if (k >= 0 && ARTICLES.has(words[k].lower)) return false;
    let sinceRole = -1;
    while (k >= 0) {
      const w = words[k];
      // ("chief technology officer", "chief financial officer": an officer after "chief" is a role.)
      if (PERSON_ROLE_HEADS.has(w.lower) || DELEGATE_ROLES.has(w.lower) || (w.lower === 'officer' && (words[k - 1]?.lower === 'chief' || words[k - 2]?.lower === 'chief'))) sinceRole = 0;
      // "Spain's minister of sport Jaime Lissavetzky": the role's own complement, not a preposition governing the name.
      else if (sinceRole < 0 && roleComplementEndsAt(words, k)) k -= words[k - 1].lower === 'of' ? 1 : 2;
      else if (sinceRole >= 0 && sinceRole < 2 && isLowerWord(w.text) && !DETERMINERS.has(w.lower) && !GOVERNING_PREPOSITIONS.has(w.lower)) sinceRole++;
      // "said Sandvine's chief technology officer Marc Morin": the organisation owning the role.
      else if (sinceRole >= 0 && sinceRole < 3 && isCapitalisedPossessiveName(w.text)) sinceRole = 3;
      // "But Wenger's Bayern counterpart Felix Magath was": a plain noun the possessor owns is the name's own description.
      else if (sinceRole < 0 && possessedNounAt(words, k)) sinceRole = 0;
      else if (!isTitleLike(w)) break;
      k--;
    }
    if (k < 0) return from === sentenceStart;
    // "For Jupiter analyst Olivier Beauvillain, Yahoo's decision was an error": the person the sentence gives a view of.
    // ("But for Allen Weiner, a research director at Gartner, the future of search is": after a connective too.)
    if (from === sentenceStart && words[k].lower === 'for' && words.slice(0, k).every((x) => CONNECTIVES.has(x.lower)) &&
      /^\s*,/.test(this.text.slice(this.nameEndAt(start), this.nameEndAt(start) + 3))) return true;
    // "And last week Only Fools and Horses star David Jason": an opening time phrase, no comma.
    // (A preposition opens a time phrase only with a time in it: "On the BBC's Breakfast with Frost" names a programme.)
    // "Launching the initiative Mr Clarke said": an opening participle phrase, no comma, before a name that speaks.
    if (from === sentenceStart && k >= 1 && k < 5 && isCapitalisedWordEnding(words[0].text, 'ing') && words.slice(1, k + 1).every((x) => isLowerWord(x.text) && !GOVERNING_PREPOSITIONS.has(x.lower)) &&
      this.speechVerbFollows(this.nameEndAt(start), false)) return true;
    const intro = words.slice(0, k + 1);
    if (from === sentenceStart && k < 4 && intro.every((x) => INTRO_WORDS.has(x.lower) || CALENDAR.test(x.text)) &&
      !(intro.some((x) => GOVERNING_PREPOSITIONS.has(x.lower)) && !intro.some((x) => CALENDAR.test(x.text) || TIME_NOUNS.has(x.lower)))) return true;
    const w = words[k];
    // "alongside Frank Lebeouf, Josep Guardiola, Titi Camara": a name between two list items.
    if (w.text === ',' && k > 0 && this.personEndingAt(words[k - 1].end) !== null && LIST_GOES_ON.test(this.text.slice(this.nameEndAt(start), this.nameEndAt(start) + 6))) return false;
    // "the director behind JFK, Platoon and Born on the Fourth of July": a name between a comma and the next capitalised list item.
    if (w.text === ',' && k > 0 && startsUpper(words[k - 1].text) && !CONNECTIVES.has(words[k - 1].lower) && !CALENDAR.test(words[k - 1].text) &&
      LIST_ITEM_FOLLOWS.test(this.text.slice(this.nameEndAt(start), this.nameEndAt(start) + 12))) return false;
    if (w.punct) return w.text !== '(';
    if (CONNECTIVES.has(w.lower) && k === 0) return true;
    // "..., according to the Economist Intelligence Unit's Mr Hensel. But he warned": the one the sentence reports.
    if (w.lower === 'to' && words[k - 1]?.lower === 'according') return true;
    // "..., and Sculthorpe said he would", "..., but on Wednesday Mr Straw said he": a coordinated main
    // clause with its own subject, a time phrase ("on Wednesday", "last week") allowed before it
    // (its capitalised day was walked over above with the titles).
    let c = k;
    while (c > 0 && k - c < 3 && !CONTRAST_WORDS.has(words[c].lower) && words[c].lower !== 'and' && (INTRO_WORDS.has(words[c].lower) || CALENDAR.test(words[c].text))) c--;
    const timePhrase = c < k && words.slice(c + 1).some((x) => CALENDAR.test(x.text) || TIME_NOUNS.has(x.lower));
    const connective = timePhrase ? words[c] : w;
    const at = timePhrase ? c : k;
    if ((connective.lower === 'and' || CONTRAST_WORDS.has(connective.lower)) && words[at - 1]?.text === ',' && this.speechVerbFollows(this.nameEndAt(start), false)) return true;
    // "The film rights have already been snapped up but Gervais is keen": a contrasting clause whose verb follows the name.
    if (CONTRAST_WORDS.has(w.lower) && AUXILIARY_AFTER.test(this.text.slice(this.nameEndAt(start), this.nameEndAt(start) + 10))) return true;
    // "London's Evening Standard quoted Mr Clarke telling activists": the one quoted speaks.
    if (QUOTING_VERBS.has(w.lower) && QUOTED_AS_SPEAKING.test(this.text.slice(this.nameEndAt(start), this.nameEndAt(start) + 16))) return true;
    // `," said Clive Smith` — but not ", saying Gallas overreacted", whose name heads another clause.
    if (SPEECH_VERBS.has(w.lower) && !w.lower.endsWith('ing') && (k === 0 || words[k - 1].punct)) return true;
    // "... important if they are to hold on to gamers said Lindsay Schroth, an analyst with The Yankee Group.": an
    // inverted verb with no comma before it, when the name (and an appositive) closes the sentence.
    return INVERTING_VERBS.has(w.lower) && INVERTED_NAME_ENDS.test(this.text.slice(this.nameEndAt(start), this.nameEndAt(start) + 120));
  }

  /**
   * Reads the window's sentences back from sentence `unread` (exclusive) for unnamed sources speaking, appending them to
   * `sources` (latest first), until every source at or after `downTo` is in (-1: all). Returns the first sentence read.
   * "The first minister also praised": a role that speaks is resolved as the role (in `found`), not left an unnamed source.
   */
  private readSourcesBack(sentenceStarts: number[], unread: number, at: number, downTo: number, found: WindowSubject[], sources: SourceSubject[]): number {
    // A sentence's source stands inside it: the sentences ending at or before `downTo` hold none at or after it.
    while (unread > 0 && (unread < sentenceStarts.length ? sentenceStarts[unread] : at) > downTo) {
      unread--;
      const source = this.sourceSpeakingIn(sentenceStarts[unread], unread + 1 < sentenceStarts.length ? sentenceStarts[unread + 1] : at);
      if (source !== null && !found.some((x) => x.kind === 'role' && x.at === source.at)) sources.push({ kind: 'source', at: source.at, name: source.name });
    }
    return unread;
  }

  /**
   * Where the sentence text[start, end) has a speech verb whose subject is not a named person ("A Home Office
   * spokesman said", "Tory peer Lord Tebbit said" with the name unrecognised), or null.
   */
  private sourceSpeakingIn(start: number, end: number): { at: number; name: string } | null {
    const key = start * (this.text.length + 1) + end;
    let source = this.sourceSentences.get(key);
    if (source === undefined) {
      source = null;
      const words = this.narrationWordsIn(start, end, true);
      const verb = words.findIndex(isReportingVerb);
      if (verb >= 0) {
        const subject = this.subjectIn(words.slice(0, verb), false);
        if (subject && subject.kind === 'source' && (HUMAN_SOURCE.test(subject.name) || speaksForBody(subject.name))) source = { at: words[0].start, name: subject.name };
      }
      this.sourceSentences.set(key, source);
    }
    return source;
  }

  /** The words of text[start, end) outside quotations (as `wordsIn`, without the quoted words). */
  private narrationWordsIn(start: number, end: number, untilVerb = false): Word[] {
    if (untilVerb) return this.narrationWordsUntilVerb(start, end);
    const lo = this.firstQuoteEndingAfter(start);
    let words: Word[] = [];
    let from = start;
    for (let k = lo; k < this.quotes.length && this.quotes[k].start < end; k++) {
      const q = this.quotes[k];
      if (q.start > from) words = appendWords(words, wordsIn(this.text, from, q.start));
      from = Math.max(from, q.end);
    }
    if (from < end) return appendWords(words, wordsIn(this.text, from, end));
    return words;
  }

  /** `narrationWordsIn` up to and including the first reporting verb: nothing after it is read. */
  private narrationWordsUntilVerb(start: number, end: number): Word[] {
    const words: Word[] = [];
    let from = start;
    for (let k = this.firstQuoteEndingAfter(start); k < this.quotes.length && this.quotes[k].start < end; k++) {
      const q = this.quotes[k];
      if (q.start > from) {
        wordsIn(this.text, from, q.start, words, isReportingVerb);
        if (words.length > 0 && isReportingVerb(words[words.length - 1], words.length - 1)) return words;
      }
      from = Math.max(from, q.end);
    }
    return from < end ? wordsIn(this.text, from, end, words, isReportingVerb) : words;
  }

  private readonly rolesBeforeVerbs = new Map<string, Word | null>();

  /** `roleBeforeVerb` of the words in text[start, end), remembered: pronoun windows overlap. */
  private roleBeforeVerbAt(start: number, end: number): Word | null {
    const key = `${start}:${end}`;
    let role = this.rolesBeforeVerbs.get(key);
    if (role === undefined) this.rolesBeforeVerbs.set(key, (role = roleBeforeVerb(wordsIn(this.text, start, end))));
    return role;
  }

  /** Per sentence (start * (text length + 1) + end): where an unnamed human source speaks in it, or null. */
  private readonly sourceSentences = new Map<number, { at: number; name: string } | null>();

  /** The name opens a clause after "but"/"while"/"whereas" (after its titles). */
  private opensContrast(start: number, sentenceStart: number): boolean {
    return this.remember(Question.OpensContrast, start, sentenceStart);
  }

  private findOpensContrast(start: number, sentenceStart: number): boolean {
    const words = wordsIn(this.text, Math.max(sentenceStart, start - 80), start);
    let k = words.length - 1;
    while (k >= 0 && isTitleLike(words[k])) k--;
    return k >= 0 && CONTRAST_WORDS.has(words[k].lower);
  }

  /**
   * A speech verb follows the name as its verb: "Sculthorpe said", "Sculthorpe has also said"; with
   * `relative`, only through a relative clause, past an appositive ("his son Nick, a trainee vicar,
   * who praised"), which makes the name that clause's subject.
   */
  private speechVerbFollows(nameEnd: number, relative: boolean): boolean {
    return this.remember(Question.SpeechVerbFollows, nameEnd, relative ? 1 : 0);
  }

  private findSpeechVerbFollows(nameEnd: number, relative: boolean): boolean {
    const words = wordsIn(this.text, nameEnd, Math.min(this.text.length, nameEnd + 80));
    let k = 0;
    if (relative) {
      if (words[k]?.text !== ',') return false;
      k++;
      // An appositive of up to six words ("a trainee vicar") before the relative pronoun.
      if (words[k] && DETERMINERS.has(words[k].lower)) {
        const comma = words.findIndex((w, n) => n > k && w.punct);
        if (comma < 0 || comma - k > 6 || words[comma].text !== ',') return false;
        k = comma + 1;
      }
      // An age: "Staunton, 49, who told".
      if (words[k] && /^\d{1,3}$/.test(words[k].text) && words[k + 1]?.text === ',') k += 2;
      if (words[k]?.lower !== 'who') return false;
      k++;
    }
    while (k < words.length && VERB_FILLERS.has(words[k].lower) && !PASSIVE_MARKERS.has(words[k].lower)) k++;
    const verb = words[k];
    return verb !== undefined && SPEECH_VERBS.has(verb.lower) && !verb.lower.endsWith('ing') && !LISTENER_VERBS.has(verb.lower) || verb?.lower === 'told';
  }

  /** End of the person mention starting at `start` (or `start` itself). */
  private nameEndAt(start: number): number {
    const k = this.firstPersonAtOrAfter(start);
    return k < this.persons.length && this.names[this.persons[k]].start === start ? this.names[this.persons[k]].end : start;
  }

  /** Where the sentence holding `offset` starts: after the last sentence end, or at its paragraph start. */
  private sentenceStartBefore(offset: number): number {
    let p = 0;
    let pHi = this.paragraphs.length;
    while (p < pHi) {
      const mid = (p + pHi) >> 1;
      if (this.paragraphs[mid].start <= offset) p = mid + 1;
      else pHi = mid;
    }
    const paragraphStart = p > 0 ? this.paragraphs[p - 1].start : 0;
    // The last sentence end up to `offset`, when in this paragraph (one before it is before its start).
    let end = 0;
    if (p > 0) {
      const ends = this.endsOfParagraph(p - 1);
      for (let k = 0; k < ends.length && ends[k] <= offset; k++) end = ends[k];
    }
    let start = Math.max(end, paragraphStart);
    // `me." She thanked`: the closing mark right after the stop still belongs to the sentence before.
    if (start === end) while (start < offset && CLOSING_MARKS.includes(this.text[start])) start++;
    while (start < offset && /\s/.test(this.text[start])) start++;
    return start;
  }

  /**
   * A quotation with no attribution in its sentence: the speaker of the sentence that leads into
   * it (`Mr Smith said the firm would grow. "We are excited."`), else the previous quotation's
   * speaker when it is close and nobody else was named in between.
   */
  private continuation(i: number, earlier: Array<Speaker | null>, earlierTypes: QuoteType[]): Speaker | null {
    const q = this.quotes[i];
    const para = this.contexts[i].paragraph;
    const prevQuote = i > 0 ? this.quotes[i - 1] : undefined;
    const prevSpeaker = i > 0 ? earlier[i - 1] : null;
    const from = Math.max(prevQuote ? prevQuote.end : 0, this.paragraphs[Math.max(0, para - 1)].start);
    // The last narration sentence before the quotation, after the previous quotation.
    const ends = this.endsBetween(from, q.start);
    const leadStart = ends.length > 1 ? ends[ends.length - 2] : from;
    const leadEnd = ends.length ? ends[ends.length - 1] : q.start;
    const lead = wordsIn(this.text, leadStart, leadEnd);
    // The tail of the previous quotation's own sentence (`," he said.`) was its attribution.
    // A fragment's sentence goes on as narration ("The Peter Hain "mongrel" attack, he says, is").
    const leadIsTail = prevQuote !== undefined && leadStart <= prevQuote.end && earlierTypes[i - 1] === 'statement' &&
      !/[.?!]['’"”]?\s*$/.test(this.text.slice(prevQuote.innerStart, prevQuote.innerEnd));
    if (lead.length && !leadIsTail) {
      const subject = this.beforeSubject(lead.filter((w) => w.text !== '.'));
      if (subject && subject.kind !== 'elided') {
        const resolved = this.resolve(subject, i, leadStart, prevSpeaker, false, lead);
        if (resolved !== undefined) return resolved;
      }
    }
    const topic = this.topicSpeaker(i, prevSpeaker);
    if (topic !== undefined) return topic;
    const newcomer = this.introducedToSpeak(i, leadStart, leadEnd);
    if (newcomer !== null) return newcomer;
    if (!prevQuote || !prevSpeaker) return null;
    // The paragraph the previous quotation ends in: `said: "Each and every death ... ¶ "Yet ... lives." "These highly`
    // goes on in the paragraph where the first quotation ended.
    const prevPara = prevQuote.end > this.paragraphs[para].start ? para : this.paragraphOf[i - 1];
    if (prevPara < para - 1) return null;
    // A statement may go on in the next paragraph; a fragment woven into narration only right after
    // it ("said the row was "getting in the way". "Either they need to grow up..."").
    // Or when the fragment closes its paragraph: "urged Europe and the US to "build anew their alliance". ¶ "All of us ...".
    // Not when the fragment's speaker is named inside a reported clause ("reminded MPs that Labour chairman Ian McCartney
    // last year described Oliver Letwin as a "21st Century Fagin". ¶ "Given the outrage ..." is the reminder's).
    const fragmentEndsParagraph = earlierTypes[i - 1] === 'partial' && /^[.!?]?$/.test(this.text.slice(prevQuote.end, this.paragraphs[prevPara].end).trim()) &&
      !this.namedInReportedClause(prevSpeaker, prevQuote.start);
    if (earlierTypes[i - 1] !== undefined && earlierTypes[i - 1] !== 'statement' && prevPara !== para && !fragmentEndsParagraph) return null;
    // Only the tail of the previous quotation's sentence may stand between the two, or one more
    // sentence that is about the speaker by pronoun ("explains Curry. Advertising, in his eyes, can be ...").
    const between = this.endsBetween(prevQuote.end, q.start);
    const firstPerson = FIRST_PERSON.test(this.text.slice(q.innerStart, q.innerEnd));
    const aboutSpeaker = between.length === 2 && this.aboutSpeakerByPronoun(between[0], between[1], prevSpeaker, firstPerson);
    if (between.length > 2 || (between.length === 2 && !aboutSpeaker &&
      !(prevPara === para && this.plainNarration(between[0], between[1]) && firstPerson))) return null;
    if (prevPara < para && this.text.slice(this.paragraphs[para].start, q.start).trim() !== '') return null;
    // Nobody else named between the two quotations, but for names inside a description of the
    // speaker ("said Gabrielle Prior, Nielsen/NetRatings analyst").
    let speakerEnd = -1;
    for (let k = this.firstPersonAtOrAfter(prevQuote.end); k < this.persons.length; k++) {
      const idx = this.persons[k];
      const m = this.names[idx];
      if (m.start >= q.start) break;
      // (A name in the sentence about the speaker is what they did: see `aboutSpeakerByPronoun`.)
      if (aboutSpeaker && m.start >= between[0]) continue;
      if (prevSpeaker.mention !== null && m.local === this.names[prevSpeaker.mention].local) {
        speakerEnd = m.end;
        continue;
      }
      // "said Isabelle Kronawitter at Hypovereinsbank": where the speaker works, not someone else.
      if (speakerEnd >= 0 && AFFILIATION_GAP.test(this.text.slice(speakerEnd, m.start))) continue;
      // ", a spokesperson from Icstis told": where an unnamed speaker works.
      if (prevSpeaker.mention === null && this.firstEndBetween(prevQuote.end, m.start) < 0) {
        const lead = this.text.slice(prevQuote.end, m.start);
        const at = lead.toLowerCase().lastIndexOf(prevSpeaker.name.toLowerCase());
        if (at >= 0 && AFFILIATION_GAP.test(lead.slice(at + prevSpeaker.name.length))) continue;
      }
      // "said Dmitry Lukashov, an analyst at brokerage Aton.": the firm in the speaker's description.
      if (speakerEnd >= 0 && DESCRIBED_AFFILIATION.test(this.text.slice(speakerEnd, m.start)) && this.firstEndBetween(speakerEnd, m.end) < 0) continue;
      // `," he told BBC Five Live's Sportsweek.`: the programme a speaker told is no new speaker.
      if (speakerEnd < 0 && this.firstEndBetween(prevQuote.end, m.start) < 0 && this.toldMedia(prevQuote.end, m)) continue;
      // "Williams said referring to her match with Molik.": a name governed by a preposition in the attribution is no new speaker.
      if (speakerEnd >= 0 && this.firstEndBetween(prevQuote.end, m.start) < 0 && this.governed(wordsIn(this.text, speakerEnd, m.start), wordsIn(this.text, speakerEnd, m.start).length - 1)) continue;
      if (this.headOfNamePhrase(idx) === null) continue;
      // ("said on television station Canal Plus": an unsure name no clause has as subject.)
      if (this.unsureBystander(idx)) continue;
      return null;
    }
    return prevSpeaker;
  }

  /**
   * "... grew out of medical research done by the company's research director Dr Alastair Sibbald. "We are basically
   * trying ..."": a first-person quotation opening its sentence right after a narration sentence of the same paragraph
   * that ends by introducing someone (named in full for the first time, with a role) is that newcomer's.
   */
  private introducedToSpeak(i: number, leadStart: number, leadEnd: number): Speaker | null {
    const q = this.quotes[i];
    if (leadEnd <= this.paragraphs[this.contexts[i].paragraph].start || this.text.slice(leadEnd, q.start).trim() !== '') return null;
    if (!FIRST_PERSON.test(this.text.slice(q.innerStart, q.innerEnd)) || this.around(i).post.some((w) => !w.punct)) return null;
    const lead = this.narrationWordsIn(leadStart, leadEnd);
    const stop = lead[lead.length - 1];
    if (!stop || stop.text !== '.' || lead.some((w) => SPEECH_VERBS.has(w.lower) || SPEECH_NOUNS.has(w.lower))) return null;
    const idx = this.personEndingAt(lead[lead.length - 2]?.end ?? -1);
    if (idx === null || this.firstMentionOf(this.names[idx].local) !== idx || !this.names[idx].text.includes(' ') || this.headOfNamePhrase(idx) !== idx) return null;
    // A role right before the name, past an honorific: "research director Dr Alastair Sibbald".
    const before = wordsIn(this.text, Math.max(leadStart, this.names[idx].start - 40), this.names[idx].start);
    let k = before.length - 1;
    while (k >= 0 && HONORIFICS.has(before[k].text)) k--;
    return k >= 0 && (PERSON_ROLE_HEADS.has(before[k].lower) || DELEGATE_ROLES.has(before[k].lower)) ? { mention: idx, name: this.names[idx].text } : null;
  }

  /**
   * Between a quotation and a name stands `, he told BBC Five Live's`: the name is part of an outlet the speaker told.
   * Or the name is the one told, closing the attribution (`," she told Assignment.`): a listener, no new speaker.
   */
  private toldMedia(from: number, name: NameMention): boolean {
    const words = wordsIn(this.text, from, name.start);
    const told = words.findIndex((w) => LISTENER_VERBS.has(w.lower));
    if (told < 0) return false;
    if (told === words.length - 1 && /^\.\s/.test(this.text.slice(name.end, name.end + 2))) return true;
    return words.slice(told + 1).some((w) => MEDIA_NAMES.has(w.text.replace(/['’]s$/, '')) || MEDIA_HEADS.has(w.lower));
  }

  /** The speaker is named in the quotation's sentence after a speech verb or "that": the subject of a reported clause. */
  private namedInReportedClause(speaker: Speaker, at: number): boolean {
    if (speaker.mention === null) return true;
    const sentence = this.sentenceStartBefore(at);
    const m = this.names[speaker.mention];
    if (m.start < sentence || m.start > at) return false;
    return wordsIn(this.text, sentence, m.start).some((w, k, ws) => (SPEECH_VERBS.has(w.lower) && !this.isPassive(ws, k)) || w.lower === 'that');
  }

  /**
   * "He pledged cleaner hospitals ... "I come from an ordinary family."": a quotation in the first
   * person that opens its sentence, right after a narration sentence of the same paragraph about
   * someone, is that someone's. `undefined`: the rule does not apply (a joint subject, another
   * speaker just quoted in this paragraph, no person as the subject).
   */
  private topicSpeaker(i: number, prevSpeaker: Speaker | null): Speaker | null | undefined {
    const q = this.quotes[i];
    const inner = this.text.slice(q.innerStart, q.innerEnd);
    // Words not in the first person only after a sentence that reports the subject's words: see `reportsSpeech`.
    const firstPerson = FIRST_PERSON.test(inner);
    // Narration after the quotation (an attribution not understood: `," said Rangers manager X of`) decides, not the sentence before.
    if (this.around(i).post.some((w) => !w.punct)) return undefined;
    let paragraph = this.contexts[i].paragraph;
    // A quotation opening its paragraph follows the last sentence of the paragraph before
    // ("Ozzy said he was "just coming to grips" with what had happened. ¶ "We lived in Los Angeles...").
    const acrossParagraphs = this.text.slice(this.paragraphs[paragraph].start, q.start).trim() === '' && paragraph > 0;
    if (acrossParagraphs) paragraph--;
    const para = this.paragraphs[paragraph];
    const ends = this.endsBetween(para.start, Math.min(q.start, para.end + 1)).filter((end) => !this.insideQuote(end - 1));
    const leadEnd = ends[ends.length - 1];
    if (leadEnd === undefined || this.text.slice(leadEnd, q.start).trim() !== '') return undefined;
    let leadStart = ends.length > 1 ? ends[ends.length - 2] : para.start;
    // `told the audience: "... such a small budget." Best actor Foxx could not make the ceremony`: a
    // quotation that ends its sentence ends the lead's predecessor too.
    // (Past a fragment of the lead itself: `... run out." Mr Hasson said ... more "business-like".`)
    for (let n = this.firstQuoteEndingAfter(leadEnd) - 1; n >= 0 && this.quotes[n].end > leadStart; n--) {
      const before = this.quotes[n];
      if (/[.?!]$/.test(this.text.slice(before.innerStart, before.innerEnd).trimEnd())) {
        leadStart = before.end;
        break;
      }
    }
    while (leadStart < leadEnd && /\s/.test(this.text[leadStart])) leadStart++;
    // Across a paragraph break only a sentence reporting speech leads in ("But Real could be drawn
    // against Arsenal. ¶ "It's going to be great"" is not Real's).
    if (acrossParagraphs && !this.narrationWordsIn(leadStart, leadEnd).some((w) => SPEECH_VERBS.has(w.lower))) return undefined;
    let subject: Speaker | null | undefined;
    const opening = wordsIn(this.text, leadStart, Math.min(leadEnd, leadStart + 40));
    let k = 0;
    while (k < opening.length && (CONNECTIVES.has(opening[k].lower) || INTRO_WORDS.has(opening[k].lower) || opening[k].lower === 'here')) k++;
    const pronoun = opening[k];
    if (pronoun && (pronoun.lower === 'he' || pronoun.lower === 'she')) {
      if (!firstPerson && !this.reportsSpeech(pronoun.end, leadEnd)) return undefined;
      subject = this.resolvePronoun(pronoun.lower, pronoun.start, i, prevSpeaker);
    } else {
      let head = this.personSubjectIn(leadStart, leadEnd);
      // "Jamie heads to Poland again on Sunday ... All these sessions are small steps on the way to what Jamie hopes will be
      // a return to racing in 2006. "It's all about trying to get mobility in my back."": a lead with no person or pronoun
      // for subject, naming nobody else, passes first-person words on to the subject of the sentence before it.
      const earlierEnd = ends[ends.length - 2];
      if (head === null && firstPerson && !acrossParagraphs && earlierEnd !== undefined && this.text.slice(earlierEnd, leadStart).trim() === '') {
        let earlierStart = ends[ends.length - 3] ?? para.start;
        while (earlierStart < earlierEnd && /\s/.test(this.text[earlierStart])) earlierStart++;
        const earlier = i > 0 && this.quotes[i - 1].end > earlierStart ? null : this.personSubjectIn(earlierStart, earlierEnd);
        const lead = this.narrationWordsIn(leadStart, leadEnd);
        if (typeof earlier === 'number' && !lead.some((w) => SUBJECT_PRONOUNS.has(w.lower) || SPEECH_VERBS.has(w.lower) || isPersonRole(w.lower)) &&
          !this.otherPersonBetween(earlierEnd, leadEnd, this.names[earlier].local)) head = earlier;
      }
      if (head === undefined) return undefined;
      if (head !== null) {
        if (!firstPerson && !this.reportsSpeech(this.names[head].end, leadEnd)) return undefined;
        subject = { mention: head, name: this.names[head].text };
      }
    }
    if (!subject || subject.mention === null) return undefined;
    // "He had only performed in Zimbabwe. "... the whole of Africa would have embraced him."": someone speaks about him.
    const gender = this.genderOf(subject.mention);
    // But "For example, the Dragons might use James Ireland ... he's a great prospect": "he" is who the quotation names.
    // (Not when it names the subject too: "... Simon Taylor is an outstanding player and ... if he gets back" is about him.)
    const aboutNamed = this.pronounsFollowANameInside(q) && !this.clustersInside(q).has(this.names[subject.mention].local);
    if (!aboutNamed && ((gender !== 'female' && /\b(?:he|him|his)\b/i.test(inner)) || (gender !== 'male' && /\b(?:she|her)\b/i.test(inner)))) return undefined;
    // Someone else was quoted in the lead sentence or just before it: the words may go on theirs. Not
    // when a sentence about the subject stands between ("," said Nadal. US coach Patrick McEnroe wants... "I think").
    const prevQuote = this.quotes[i - 1];
    // Such a subject must be somebody named in full somewhere ("But Real could be drawn" is a club).
    const local = this.names[subject.mention].local;
    if (prevQuote && prevSpeaker && prevSpeaker.mention !== null && this.paragraphOf[i - 1] >= paragraph &&
      this.names[prevSpeaker.mention].local !== local && (prevQuote.end > leadStart || !this.namedInFull(local))) return undefined;
    return subject;
  }

  /** The person leading a clause of the sentence [from, to) (the head of its name phrase); undefined for a joint subject ("Smith and Jones met"). */
  private personSubjectIn(from: number, to: number): number | null | undefined {
    for (let n = this.firstPersonAtOrAfter(from); n < this.persons.length; n++) {
      const idx = this.persons[n];
      const m = this.names[idx];
      if (m.end > to) break;
      if (this.insideQuote(m.start) || isPossessive(this.text, m.end) || !this.inSubjectPosition(m.start, from)) continue;
      const head = this.headOfNamePhrase(idx);
      if (head === null || joinedToCapital(this.text, this.names[head].end)) return undefined;
      return head;
    }
    return null;
  }

  /**
   * "Peter Knight, director of Context, says 24 companies reported ... . "The corporate lexicon of homilies ..."": the
   * subject's verb (after an appositive, adverbs and auxiliaries) is a speech verb, so the quotation goes on the words
   * the sentence reported, first person or not.
   */
  private reportsSpeech(subjectEnd: number, leadEnd: number): boolean {
    const words = this.narrationWordsIn(subjectEnd, leadEnd);
    let k = 0;
    if (words[0]?.text === ',') {
      const close = words.findIndex((w, n) => n > 0 && w.punct);
      if (close < 0 || close > 10 || words[close].text !== ',') return false;
      k = close + 1;
    }
    while (k < words.length && (VERB_FILLERS.has(words[k].lower) || isLowerWordEnding(words[k].text, 'ly')) && !PASSIVE_MARKERS.has(words[k].lower)) k++;
    const verb = words[k];
    return verb !== undefined && SPEECH_VERBS.has(verb.lower) && !LISTENER_VERBS.has(verb.lower) && !WEAK_SPEECH_VERBS.has(verb.lower) && !FRAMING_VERBS.has(verb.lower);
  }
}

// ---- phrases ---------------------------------------------------------------------------------

function splitOnCommas(words: Word[]): Word[][] {
  const segments: Word[][] = [[]];
  for (const w of words) {
    if (w.text === ',' || w.text === ';' || w.text === '—' || w.text === '–' || w.text === '(' || w.text === ')') segments.push([]);
    else segments[segments.length - 1].push(w);
  }
  return segments;
}

/** Words up to the first preposition other than "of"/"for" (which belong to "head of", "spokesman for"). */
function cutAtPreposition(words: Word[]): Word[] {
  // (A capitalised one is part of a title: "Treasury Under Secretary John Taylor".)
  const k = words.findIndex((w, i) => i > 0 && GOVERNING_PREPOSITIONS.has(w.lower) && startsLower(w.text) && w.lower !== 'of' && w.lower !== 'for' && w.lower !== 'to');
  return k < 0 ? words : words.slice(0, k);
}

/**
 * An organisation or unnamed source as written ("the Kremlin", "Britain's Ministry of Defence",
 * "a senior US official"), or null when the words do not look like one. An introductory phrase
 * ("In its report on the work the committee") gives its last noun phrase, otherwise the first.
 */
function sourcePhrase(text: string, words: Word[]): string | null {
  let ws = words.filter((w) => w.text !== '.');
  while (ws.length && CONNECTIVES.has(ws[0].lower)) ws = ws.slice(1);
  // "According to Mr Peston the prime minister": the conduit is not part of the subject.
  if (ws[0]?.lower === 'according' && ws[1]?.lower === 'to') {
    const det = ws.findIndex((w, k) => k > 2 && (w.lower === 'the' || w.lower === 'a' || w.lower === 'an'));
    if (det < 0) return null;
    ws = ws.slice(det);
  }
  if (ws.length === 0) return null;
  const stop = (w: Word) =>
    w.punct || VERB_FILLERS.has(w.lower) || PASSIVE_MARKERS.has(w.lower) || SPEECH_VERBS.has(w.lower) && !startsUpper(w.text) ||
    (RELATIVE_WORDS.has(w.lower) && w.lower !== 'that') || (GOVERNING_PREPOSITIONS.has(w.lower) && !['of', 'for', 'to'].includes(w.lower));
  let phrase: Word[];
  if (GOVERNING_PREPOSITIONS.has(ws[0].lower) || SUBORDINATORS.has(ws[0].lower)) {
    // Introductory phrase: the subject is the last determiner-led phrase.
    const det = findLastIndex(ws, (w) => DETERMINERS.has(w.lower) || startsUpper(w.text) && w !== ws[0]);
    if (det <= 0) return null;
    phrase = ws.slice(det);
    if (phrase.some(stop)) return null;
  } else {
    const k = ws.findIndex(stop);
    phrase = k < 0 ? ws : ws.slice(0, k);
  }
  if (phrase.length === 0 || phrase.length > 8) return null;
  const head = phrase[phrase.length - 1];
  const headWord = head.lower.replace(/['’]s?$/, '');
  const looksLikeSource = SOURCE_HEADS.has(headWord) || MEDIA_HEADS.has(headWord) || isPersonRole(headWord) || DELEGATE_ROLES.has(headWord) ||
    startsUpper(head.text) || SUBJECT_PRONOUNS.has(headWord);
  if (!looksLikeSource) return null;
  if (phrase.length === 1 && CONNECTIVES.has(headWord)) return null;
  // "Welch added that he would appear ... to explain how he "got to this place in life"": a pronoun after other words is no source's name.
  if (phrase.length > 1 && SUBJECT_PRONOUNS.has(headWord)) return null;
  return text.slice(phrase[0].start, head.end);
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k])) return k;
  return -1;
}

function isPossessive(text: string, end: number): boolean {
  return possessiveBeforeWord(text, end) && (text[end + 1] === 's' || text[end - 1] === 's');
}

/** A role noun follows within `span` plain lower-case nouns from `k` ("stadium manager"). */
function roleWithin(words: Word[], k: number, span: number): boolean {
  for (let j = k; j < Math.min(words.length, k + span + 1); j++) {
    const w = words[j];
    if (PERSON_ROLE_HEADS.has(w.lower) || DELEGATE_ROLES.has(w.lower)) return j > k;
    if (w.punct || !isNumberThenLowerWord(w.text) || SPEECH_VERBS.has(w.lower) || VERB_FILLERS.has(w.lower) || PASSIVE_MARKERS.has(w.lower) ||
      DETERMINERS.has(w.lower) || GOVERNING_PREPOSITIONS.has(w.lower) || CONNECTIVES.has(w.lower) || RELATIVE_WORDS.has(w.lower)) return false;
  }
  return false;
}

/** A comma piece that describes the name before it: "the head of X", "president of Y", "a member". */
/** "nicknamed Charly", "known as Bez", "dubbed the Special One": another name for the person before. */
function isNickname(seg: Word[]): boolean {
  const first = seg[0]?.lower;
  return first === 'nicknamed' || first === 'dubbed' || first === 'aka' || ((first === 'known' || first === 'also') && seg.some((w) => w.lower === 'as'));
}

function isAppositive(seg: Word[]): boolean {
  const first = seg[0];
  return DETERMINERS.has(first.lower) || PERSON_ROLE_HEADS.has(first.lower) || DELEGATE_ROLES.has(first.lower) || NAME_PREMODIFIERS.has(first.lower) ||
    isNickname(seg) ||
    // An age: "Stephen Douglas, 26, said".
    (seg.length === 1 && /^\d{1,3}$/.test(first.text)) ||
    // "head of new media at Virgin Radio", "controller of entertainment commissioning", "general secretary of the Centre"
    (isLowerWord(first.text) && (seg[1]?.lower === 'of' || (seg[2]?.lower === 'of' && (PERSON_ROLE_HEADS.has(seg[1].lower) || DELEGATE_ROLES.has(seg[1].lower))))) ||
    (startsUpper(first.text) && seg.length <= 6 && seg.every((w) => isTitleLike(w) || w.lower === 'of' || w.lower === 'de' || w.lower === 'des' || w.lower === 'du')) ||
    // "Ian Pearson, BT's futurologist, told": an organisation's possessive before a plain noun.
    (isPossessiveCapitalised(first.text) && seg.length <= 3 && seg.slice(1).every((w) => isLowerWord(w.text) && !SPEECH_VERBS.has(w.lower))) ||
    // "Gerhard Florin, EA's managing director for European publishing, said": a possessive, plain words, a role, its complement.
    (isPossessiveCapitalised(first.text) && possessiveRole(seg)) ||
    // "Jeff Joseph, from the Consumer Electronics Association (CEA) told": where the person is from.
    ((first.lower === 'from' || first.lower === 'of') && seg.length > 1 && seg.slice(seg[1].lower === 'the' ? 2 : 1).every((w) => isTitleLike(w) || w.text === '(' || w.text === ')') &&
      startsUpper(seg[seg[1].lower === 'the' ? 2 : 1]?.text ?? ''));
}

/** After the possessive, up to two plain words and then a role ("EA's managing director"), whatever complement follows. */
function possessiveRole(seg: Word[]): boolean {
  for (let k = 1; k < seg.length && k <= 3; k++) {
    const w = seg[k];
    if (!isLowerWord(w.text) || SPEECH_VERBS.has(w.lower) || AUXILIARIES.has(w.lower)) return false;
    if (PERSON_ROLE_HEADS.has(w.lower) || DELEGATE_ROLES.has(w.lower)) return true;
  }
  return false;
}

/**
 * "on the show described as "A Concert of Hope"", "a win described by Wenger as": a participle
 * that names or describes the noun before it ("the show [that was] described as") is passive; the
 * noun is no speaker. Not after a person's role ("the minister described the plan as").
 */
function isReducedRelative(words: Word[], k: number): boolean {
  if (!NAMING_PARTICIPLES.has(words[k].lower)) return false;
  const next = words[k + 1];
  if (next && next.lower !== 'as' && next.lower !== 'by') return false;
  const noun = words[k - 1];
  if (!noun || !isLowerWord(noun.text) || /ly$/.test(noun.lower) || isPersonRole(noun.lower) || DELEGATE_ROLES.has(noun.lower) ||
    DETERMINERS.has(noun.lower) || VERB_FILLERS.has(noun.lower) || SUBJECT_PRONOUNS.has(noun.lower) || CONNECTIVES.has(noun.lower) ||
    RELATIVE_WORDS.has(noun.lower) || SHARED_SUBJECT_CONJUNCTIONS.has(noun.lower)) return false;
  // The noun heads a phrase: a determiner or possessive before it, maybe with one adjective between.
  const leads = (w: Word | undefined) => w !== undefined && (DETERMINERS.has(w.lower) || /['’]s?$/.test(w.text));
  return leads(words[k - 2]) || (isLowerWord(words[k - 2]?.text ?? '') && leads(words[k - 3]));
}

/** Only title-like words stand before the name that starts at `nameStart`. */
function inSubjectTitles(words: Word[], nameStart: number): boolean {
  return words.filter((w) => w.end <= nameStart).every(isTitleLike);
}

/**
 * "Laying into the Conservatives' record in government", "In an interview with the Guardian": a
 * capitalised participle or preposition opens a phrase with no clause of its own (no pronoun,
 * relative word or finished speech verb), so a pronoun after it is the sentence's subject.
 */
function opensWithIntroPhrase(words: Word[]): boolean {
  const first = words[0];
  if (!first || words.length > 12 || !(isCapitalisedWordEnding(first.text, 'ing') || (GOVERNING_PREPOSITIONS.has(first.lower) && startsUpper(first.text)))) return false;
  return !words.some((w) => (w.punct && w.text !== '.') || SUBJECT_PRONOUNS.has(w.lower) || RELATIVE_WORDS.has(w.lower) || SHARED_SUBJECT_CONJUNCTIONS.has(w.lower) ||
    VERB_FILLERS.has(w.lower) || (SPEECH_VERBS.has(w.lower) && !w.lower.endsWith('ing')));
}

/** Verbs whose object is the subject of the infinitive after it: "prompted viewers to complain". */
const CAUSING_VERBS = new Set('led lead leads leading prompted prompt prompts prompting caused cause causes causing forced forcing inspired'.split(' '));
const OBJECT_CONTROL_VERBS = new Set([...CAUSING_VERBS, ...'urged urging persuaded encouraged invited allowed pressed pushed'.split(' ')]);

/** Participles that name or describe the noun they follow when used as a reduced relative clause. */
const NAMING_PARTICIPLES = new Set(['described', 'dubbed', 'branded', 'labelled', 'labeled', 'hailed', 'termed', 'called', 'billed']);

/** "Executive" in "the Scottish Executive": a capitalised role head that names a body. */
function isBodyName(head: Word): boolean {
  return ORGANISATION_ROLES.has(head.lower) && startsUpper(head.text);
}

/** A noun that describes a person: "leader", "striker", "Scot", "23-year-old". */
function isPersonRole(word: string): boolean {
  return PERSON_ROLE_HEADS.has(word) || /^\d+-year-old$/.test(word);
}

/** "the Tory leader countered": the words from "the" to a role noun directly followed by a verb. */
function roleBeforeVerb(words: Word[]): Word | null {
  for (let k = 1; k < Math.min(words.length - 1, 6); k++) {
    // "the Belgian and Russian tennis federations": coordinated words describe a group.
    if (words[k].punct || words[k].lower === 'and' || words[k].lower === 'or') return null;
    if (!isPersonRole(words[k].lower)) continue;
    // "the 25-year-old Dubliner underlined": an age before a capitalised noun describes a person too.
    if (/^\d+-year-old$/.test(words[k].lower) && words[k + 1] && isCapitalisedWord(words[k + 1].text)) k++;
    // "the Swiss star is", "the Tory leader has said", "the Scot initially defended"
    if (words[k + 1] && AUXILIARIES.has(words[k + 1].lower)) return words[k];
    let v = k + 1;
    while (v < words.length && VERB_FILLERS.has(words[v].lower)) v++;
    const verb = words[v];
    if (verb && !verb.punct && (SPEECH_VERBS.has(verb.lower) || (isLowerWordEnding(verb.text, 'ed') || isLowerWordEnding(verb.text, 's')))) return words[k];
  }
  return null;
}

/** A "person" whose name ends like a document or an organisation ("the Beige Book") is not one. */
const NOT_A_PERSON_END = /\s(?:Book|Report|Group|Bank|Company|Corporation|Association|Council|Committee|Ministry|News|Times|Post|Journal|Review|Agency|Institute|Foundation|Trust|Party|Union)$/;

/** Sources that "he"/"she" can stand for: a person described but not recognised by name. */
const SOURCE_PRONOUN = new LetterPattern(String.raw`\p{Lu}|\b(?:spokesman|spokeswoman|man|woman|boy|girl|official|officer|lawyer|father|mother|son|daughter|husband|wife|chairman|chairwoman|boss|manager|coach|minister|secretary|president|director|executive|analyst|economist|adviser|[0-9]+-year-old)$`, 'u');

/** "A spokeswoman for the Information Commissioner's Office": someone who speaks for a body, named by it. */
function speaksForBody(name: string): boolean {
  const head = HEAD_BEFORE_AFFILIATION.for(name).exec(name)?.[1].toLowerCase();
  return head !== undefined && DELEGATE_ROLES.has(head);
}

/** A spokesman is no "she", a spokeswoman no "he". */
function sourceOfOtherSex(name: string, want: Gender): boolean {
  // "The remaining members of Korn": many people are no "he" or "she" either.
  if (want !== 'unknown' && PLURAL_HEAD.test(name.split(/\s+(?:of|for|at|from|in|with)\s/)[0])) return true;
  if (/(?:^|\s|spokes|chair)woman$/i.test(name)) return want === 'male';
  if (/(?:^|\s|spokes|chair)man$/i.test(name)) return want === 'female';
  return false;
}

/** After a name: the sentence ends, at once or after one appositive ("Lindsay Schroth, an analyst with The Yankee Group."). */
const INVERTED_NAME_ENDS = /^(?:\s*,[^.,;:!?"“”()]{1,100})?\.(?:\s|$)/u;

/** Before a name: `, said Mr `, an inverted speech verb after a comma. */
const SAID_THEN_NAME = /,\s+(?:said|says|added|adds|argued|insisted|warned|explained|noted)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Prof)\.?\s+)?$/;

/** Verbs that put their subject after them: `, said Junya Tanase,`. */
const INVERTING_VERBS = new Set(['said', 'says', 'added', 'adds', 'explained', 'insisted', 'warned', 'wrote', 'writes', 'argued', 'noted']);

/** A source that a "he"/"she" could stand for: an unnamed person, or a name not recognised. */
const HUMAN_HEADS = 'spokesman|spokeswoman|spokesperson|official|officer|lawyer|source|aide|adviser|advisor|analyst|executive|director|manager|chairman|chairwoman|minister|secretary|boss|coach|man|woman';
const HUMAN_SOURCE = new LetterPattern(`^(?:(?:a|an|the|one)\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}(?:${HUMAN_HEADS})$|(?:^|\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+$`, 'u');
/** An unnamed person speaking: "Our correspondent said", "a senior official added". */
const UNNAMED_SPEAKER = new LetterPattern(`\\b(?:our|a|an|another|one|the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${HUMAN_HEADS}|correspondent|reporter|editor)\\s+(?:said|says|added|adds|told|believes|understood|explained|warned)\\b`, 'iu');

/** A source phrase that names a person, not a body ("a BBC spokesman"): "it" cannot be them. */
/** The head of an organisation's name: "the International Rugby Board", "the European Commission". */
const BODY_END = /\b(?:Board|Commission|Committee|Council|Association|Federation|Union|Authority|Agency|Office|Ministry|Department|Court|Institute|Organisation|Organization|Bank|Company|Corporation|Group|Party|Government|Parliament|Assembly|Executive|Service|Trust|Foundation|League|Club)$/;

const HUMAN_HEAD_END = new RegExp(`\\b(?:${HUMAN_HEADS})$`, 'i');

/** Between a speaker's name and their employer: "Isabelle Kronawitter at Hypovereinsbank", "Jo Brand of the BBC". */
const AFFILIATION_GAP = /^\s+(?:at|of|from)\s+(?:the\s+)?$/;
/** Between a speaker and a name in the appositive describing them: ", an analyst at brokerage ". */
const DESCRIBED_AFFILIATION = new LetterPattern(String.raw`^,\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){1,4}(?:at|of|from|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$`, 'u');

const ARTICLES = new Set(['a', 'an', 'the']);

// Case-insensitive expressions spelt out without the `i` flag: with `u` it makes a cold isolate
// close every \p{L} class over case, which costs more than all its matches.
/** "the" and at most one word, ending the text. */
const THE_AND_A_WORD_BEFORE = new RegExp(String.raw`\b[Tt][Hh][Ee]\s+(?:[\p{L}\p{N}-]+\s+)?$`, 'u');

/** A comma, an article and up to three words. */
const COMMA_AND_FEW_WORDS = new LetterPattern(String.raw`^,\s*(?:[Tt][Hh][Ee]|[Aa]|[Aa][Nn])?\s*(?:[\p{L}'’-]+\s+){0,3}$`, 'u');

/** A speech verb after the first word that is not a participle: the verb of a sentence's speaker. */
function isReportingVerb(w: Word, n: number): boolean {
  return SPEECH_VERBS.has(w.lower) && !w.lower.endsWith('ing') && n > 0;
}

/** The speaker talks about themselves. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b/;

/** Words for whoever heads an organisation ("the Warriors chief"), and the titles they can stand for. */
const GENERIC_LEADERS = new Set(['chief', 'boss', 'head']);
const LEADER_TITLES = ['chairman', 'chairwoman', 'chief executive', 'president', 'manager', 'coach', 'director', 'leader'];

/** Words that open a second main clause with its own subject. */
const CONTRAST_WORDS = new Set(['but', 'while', 'whereas', 'yet']);

/** Auxiliaries that make the word before them a clause subject. */
const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);

/** Marks that close a quotation after its stop: `."`, `.’`. */
const CLOSING_MARKS = '"”’\'';

/** An appositive name before its speech verb: `A spokesman for X, Dean Boyd, said`. */
const NAME_THEN_SAID = /^,\s+(?:said|says|told)\b/;

const HONORIFICS = new Set([...MALE_HONORIFICS, ...FEMALE_HONORIFICS, 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Rev', 'Rev.']);

/** An auxiliary right after a name makes it its clause's subject. */
const AUXILIARY_AFTER = new RegExp(`^\\s+(?:${[...AUXILIARIES].join('|')})\\b`);

/** A noun phrase ending in a plural common noun ("members", "officials"; not "boss", "Times"). */
const PLURAL_HEAD = new LetterPattern(String.raw`(?:^|\s)\p{Ll}[\p{Ll}-]*[^sui's]s$`, 'u');

/** Passive verbs that report someone's words when "as saying" or "to have said" follows: "is reported as saying". */
const REPORTED_SPEECH_FRAMES = new Set(['reported', 'understood', 'said', 'thought', 'believed', 'known']);
const REPORTED_AS_SAYING = /^\s+(?:as\s+(?:saying|telling|adding)|to\s+have\s+(?:said|told|added))\b/;

/** After the name a newspaper quoted: "as saying", "telling". */
const QUOTED_AS_SPEAKING = /^\s+(?:as\s+)?(?:saying|telling|adding|warning|claiming)\b/;

/** The last capitalised list item after a name: " and Born on", " and The Incredibles" (", Labour's strategist" may describe the name). */
const LIST_ITEM_FOLLOWS = new LetterPattern(String.raw`^\s+(?:and|or|&)\s+(?:[Tt]he\s+)?\p{Lu}`, 'u');

/** After a list item: another comma or "and"/"or". */
const LIST_GOES_ON = /^\s*(?:,|and\b|or\b)/;

/** A sentence (after its sentence end) opened by a pronoun, maybe after "But"/"And"/"So". */
const PRONOUN_OPENS = /^\s*(?:(?:But|And|So)\s+)?(?:He|She|They|It)\b/;

/** A sentence whose subject is "He"/"She" (after a connective): it goes on about someone named before. */
const PRONOUN_LED = /^(?:(?:But|And|So|Yet|Now|Still|However,?)\s+)?(?:He|She)\b/;

/** "The" opens a clause after a sentence end, a comma or colon, or "and"/"but"/"that". */
const CLAUSE_BEFORE_THE = /(?:^|[.!?]["”’]?\s+|[,;:]["”’]?\s+|\b(?:and|but|that)\s+)$/i;

/** What may stand between a title and the name it introduces: "Bishop of Durham, Dr ", "Minister ". */
const TITLE_TO_NAME = new LetterPattern(String.raw`^(?:\s+|\s*,\s*|\s+(?:of|the)\s+|\s*\p{Lu}[\p{L}.'’-]*)*\s*$`, 'u');

/** Words that make a phrase one of time ("last week", "on Monday"), not of place. */
const TIME_NOUNS = new Set('week month year weekend night morning afternoon evening yesterday today tonight'.split(' '));
/** Words of a short opening time phrase ("And last week", "Earlier this month", "On Monday"). */
const INTRO_WORDS = new Set([...'and but so then also meanwhile last this next earlier later on in at'.split(' '), ...TIME_NOUNS, 'recently', 'previously']);

/** "Scot", "Planning Minister": a role taken for a name. "Martin Luther King" keeps his surname. */
/** `words` followed by `more`: `more` itself when `words` is empty (both are fresh arrays). */
function appendWords(words: Word[], more: Word[]): Word[] {
  if (words.length === 0) return more;
  for (let k = 0; k < more.length; k++) words.push(more[k]);
  return words;
}

function isRoleNotName(name: string): boolean {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1).toLowerCase();
  if (space < 0) return PERSON_ROLE_HEADS.has(last);
  return ROLE_ENDINGS.has(last) && genderOfFirstName(name.slice(0, name.indexOf(' '))) === 'unknown';
}

/** The same office by another word: "the Reds skipper" is the one introduced as "Liverpool captain Steven Gerrard". */
const OFFICE_SYNONYMS = new Map([['skipper', 'captain'], ['captain', 'skipper'], ['boss', 'manager'], ['manager', 'boss']]);

const ROLE_ENDINGS = new Set(['minister', 'secretary', 'president', 'chancellor', 'leader', 'spokesman', 'spokeswoman', 'chairman', 'director', 'commissioner', 'officer', 'executive']);

/** A person's recollection introduced, right after the name or an aside between dashes: "X - his former press officer - remembers". */
const RECOUNTING = /^(?:\s+[-\u2013\u2014]\s[^.\n]{0,100}?\s[-\u2013\u2014])?\s+(?:remembers|recalls|reminisces|looks back|reflects on)\b/;

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** words[k] ends "<role> of <one or two lower-case nouns>" ("minister of sport", "head of public affairs"), right before a name. */
function roleComplementEndsAt(words: Word[], k: number): boolean {
  if (!isLowerWord(words[k].text) || DETERMINERS.has(words[k].lower) || GOVERNING_PREPOSITIONS.has(words[k].lower)) return false;
  const of = words[k - 1]?.lower === 'of' ? k - 1 : words[k - 2]?.lower === 'of' && isLowerWord(words[k - 1].text) && !DETERMINERS.has(words[k - 1].lower) ? k - 2 : -1;
  return of > 0 && PERSON_ROLE_HEADS.has(words[of - 1].lower);
}

/** After the verb at k only its object (up to eight words, no punctuation) and "as" end the words: "dismissed the research as". */
function framesAs(words: Word[], k: number): boolean {
  let end = words.length;
  if (end - k < 3) return false;
  if (ARTICLES.has(words[end - 1].lower)) end--;
  return words[end - 1].lower === 'as' && end - k - 2 <= 8 && !words.slice(k + 1, end - 1).some((w) => w.punct && w.text !== "'s");
}

/** words[k] is a lower-case noun right after a capitalised possessive, one capitalised word between at most ("Wenger's Bayern counterpart"). */
function possessedNounAt(words: Word[], k: number): boolean {
  const w = words[k];
  if (!isLowerWord(w.text) || DETERMINERS.has(w.lower) || GOVERNING_PREPOSITIONS.has(w.lower) || CONNECTIVES.has(w.lower) ||
    SPEECH_VERBS.has(w.lower) || AUXILIARIES.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower)) return false;
  const owner = startsUpper(words[k - 1]?.text ?? '') && !/['’]s?$/.test(words[k - 1].text) ? k - 2 : k - 1;
  return owner >= 0 && isCapitalisedPossessiveWord(words[owner].text);
}

/** Words that can stand inside a name's noun phrase: titles, capitalised words, determiners, ages. */
function isTitleLike(w: Word): boolean {
  if (w.punct) return w.text === '.';
  if (CALENDAR.test(w.text) || GOVERNING_PREPOSITIONS.has(w.lower)) return false;
  return startsUpper(w.text) || NAME_PREMODIFIERS.has(w.lower) || PERSON_ROLE_HEADS.has(w.lower) || SOURCE_HEADS.has(w.lower) ||
    w.lower === 'the' || w.lower === 'a' || w.lower === 'an' || /['’]s?$/.test(w.text) || /^\d|year-old$/.test(w.lower);
}

function isMedia(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w) => MEDIA_NAMES.has(w.replace(/['’]s$/, '')) || MEDIA_HEADS.has(w.toLowerCase()));
}

// Expressions with \p classes stand here, not in the functions using them: a cold isolate checks
// every \p literal again whenever it compiles a function holding one, which costs more than its matches.
/** A capitalised word before the space ending the text. */
const CAPITALISED_WORD_BEFORE_SPACE = new LetterPattern(String.raw`\p{Lu}[\p{L}'’-]*\s+$`, 'u');
/** "the Tory spokesman": capitalised words between "the" and "spokesman". */
const THE_TITLED_SPOKESMAN = new LetterPattern(String.raw`^the\s+(?:\p{Lu}[\p{L}-]*\s+)+spokes(?:man|woman|person)$`, 'u');
/** "a spokesman for": the word before a preposition of affiliation. */
const HEAD_BEFORE_AFFILIATION = new LetterPattern(String.raw`^(?:\S+\s+){0,3}?([\p{L}-]+)\s+(?:for|at|of|from)\s`, 'u');
