import type { Span } from '../types';

// Finds the parts of a scraped article that are not the article: comment forms, "Recent Posts"
// lists, share widgets and publisher blurbs at the end, credit and byline lines just before
// them, and a "Reading Time: 2 minutes" line near the top. General patterns, no per-site rules.

/** A line that alone starts the page furniture after an article. */
const TAIL_MARKER = new RegExp(
  '^(?:' +
    [
      'leave a (?:reply|comment)', 'post a comment', 'add (?:a )?comment', '\\d+ comments?', 'comments?', 'view all comments',
      'notify of', 'inline feedbacks', 'subscribe', 'recent (?:posts|articles|stories)', 'related(?: (?:posts|articles|stories|content|coverage))?',
      'more (?:stories|news|from [^.]{1,40})', 'you (?:may|might) also like', 'read (?:more|next|also)', 'most (?:read|popular|viewed)',
      'popular (?:posts|stories)', 'trending(?: now)?', 'share(?: this(?: article| story| post)?)?(?: on)?', 'share via', 'follow us(?: on [^.]{1,30})?',
      'tags?', 'filed under', 'about the author', 'sign up(?: for [^.]{1,40})?', 'advertisement', 'sponsored(?: content)?', 'like this:', 'loading\\.\\.\\.',
    ].join('|') +
    ')\\s*:?$',
  'i',
);

/** "Source: Al Jazeera", "Photo: Reuters", "Reporting by ...", "By Jane Doe" lines. */
const CREDIT_LINE = /^(?:(?:sources?|photos?|photographs?|images?|pictures?|credits?)\s*[:\-–—]|(?:additional )?reporting by\b|editing by\b|written by\b|via\b|©|copyright\b)\s*(.{1,160})$/i;
const BY_LINE = /^by\s+([^.!?]{1,60})$/i;

/** Promotional sentences of a publisher's blurb or newsletter box. */
const PROMO = /\b(?:become a (?:member|subscriber) (?:now|today)|join our (?:mission|community)|subscribe (?:now|today)|sign up (?:now|today|for our|to our)|support (?:our|independent) journalism|our (?:free )?newsletter|follow us on|all rights reserved|donate (?:now|today))\b|©/i;

/** One to four capitalised words alone on a line, e.g. "Drew Leifheit": a byline. */
const BYLINE = new RegExp(String.raw`^(?:[A-Z][\p{L}'’.-]*)(?:\s+[A-Z][\p{L}'’.-]*){0,3}$`, 'u');

const READING_TIME = /^(?:(?:estimated )?read(?:ing)? time\s*:?\s*\d+(?:\s*-\s*\d+)?\s*(?:min(?:ute)?s?)\b.*|\d+\s*min(?:ute)?s? read)$/i;

export interface BoilerplateResult {
  /** Where the article's own text ends (start of the trailing boilerplate, or `end`). */
  bodyEnd: number;
  /** Lines inside the body that are page furniture ("Reading Time: 2 minutes"). */
  excluded: Span[];
  /** Outlet named by a single-item "Source: X" credit line in the boilerplate. */
  sourceCredit?: string;
}

interface Line extends Span {
  text: string;
}

function nonEmptyLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const s = m.index + lead;
    lines.push({ start: s, end: Math.min(s + trimmed.length, end), text: trimmed });
  }
  return lines;
}

export function findBoilerplate(text: string, start: number, end: number): BoilerplateResult {
  const lines = nonEmptyLines(text, start, end);
  const excluded: Span[] = [];
  for (const line of lines.slice(0, 6)) {
    if (line.text.length < 60 && READING_TIME.test(line.text)) excluded.push({ start: line.start, end: line.end });
  }

  // The first marker line after some article text starts the tail.
  let cut = lines.length;
  for (let i = 2; i < lines.length; i++) {
    if (lines[i].text.length <= 50 && TAIL_MARKER.test(lines[i].text) && lines[i].start - start >= 200) {
      cut = i;
      break;
    }
  }
  // Walk back over credits, blurbs and bylines that sit just before the tail (or the end).
  let foundFurniture = cut < lines.length;
  let sourceCredit: string | undefined;
  const maxBack = Math.max(0, cut - 6);
  while (cut > 1 && cut > maxBack) {
    const line = lines[cut - 1].text;
    const credit = line.length <= 170 ? CREDIT_LINE.exec(line) : null;
    const byline = BY_LINE.exec(line);
    if (credit || (byline && BYLINE.test(byline[1].replace(/,.*$/, '')))) {
      if (credit && /^sources?\b/i.test(line) && !/[,;&]| and /.test(credit[1])) sourceCredit = credit[1].trim();
      foundFurniture = true;
    } else if (PROMO.test(line) && line.length <= 800) {
      foundFurniture = true;
    } else if (foundFurniture && line.length <= 40 && BYLINE.test(line)) {
      // a byline only counts next to other furniture; alone it could be a subheading
    } else break;
    cut--;
  }
  return { bodyEnd: cut < lines.length ? lines[cut - 1].end : end, excluded, sourceCredit };
}
