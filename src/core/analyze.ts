import type { Curation } from './config/curation';
import { parseDocument, type ArticleDoc } from './nlp/document';
import { findQuotes } from './quotes/quotes';
import { isLetterOrDigitAt } from './quotes/words';
import { gazetteer, phraseKey } from './recognize/gazetteer';
import { recognizeNames } from './recognize/names';
import type { Article, ArticleAnalysis, LocalQuote, NameMention, Span } from './types';

/** Everything learnt from one article alone: the unit of caching and of parallel work. */
export function analyzeArticle(article: Article, curation?: Curation): ArticleAnalysis {
  const doc = parseDocument(article);
  // Names on page-furniture lines ("Reading Time: 2 minutes") are not the article's.
  const names = outsideExcluded(article, recognizeNames(article, doc, curation));
  let quotes = outsideExcluded(article, findQuotes(article, doc, names));
  // Attribution can settle what recognition left open: then its pronouns and chains are read again.
  const confirmed = confirmQuotedSpeakers(doc, names, quotes, article.excluded);
  if (nameUnrecognisedSpeakers(article, names, quotes) || confirmed) quotes = outsideExcluded(article, findQuotes(article, doc, names));
  return { article, sentences: doc.sentences, paragraphs: doc.paragraphs, names, quotes };
}

/** The spans not on an excluded line (most articles have none: then the list itself). */
function outsideExcluded<T extends Span>(article: Article, spans: T[]): T[] {
  return article.excluded?.length ? spans.filter((s) => !insideAny(article.excluded, s)) : spans;
}

function insideAny(spans: readonly Span[] | undefined, s: Span): boolean {
  return !!spans && spans.some((x) => s.start < x.end && s.end > x.start);
}

/**
 * "Parry said:", '"...," added Welch': a surname that is also a dictionary word stays an unsure
 * (weak) person in recognition, since "Parry" or "Bell" may be a word or a firm. When attribution
 * names that one word as the speaker of a statement, and the article refers to its bearer as "he" or
 * "she", the article itself has settled that it is a person. Firms say things too ("Shell said"), but
 * are "it". Returns whether any cluster was confirmed.
 */
function confirmQuotedSpeakers(doc: ArticleDoc, names: NameMention[], quotes: LocalQuote[], excluded: readonly Span[] | undefined): boolean {
  let speakers: Set<string> | undefined;
  for (const q of quotes) if (q.type === 'statement' && q.speakerMention === null && q.speakerName && !q.speakerName.includes(' ')) (speakers ??= new Set()).add(q.speakerName);
  if (!speakers) return false;
  let confirmed = false;
  for (const word of speakers) {
    const cluster = names.filter((n) => n.text === word);
    if (!cluster.length || !cluster.every((n) => n.kind === 'person' && n.weak && n.local === cluster[0].local)) continue;
    if (names.some((n) => n.local === cluster[0].local && n.text !== word)) continue;
    if (!cluster.some((n) => gendered(doc, n))) continue;
    for (const n of names) if (n.local === cluster[0].local) n.weak = false;
    // the word's other uses ("Parry explained." opening a sentence) were put off while it was unsure
    for (const t of doc.tokens) {
      if (t.text !== word || insideAny(excluded, t) || names.some((n) => n.start < t.end && n.end > t.start)) continue;
      names.push({ start: t.start, end: t.end, text: word, kind: 'person', local: cluster[0].local, fullName: cluster[0].fullName, weak: false });
    }
    confirmed = true;
  }
  if (confirmed) names.sort((a, b) => a.start - b.start);
  return confirmed;
}

/**
 * The article calls the bearer of the name "he" or "she": "Welch added that he would", "Parry claims
 * he", or "But Parry, speaking to BBC Sport, ... He told". Not "the Marsh executive admitted he"
 * (a firm's name used as an adjective) nor "Marsh & McLennan".
 */
function gendered(doc: ArticleDoc, mention: Span): boolean {
  const { tokens, sentenceTokens } = doc;
  let k = 0;
  while (k < tokens.length && tokens[k].start < mention.start) k++;
  if (k === tokens.length || tokens[k].end !== mention.end) return false;
  const before = tokens[k - 1]?.text;
  if (before === 'the' || before === 'The' || tokens[k + 1]?.text === '&') return false;
  const sentence = tokens[k].sentence;
  for (let i = k + 1; i <= k + 4 && i < tokens.length && tokens[i].sentence === sentence; i++) if (PRONOUNS.has(tokens[i].text)) return true;
  const next = sentenceTokens[sentence + 1];
  return k - sentenceTokens[sentence].first < 3 && !!next && next.first < tokens.length && SENTENCE_PRONOUNS.has(tokens[next.first].text);
}
const PRONOUNS = new Set(['he', 'she']);
const SENTENCE_PRONOUNS = new Set(['He', 'She']);

/**
 * `"…," said Kidman's publicist Wendy Day.`, `E Hayot, writing in the culture blogzine Print Culture, said recently:`:
 * a speech verb's subject that recognition left unnamed is a person when it reads as a first name (or an initial) and
 * a surname, and is no known place or organisation. Asked only of quotations left without a person, on the few words
 * around them. The name, its other full occurrences and the surname after an honorific become one person; returns
 * whether any was added.
 */
function nameUnrecognisedSpeakers(article: Article, names: NameMention[], quotes: LocalQuote[]): boolean {
  const { text, body } = article;
  let added = false;
  for (const q of quotes) {
    if (q.speakerMention !== null || q.type === 'scare') continue;
    const after = SAID_NAME.exec(text.slice(q.end, Math.min(body.end, q.end + 140)));
    const beforeFrom = Math.max(body.start, q.start - 220);
    const before = after ? null : NAME_SAID.exec(text.slice(beforeFrom, q.start));
    const found = after ? { at: q.end + after.index + after[0].length - after[1].length, name: after[1] } : before ? { at: beforeFrom + before.index + before[0].indexOf(before[1]), name: before[1] } : null;
    if (!found || !looksLikePersonName(found.name)) continue;
    const end = found.at + found.name.length;
    if (names.some((n) => n.start < end && n.end > found.at) || insideAny(article.excluded, { start: found.at, end })) continue;
    const surname = found.name.slice(found.name.lastIndexOf(' ') + 1);
    // "Jack Law, chief executive of Alcohol Focus Scotland, said ... Mr Law said": the surname's cluster, when it has no other first name.
    const same = names.find((n) => n.kind === 'person' && n.text === surname && (n.fullName === surname || HONORIFICS.some((h) => n.fullName === `${h} ${surname}`)));
    const local = same ? same.local : names.reduce((max, n) => Math.max(max, n.local), -1) + 1;
    if (same) for (const n of names) if (n.local === local) n.fullName = found.name;
    const spans: Span[] = [];
    for (let at = text.indexOf(found.name, body.start); at >= 0 && at < body.end; at = text.indexOf(found.name, at + 1)) spans.push({ start: at, end: at + found.name.length });
    for (const honorific of HONORIFICS) {
      const needle = `${honorific} ${surname}`;
      for (let at = text.indexOf(needle, body.start); at >= 0 && at < body.end; at = text.indexOf(needle, at + 1)) spans.push({ start: at + honorific.length + 1, end: at + needle.length });
    }
    for (const span of spans) {
      if (isLetterOrDigitAt(text, span.end) || names.some((n) => n.start < span.end && n.end > span.start) || insideAny(article.excluded, span)) continue;
      names.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: 'person', local, fullName: found.name, weak: false });
      added = true;
    }
  }
  if (added) names.sort((a, b) => a.start - b.start);
  return added;
}

const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr'];
const SPEAKING = '(?:said|says|added|adds|explained|explains|told|tells|argued|argues|insisted|insists|warned|warns|noted|notes|admitted|admits|commented|stressed|claimed)';
const RUN = "((?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.?)(?:\\s+\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)?){1,2})";
/** `," said Sandvine's chief technology officer Marc Morin.`: the verb, a few words of description, the name ending the attribution. */
const SAID_NAME = new RegExp(`^\\s*,?\\s*${SPEAKING}\\s+(?:(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}[\\p{L}'’]*['’]s?|\\p{Lu}{2,})\\s+){0,5}?${RUN}(?=\\s*[,.(]|\\s+(?:of|from|at)\\s)`, 'u');
/** `Jack Law, chief executive of Alcohol Focus Scotland, said Jack McConnell's comment was` before the quotation. */
const NAME_SAID = new RegExp(`(?:^|[.!?"”]\\s+)${RUN}(?:\\s*,[^,"“”]{3,90},)?\\s+${SPEAKING}\\b[^"“”]{0,200}$`, 'u');
const NOT_PERSON_ENDS = new Set('Airlines Airways Party Council Group Bank Association Alliance Committee Commission Office Agency Institute Society Trust Union Board Times News Post Press Court League Club Foundation Partners Capital Management Research Securities Records Pictures Studios Entertainment Network Networks Systems Motors'.split(' '));

const INITIAL_OR_CAPITAL = new RegExp(String.raw`^\p{Lu}\.?$`, 'u');

/** A first name (or an initial) and capitalised words after it that no gazetteer entry claims. */
function looksLikePersonName(run: string): boolean {
  const words = run.split(/\s+/);
  const last = words[words.length - 1];
  if (NOT_PERSON_ENDS.has(last)) return false;
  const g = gazetteer();
  if (!(g.firstNames.has(words[0]) || INITIAL_OR_CAPITAL.test(words[0]))) return false;
  for (let k = 0; k < words.length; k++) {
    for (let j = k + 1; j <= words.length; j++) {
      const kind = g.phrases.get(phraseKey(words.slice(k, j).join(' ')))?.kind;
      if (kind === 'place' || kind === 'org') return false;
    }
  }
  return true;
}
