import type { Article, LocalQuote, NameMention, QuoteType } from '../types';
import { paragraphSpans, type ArticleDoc } from '../nlp/document';
import { Attributor, type Speaker } from './attribute';
import { classifyQuote } from './classify';
import { findQuoteSpans } from './spans';

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
    const type = classifyQuote(inner, attributor.cues(i));
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
  return quotes;
}
