import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { claimsOf, claimWording, compareWording, groupClaims, groupClaimsInSlices, likeness, contentStems, type Claim, type WordingSegment } from '../../src/core/claims';
import { indexFolder } from '../../src/core/index/indexFolder';
import type { Quote } from '../../src/core/types';
import { PanelModel } from '../../src/extension/panel/viewModel';

// Claims grouping on the quotations of the bundled sample corpus (Istanbul talks, March 2022),
// each attributed as its article attributes it, so grouping is tested apart from quote finding.
const SAMPLES = path.join(__dirname, '../../samples/istanbul-talks');
const FILES: Record<string, string> = {
  '000': '000_7d0796a21ad2c65c.txt',
  '001': '001_473595742cb198c6.txt',
  '002': '002_f8afb44f8dfed8d9.txt',
  '003': '003_122ecd206fab1632.txt',
  '004': '004_dbc757bebcad6a8f.txt',
};
const text = (file: string) => readFileSync(path.join(SAMPLES, FILES[file]), 'utf8');

const FOMIN = 'person:alexander-fomin';
const MEDINSKY = 'person:vladimir-medinsky';
const BIDEN = 'person:joe-biden';
const ZELENSKY = 'person:volodymyr-zelensky';

/** The quotation of `file` whose text starts with `opening`, between its quote marks. */
function quote(file: string, opening: string, speaker: string | null, speakerName: string | null): Quote {
  const body = text(file);
  const start = body.indexOf(opening);
  assert.ok(start > 0 && /[“"']/.test(body[start - 1]), `"${opening}" opens a quotation in ${file}`);
  const close = body.slice(start).search(/[”"'](?=[\s,.)]|$)/);
  assert.ok(close > 0, `quotation "${opening}" closes in ${file}`);
  return { path: FILES[file], start, end: start + close, text: body.slice(start, start + close), type: 'statement', speaker, speakerName };
}

const quotes = {
  fominRadically: quote('000', 'radically reduce', FOMIN, 'Alexander Fomin'),
  drastically: quote('001', 'drastically', null, 'The head of Russian delegations'),
  mutualTrust001: quote('001', 'increase mutual trust.', MEDINSKY, 'Vladimir Medinsky'),
  medinskyMeaningful: quote('001', 'After today’s meaningful conversation', MEDINSKY, 'Vladimir Medinsky'),
  bidenActions001: quote('001', 'until I see what their actions are.', BIDEN, 'Biden'),
  mutualTrust002: quote('002', 'increase mutual trust.', null, 'Russia'),
  fominLong002: quote('002', '[The] Russian Defense Ministry has decided', FOMIN, 'Alexander Fomin'),
  bidenSee002: quote('002', 'We’ll see. I don’t read anything', BIDEN, 'Joe Biden'),
  medinskyCeasefire: quote('002', 'This is not a ceasefire', MEDINSKY, 'Vladimir Medinsky'),
  zelenskySignals: quote('002', 'We can say the signals', ZELENSKY, 'Volodymyr Zelensky'),
  fundamentally: quote('003', 'fundamentally', null, 'the Russian military'),
  fominTrust003: quote('003', 'to increase trust', FOMIN, 'Alexander Fomin'),
  fominLong003: quote('003', 'In order to increase mutual trust and create the necessary', FOMIN, 'Alexander Fomin'),
  mod1: quote('003', 'It is highly likely that Russia', null, 'Britain’s Ministry of Defence'),
  kremlin: quote('004', 'The withdrawal of Russian forces', null, 'the Kremlin'),
};

function sentenceAround(q: Quote): string {
  const body = readFileSync(path.join(SAMPLES, q.path), 'utf8');
  const from = Math.max(body.lastIndexOf('. ', q.start), body.lastIndexOf('\n', q.start)) + 1;
  const to = body.indexOf('.', q.end + 1);
  return body.slice(from, to < 0 ? body.length : to + 1);
}

const sourceOf = (p: string) => ({ title: text(Object.keys(FILES).find((k) => FILES[k] === p)!).split('\n')[0], outlet: `Outlet ${p.slice(0, 3)}` });
const all = groupClaims(Object.values(quotes), { sourceOf, contextOf: sentenceAround });
const claimWith = (q: Quote): Claim => all.find((c) => c.versions.some((v) => v.quote === q))!;
const paths = (c: Claim) => [...new Set(c.versions.map((v) => v.quote.path.slice(0, 3)))].sort();

describe('claims: grouping quotations of the sample corpus', () => {
  it("groups Fomin's pledge as three outlets reported it, radically / drastically wording and all", () => {
    const pledge = claimWith(quotes.fominLong002);
    assert.strictEqual(pledge, claimWith(quotes.fominRadically), '"radically reduce" (000) is inside the 003 version');
    assert.strictEqual(pledge, claimWith(quotes.fominLong003), 'the two translations of the statement (002, 003)');
    assert.strictEqual(pledge, claimWith(quotes.fominTrust003));
    assert.ok(pledge.articles >= 3, `carried by ${pledge.articles} articles`);
    assert.deepStrictEqual(pledge.speakers[0].entity, FOMIN);
    assert.ok(pledge.outlets.includes('Outlet 000') && pledge.outlets.includes('Outlet 002') && pledge.outlets.includes('Outlet 003'));
  });

  it('puts a one-word scare quote beside the statement it echoes, when its sentence tells the same story', () => {
    // 001: the Russian military would “drastically” scale back its combat operations around Kyiv.
    assert.strictEqual(claimWith(quotes.drastically), claimWith(quotes.fominLong002));
    const version = claimWith(quotes.drastically).versions.find((v) => v.quote === quotes.drastically)!;
    assert.strictEqual(version.quote.speaker, null, 'kept as an unnamed source, not silently re-attributed');
  });

  it("puts 003's 'fundamentally' (the outlet's own word) with Fomin's pledge: its sentence tells it", () => {
    // 003: the Russian military said it would “fundamentally” cut back operations near Ukraine’s
    // capital Kyiv and the northern city of Chernihiv. No word in common with the quote itself.
    const pledge = claimWith(quotes.fominLong002);
    assert.strictEqual(claimWith(quotes.fundamentally), pledge);
    assert.deepStrictEqual(paths(pledge), ['000', '001', '002', '003']);
    const version = pledge.versions.find((v) => v.quote === quotes.fundamentally)!;
    assert.deepStrictEqual([version.quote.speaker, version.quote.speakerName], [null, 'the Russian military'], 'its outlet names no person, nor does the panel');
  });

  it('keeps such a one-word quote apart when its sentence names someone else, or too few outlets carry the claim', () => {
    const named = groupClaims(Object.values(quotes), { sourceOf, contextOf: sentenceAround, peopleAround: (q) => (q === quotes.fundamentally ? [{ entity: MEDINSKY, text: 'Medinsky' }] : []) });
    const alone = named.find((c) => c.versions.some((v) => v.quote === quotes.fundamentally))!;
    assert.deepStrictEqual(alone.versions.map((v) => v.quote), [quotes.fundamentally]);
    const oneOutlet = groupClaims([quotes.fundamentally, quotes.fominLong002], { sourceOf, contextOf: sentenceAround });
    assert.strictEqual(oneOutlet.length, 2, 'a single other article is not enough to tell a paraphrase from chance');
  });

  it("does not put a three-word phrase in two people's mouths: Medinsky's 'increase mutual trust' stays his", () => {
    // 001 gives "increase mutual trust" to the head of the Russian delegation; 002 and 003 to Fomin.
    const phrase = claimWith(quotes.mutualTrust001);
    assert.notStrictEqual(phrase, claimWith(quotes.fominLong003));
    assert.deepStrictEqual(phrase.speakers.map((s) => s.entity), [MEDINSKY]);
    assert.ok(!claimsOf(all, MEDINSKY).includes(claimWith(quotes.fominLong003)));
  });

  it('shows one statement given to two people by different outlets as one claim with both speakers', () => {
    // The same Fomin statement, as 003 prints it, attributed by another outlet to Medinsky.
    const misattributed: Quote = { ...quotes.fominLong003, path: FILES['001'], speaker: MEDINSKY, speakerName: 'Vladimir Medinsky' };
    const claims = groupClaims([quotes.fominLong002, quotes.fominLong003, misattributed], { sourceOf });
    assert.strictEqual(claims.length, 1);
    assert.deepStrictEqual(claims[0].speakers.map((s) => [s.entity, s.versions]), [
      [FOMIN, 2],
      [MEDINSKY, 1],
    ]);
  });

  it('lets an unnamed phrase join the person its sentence names', () => {
    // 000: "...Alexander Fomin made the announcement to “radically reduce” Russia’s military activity"
    const unnamed: Quote = { ...quotes.fominRadically, speaker: null, speakerName: null };
    const claims = groupClaims([unnamed, quotes.fominLong003, quotes.medinskyCeasefire], { sourceOf, contextOf: sentenceAround });
    assert.strictEqual(claims[0].versions.length, 2);
    assert.deepStrictEqual(claims[0].speakers.map((s) => s.entity), [FOMIN, null]);
  });

  it("keeps Medinsky's other statements apart: different words are different claims", () => {
    const mine = claimsOf(all, MEDINSKY);
    const meaningful = claimWith(quotes.medinskyMeaningful);
    const ceasefire = claimWith(quotes.medinskyCeasefire);
    assert.notStrictEqual(meaningful, ceasefire);
    assert.ok(mine.includes(meaningful) && mine.includes(ceasefire));
    assert.strictEqual(meaningful.articles, 1);
    assert.strictEqual(ceasefire.articles, 1);
  });

  it("groups Biden's remark reported in full by one outlet and in part by another", () => {
    const remark = claimWith(quotes.bidenActions001);
    assert.strictEqual(remark, claimWith(quotes.bidenSee002));
    assert.deepStrictEqual(paths(remark), ['001', '002']);
  });

  it('never merges different people saying different things', () => {
    assert.notStrictEqual(claimWith(quotes.zelenskySignals), claimWith(quotes.bidenSee002));
    assert.notStrictEqual(claimWith(quotes.kremlin), claimWith(quotes.fominLong002));
    assert.notStrictEqual(claimWith(quotes.mod1), claimWith(quotes.fominLong002));
    assert.strictEqual(all.reduce((n, c) => n + c.versions.length, 0), Object.keys(quotes).length, 'every quote in exactly one claim');
  });

  it('lists the most widely reported claims first, versions in a stable order', () => {
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].articles >= all[i].articles);
    const again = groupClaims([...Object.values(quotes)].reverse(), { sourceOf, contextOf: sentenceAround });
    assert.deepStrictEqual(again.map((c) => c.id).sort(), all.map((c) => c.id).sort());
  });
});

describe('claims: grouping in slices, the extension host free between them', () => {
  const ids = (claims: Claim[]) => claims.map((c) => c.versions.map((v) => `${v.quote.path}:${v.quote.start}`).join(' '));

  it('gives the same claims as grouping in one go, letting other work run in between', async () => {
    let ranMeanwhile = 0;
    const other = setInterval(() => ranMeanwhile++, 0);
    // Slices of no time at all: it yields after every step.
    const sliced = await groupClaimsInSlices(Object.values(quotes), { sourceOf, contextOf: sentenceAround }, undefined, 0);
    clearInterval(other);
    assert.deepStrictEqual(ids(sliced), ids(all));
    assert.ok(ranMeanwhile > 0, 'a timer ran while grouping');
  });

  it('stops when aborted: the index changed, its claims are no longer wanted', async () => {
    const abort = new AbortController();
    const grouping = groupClaimsInSlices(Object.values(quotes), { sourceOf, contextOf: sentenceAround }, abort.signal, 0);
    abort.abort();
    await assert.rejects(grouping, { name: 'AbortError' });
  });
});

describe('claims: wording differences', () => {
  it("marks the words only one version has: 002's 'decrease' against 003's 'reduce'", () => {
    const pledge = claimWith(quotes.fominLong002);
    const wording = claimWording(pledge);
    const of = (q: Quote) => wording[pledge.versions.findIndex((v) => v.quote === q)];
    const unique = (segments: WordingSegment[]) => segments.filter((s) => s.kind === 'unique').map((s) => s.text).join('|');
    assert.match(unique(of(quotes.fominLong002)), /decrease/);
    assert.match(unique(of(quotes.fominLong003)), /necessary/);
    assert.doesNotMatch(unique(of(quotes.fominLong003)), /mutual trust/, 'words every version has are not marked');
    pledge.versions.forEach((v, i) => assert.strictEqual(wording[i].map((s) => s.text).join(''), v.quote.text, 'segments cover the text exactly'));
  });

  it('aligns in order: a word present elsewhere but out of place is "reordered", not "same"', () => {
    const [a, b] = compareWording(['reduce military activity drastically', 'drastically reduce military activity']);
    assert.deepStrictEqual(a, [
      { text: 'reduce military activity ', kind: 'same' },
      { text: 'drastically', kind: 'reordered' },
    ]);
    assert.strictEqual(b.map((s) => s.text).join(''), 'drastically reduce military activity');
  });

  it('marks nothing in a single-source claim, and keeps a missing "not" visible', () => {
    assert.deepStrictEqual(compareWording(['This is not a ceasefire']), [[{ text: 'This is not a ceasefire', kind: 'same' }]]);
    const [withNot] = compareWording(['This is not a ceasefire', 'This is a ceasefire']);
    assert.deepStrictEqual(withNot.find((s) => s.kind === 'unique'), { text: 'not', kind: 'unique' });
  });

  it('measures likeness on content words: function words alone make no claim', () => {
    assert.strictEqual(likeness(contentStems('it is in the hands of both sides'), contentStems('in the hands of the')).strength, 'none');
    assert.strictEqual(likeness(contentStems('radically reduce'), contentStems(quotes.fominLong003.text)).strength, 'alike');
  });
});

describe('claims: on what the engine finds in the sample corpus', () => {
  let claims: Claim[];
  let idOf: (name: string) => string;

  before(async () => {
    const { index } = await indexFolder(SAMPLES);
    claims = await new PanelModel(index).allClaims();
    idOf = (name) => index.entities({ kind: 'person', text: name })[0].id;
  });

  it("groups Fomin's pledge from all four articles that report it, whoever each names as the speaker", () => {
    const fomin = idOf('Fomin');
    const pledge = claimsOf(claims, fomin).find((c) => c.versions.some((v) => v.quote.text.startsWith('[The] Russian Defense Ministry')))!;
    assert.ok(pledge, 'his statement in 002 is one of his claims');
    const texts = pledge.versions.map((v) => `${v.quote.path.slice(0, 3)} ${v.quote.text.slice(0, 20)}`);
    for (const expected of ['000 radically reduce', '001 drastically', '003 fundamentally', '003 In order to increase']) assert.ok(texts.includes(expected), `${expected} in ${texts.join(' / ')}`);
    assert.strictEqual(pledge.speakers[0].entity, fomin);
    assert.ok(!texts.some((t) => t.startsWith('004')), 'the Kremlin statement of 004 is another claim');
  });

  it("keeps Medinsky's statements as separate single-source claims", () => {
    const mine = claimsOf(claims, idOf('Medinsky'));
    const statements = mine.filter((c) => c.speakers.every((s) => s.entity === idOf('Medinsky')));
    assert.ok(statements.length >= 3, `${statements.length} claims`);
    for (const c of statements) assert.strictEqual(c.articles, 1);
    assert.ok(statements.some((c) => c.versions[0].quote.text.startsWith('This is not a ceasefire')));
  });
});

describe('claims: on a BBC sample (the 365 entertainment articles), nothing said by someone else', () => {
  const BBC = path.join(__dirname, '../../../shared/corpus/bbc/entertainment');
  let claims: Claim[];

  before(async function () {
    this.timeout(120_000);
    const { index } = await indexFolder(BBC);
    claims = await new PanelModel(index).allClaims();
  });

  it('gives no claim two different people: on this sample none says what another said', () => {
    const shared = claims.filter((c) => new Set(c.speakers.filter((s) => s.entity).map((s) => s.entity)).size > 1);
    assert.deepStrictEqual(shared.map((c) => c.speakers.map((s) => s.name).join(' / ')), []);
  });

  it("keeps Kevin Wallace's and Justin Green's common words apart: 'nothing like it ... seen before'", () => {
    const wallace = claims.find((c) => c.versions.some((v) => v.quote.text.startsWith('It will be like nothing they have ever seen before')))!;
    const green = claims.find((c) => c.versions.some((v) => v.quote.text.startsWith('Nothing like it has ever been seen in Ireland before')))!;
    assert.ok(wallace && green, 'both quotations are found');
    assert.notStrictEqual(wallace, green);
  });
});
