// The data the tokenizer reads. First, words that keep their full stop as part of the token
// ("Mr.", "Jan.", "etc.") and how each may sit at the end of a sentence. Case matters: "No." is an
// abbreviation before a number only, and lowercase English words ("in.", "no.", "sun.") never are.
// Then the word shapes wink-nlp split or kept whole (hyphens, units, contractions), which the
// recogniser and quote finder were tuned on.

/** Titles and words always followed by a name or noun: the sentence never ends after them. */
const TITLES = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Rev', 'Revd', 'Fr', 'Hon', 'Rt', 'Gen', 'Lt', 'Col', 'Capt', 'Cpt',
  'Maj', 'Sgt', 'Cpl', 'Pte', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Gov', 'Sen', 'Rep', 'Reps', 'Supt', 'Insp', 'Det', 'Pres',
  'St', 'Ste', 'Mt', 'Ft', 'Pt', 'Mme', 'Mlle', 'Sra', 'Snr', 'Jnr',
  'vs', 'v', 'cf', 'viz', 'approx', 'ca', 'eg', 'ie', 'Fig', 'fig', 'figs',
];

/** Abbreviations that often end a sentence too ("... by Smith et al. The report"). */
const FINAL_ABBREVIATIONS = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'Inc', 'Corp', 'Ltd', 'Co', 'Bros', 'Plc', 'Llc', 'Pty', 'Assoc', 'Dept', 'Univ', 'Esq', 'Jr', 'Sr',
  'etc', 'al', 'Ave', 'Rd', 'Blvd', 'Sq',
];

/** Abbreviations only before a number: "No. 10", "Vol. 2", "pp. 4-5"; elsewhere the word and a full stop. */
const NUMBER_ABBREVIATIONS = ['No', 'Nos', 'no', 'nos', 'Vol', 'vol', 'Vols', 'p', 'pp', 'Art', 'art', 'Ch', 'ch', 'Sec', 'sec', 'Op', 'op'];

/**
 * Capitalised words that open sentences but rarely follow an abbreviation inside one: after
 * "U.S." or "Jan." they mean a new sentence ("... in the U.S. The economy"), while any other
 * word ("U.S. President") continues it.
 */
const SENTENCE_OPENERS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'There', 'But', 'And', 'So', 'Yet', 'However', 'Meanwhile', 'In', 'On', 'At', 'For', 'If',
  'When', 'While', 'After', 'Before', 'As', 'Since', 'Although', 'Also', 'Now', 'Then', 'Some', 'Many', 'Most', 'Other',
  'Both', 'All', 'Each', 'What', 'Why', 'How', 'Who', 'Where', 'Which', 'One', 'Two', 'Last', 'Earlier', 'Later',
  'Analysts', 'Officials', 'Shares', 'Sales', 'Mr', 'Mrs', 'Ms', 'Dr',
];

export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(TITLES);
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(FINAL_ABBREVIATIONS);
export const NUMBERED_ABBREVIATIONS: ReadonlySet<string> = new Set(NUMBER_ABBREVIATIONS);
export const OPENERS_AFTER_ABBREVIATION: ReadonlySet<string> = new Set(SENTENCE_OPENERS);

/**
 * Hyphenated words wink-nlp (and dictionaries) keep whole because of their first or last part:
 * "ex-wife", "anti-war", "co-founder", "mid-1990s", "childless-wise". Other compounds split into
 * "well" "-" "known", which the name recogniser joins back when the parts are capitalised.
 */
export const KEEP_HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'e', 'a', 'u', 'x', 'anti', 'agro', 'be', 'bi', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'eco', 'ex', 'extra',
  'inter', 'intra', 'macro', 'mega', 'micro', 'mid', 'mini', 'multi', 'neo', 'non', 'over', 'pan', 'para', 'peri',
  'post', 'pre', 'pro', 'pseudo', 'quasi', 're', 'semi', 'sub', 'super', 'tri', 'ultra', 'un', 'uni', 'vice',
]);
export const KEEP_HYPHEN_SUFFIXES: ReadonlySet<string> = new Set(['esque', 'fest', 'fold', 'gate', 'itis', 'less', 'most', 'rama', 'wise']);

/** Units written straight after a number, which become their own token: "20m", "4.2bn", "30mph". */
export const NUMBER_UNITS: ReadonlySet<string> = new Set([
  'm', 'bn', 'b', 'k', 'tn', 'trn', 'km', 'kg', 'g', 'mg', 'cm', 'mm', 'ml', 'l', 'ft', 'lb', 'lbs', 'oz', 'mph', 'kph', 'kmh',
  'mw', 'kw', 'gw', 'mb', 'gb', 'tb', 'kb', 'hz', 'mhz', 'ghz', 'yds', 'yd', 'sq', 'ha', 'mins', 'min', 'hrs', 'hr', 'secs',
  'M', 'BN', 'K', 'KM', 'KG', 'MW', 'KW', 'GW', 'MB', 'GB', 'TB', 'KB', 'Hz', 'MHz', 'GHz',
]);

/** Contraction endings split off as their own token, as wink-nlp does: "do" "n't", "we" "'ll". */
export const CONTRACTION_ENDINGS = ["n't", 's', 're', 've', 'll', 'd', 'm'];

/** Contractions wink-nlp keeps whole, as the recogniser and quote finder were tuned on. */
export const WHOLE_CONTRACTIONS: ReadonlySet<string> = new Set(["I'm", 'I\u2019m']);

/** Words wink-nlp reads as two: "can" "not". */
export const SPLIT_WORDS: ReadonlyMap<string, number> = new Map([['cannot', 3], ['Cannot', 3], ['CANNOT', 3]]);

/** Dollars named by country, kept whole before the amount: "US$5m", "A$20". */
export const DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['US', 'A', 'AU', 'C', 'NZ', 'HK', 'S', 'NT', 'R']);
