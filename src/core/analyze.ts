import type { Curation } from './config/curation';
import { parseDocument, type ArticleDoc } from './nlp/document';
import { findQuotes } from './quotes/quotes';
import { recognizeNames } from './recognize/names';
import type { Article, ArticleAnalysis, LocalQuote, NameMention, Span } from './types';

/** Everything learnt from one article alone: the unit of caching and of parallel work. */
export function analyzeArticle(article: Article, curation?: Curation): ArticleAnalysis {
  const doc = parseDocument(article);
  // Names on page-furniture lines ("Reading Time: 2 minutes") are not the article's.
  const names = recognizeNames(article, doc, curation).filter((n) => !insideAny(article.excluded, n));
  let quotes = findQuotes(article, doc, names).filter((q) => !insideAny(article.excluded, q));
  // Attribution can settle what recognition left open: then its pronouns and chains are read again.
  if (confirmQuotedSpeakers(doc, names, quotes, article.excluded)) quotes = findQuotes(article, doc, names).filter((q) => !insideAny(article.excluded, q));
  return { article, sentences: doc.sentences, paragraphs: doc.paragraphs, names, quotes };
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
