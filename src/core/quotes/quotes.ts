import type { Article, LocalQuote, NameMention, QuoteType } from '../types';
import { paragraphSpans, type ArticleDoc } from '../nlp/document';
import { Attributor, type Speaker } from './attribute';
import { classifyQuote } from './classify';
import { findQuoteSpans } from './spans';
import { LetterPattern } from './words';

/**
 * Every quotation in the article body with its type and speaker. A quotation's start/end cover
 * its marks (first opener to last closer); `text` is what stands between them. The speaker is
 * a person mention (index into `names`), an organisation or unnamed source by name only, or
 * null when the text does not say clearly: a wrong speaker is worse than none.
 */
export function findQuotes(article: Article, doc: ArticleDoc, names: NameMention[]): LocalQuote[] {
  const text = article.text;
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : paragraphSpans(text, article.body.start, article.body.end);
  const spans = findQuoteSpans(text, paragraphs);
  if (spans.length === 0) return [];
  const first = paragraphs[0];
  const headline = first && article.title && text.slice(first.start, first.end).trim() === article.title.trim() ? first : null;
  const attributor = new Attributor(text, paragraphs, spans, names, headline);
  const speakers: Array<Speaker | null> = [];
  const types: QuoteType[] = [];
  const quotes: LocalQuote[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const inner = text.slice(span.innerStart, span.innerEnd);
    const type = classifyQuote(inner, () => attributor.cues(i));
    const speaker = type === 'scare' ? null : attributor.speaker(i, speakers, types);
    speakers.push(speaker);
    types.push(type);
    quotes.push({
      start: span.start,
      end: span.end,
      text: inner,
      type,
      speakerMention: speaker ? speaker.mention : null,
      speakerName: speaker ? speaker.name : null,
    });
  }
  headlineSpeakers(quotes, attributor);
  return quotes;
}

/**
 * A headline quotation takes the speaker of the body quotation that repeats its words
 * ("Abbas 'will not tolerate' attacks" … Mr Abbas said he "will not tolerate"); with no such
 * quotation nobody is named, as the headline's subject is often who the words are about.
 */
function headlineSpeakers(quotes: LocalQuote[], attributor: Attributor): void {
  const words = (text: string) => {
    const lower = text.toLowerCase();
    return ` ${lower.replace(NOT_LETTERS_OR_DIGITS.for(lower), ' ').trim()} `;
  };
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!attributor.inHeadline(i) || q.type === 'scare') continue;
    const own = words(q.text);
    // A name or a single word ('Mac mini', 'retirement') recurs in the body without being a quotation of it.
    const count = own.trim().split(' ').length;
    if (count < 2 || (count < 3 && CAPITAL_FIRST.test(q.text))) continue;
    const source = quotes.find((b, j) => !attributor.inHeadline(j) && b.speakerName !== null && words(b.text).includes(own));
    if (!source) continue;
    q.speakerMention = source.speakerMention;
    q.speakerName = source.speakerName;
  }
}

/** Runs of characters other than letters and digits. */
const NOT_LETTERS_OR_DIGITS = new LetterPattern(String.raw`[^\p{L}\p{N}]+`, 'gu');
/** A capital first, after any space. */
const CAPITAL_FIRST = new LetterPattern(String.raw`^\s*\p{Lu}`, 'u');
