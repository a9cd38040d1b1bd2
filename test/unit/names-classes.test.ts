import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../src/core/nlp/document';
import { recognizeNames } from '../../src/core/recognize/names';
import type { NameMention } from '../../src/core/types';
import { articleOf } from './document.test';

// Error classes found by reading unseen BBC articles against the engine's output; every text is
// from corpus/bbc.

const BBC = join(__dirname, '../../../shared/corpus/bbc');

function names(text: string): NameMention[] {
  const article = articleOf(text);
  return recognizeNames(article, parseDocument(article));
}

/** "text/kind", with "/weak" for names the article alone does not settle. */
function found(text: string): string[] {
  return names(text).map((n) => `${n.text}/${n.kind}${n.weak ? '/weak' : ''}`);
}

describe('recognizeNames: error classes from unseen BBC articles', () => {
  it('a hyphenated compound ending in an organisation noun describes a person ("open-side", "film-maker")', () => {
    const parker = 'Up front, Mefin Davies plays at hooker, open-side Martyn Williams is fit to start and lock Rob Sidoli replaces veteran Gareth Llewellyn.';
    assert.ok(found(parker).includes('Martyn Williams/person'));
    assert.ok(found('Independent film-maker Morgan Spurlock may have forced fast-food giant McDonalds to change its menu.').includes('Morgan Spurlock/person'));
    // "-based" only before a first name
    assert.ok(found('US-based Alistair Cragg and Mark Carroll are the only Irish athletes selected so far for the Europeans who will not run in Sheffield.').includes('Alistair Cragg/person'));
    assert.deepEqual(found('The Florida-based Falic group, which also runs a chain of 90 duty free stores in the US, said it planned to expand the brand by opening new stores.'), [
      'Florida/place', 'US/place',
    ]);
  });

  it('a team sheet settles an unsure full name written with the same initial ("Mefin Davies", "M Davies")', () => {
    const report = 'The scrum-half and fly-half will face England debutant Mathew Tait at Cardiff, where the striker scored.\n\n';
    const running = 'Up front, Mefin Davies plays at hooker.';
    assert.ok(found(report + running).includes('Mefin Davies/person/weak'), 'alone the article does not settle him');
    const sheet = '\n\nG Thomas (capt); H Luscombe (Dragons), T Shanklin (Blues); G Jenkins (Blues), M Davies (Gloucester), A Jones (Ospreys).';
    assert.ok(found(report + running + sheet).includes('Mefin Davies/person'));
  });

  it('places between a title word and a role noun say where the role is held ("Former Northern Ireland minister")', () => {
    const text = 'Former Northern Ireland minister Sir Nicholas Scott has died at a London hospice, his family has announced.';
    assert.deepEqual(found(text), ['Northern Ireland/place', 'Nicholas Scott/person', 'London/place']);
  });

  it('the premiership of a prime minister does not make a politics story a sports story', () => {
    // in a sports story "Northern Ireland" alone is the team
    const text = 'The 71-year-old served in Northern Ireland from 1981 to 1987 during the premiership of Margaret Thatcher. As a Northern Ireland minister he dealt with education. Sir Nicholas was a strong defender of the Anglo-Irish Agreement.';
    assert.deepEqual(names(text).filter((n) => n.text === 'Northern Ireland').map((n) => n.kind), ['place', 'place']);
  });

  it('a kind of work before a title makes it no person ("hit song Jailhouse Rock")', () => {
    const text = "The re-release of hit song Jailhouse Rock was out-selling X Factor winner Steve Brockstein's cover of Against All Odds by 2,000 copies on Tuesday.";
    assert.ok(!found(text).some((n) => n.startsWith('Jailhouse Rock')));
    assert.ok(found(text).includes('Steve Brockstein/person'));
    // a verb that is also a kind of work is not one: "play Rui Costa"
    assert.ok(found('"They can play Rui Costa and play Kaka forward. They can bring Serginho in," he said.').includes('Rui Costa/person/weak'));
  });

  it('a run before a role noun qualifies the role, it is not the maker ("written by Bollywood composer AR Rahman")', () => {
    const text = "The music for the show is being written by Bollywood composer AR Rahman, who was behind Andrew Lloyd Webber's West End musical Bollywood Dreams, and in conjuction with the Finnish group Varttina.";
    const ns = found(text);
    assert.ok(ns.includes('AR Rahman/person'));
    assert.ok(!ns.includes('Bollywood/person'), 'at most an unsure word');
    assert.ok(!ns.some((n) => n.startsWith('Bollywood Dreams/person')));
  });

  it('a first name and a place head in a list of people is a person ("Richard Hill, Neil Back and Lawrence Dallaglio")', () => {
    const text = '"They were back-ups behind Richard Hill, Neil Back and Lawrence Dallaglio, but now they have come forward," Williams added.';
    assert.ok(found(text).includes('Richard Hill/person'));
    assert.ok(found('He lives in Notting Hill, Holland Park and Primrose Hill.').every((n) => n.endsWith('/place')));
  });

  it('"Korea" alone is a place', () => {
    assert.ok(found('In countries such as Korea, which has high levels of fast net connections to homes, online gaming is hugely popular.').includes('Korea/place'));
  });

  it('a short athletics or football story is a sports story: its clubs are no places ("Liverpool winger", "Bayer Leverkusen")', () => {
    const ns = found(readFileSync(join(BBC, 'sport/kewell-waits-as-injury-drags-on.txt'), 'utf8'));
    assert.ok(!ns.some((n) => n.startsWith('Liverpool/') || n.startsWith('Leverkusen/')), ns.join(' '));
    assert.ok(ns.includes('Durban/place'));
  });

  it('in a sports story a nation qualifying a business noun is the country ("the US tycoon")', () => {
    const story = readFileSync(join(BBC, 'business/man-utd-to-open-books-to-glazer.txt'), 'utf8');
    const at = story.indexOf('the US tycoon') + 'the '.length;
    assert.deepEqual(names(story).filter((n) => n.start === at).map((n) => n.kind), ['place']);
  });

  it('a nationality noun before a full name is no part of it ("Welshman Jimmy Watkins")', () => {
    const text = 'The Northern Ireland athlete went off at a startling pace but had to hold off the challenge of Welshman Jimmy Watkins over the final 200m to win in one minute, 47.96 seconds.';
    assert.ok(found(text).includes('Jimmy Watkins/person'));
  });

  it('in a sports story a playing position opening a sentence is no part of the name ("Hooker Robin McBryde")', () => {
    const story = readFileSync(join(BBC, 'sport/wales-silent-on-grand-slam-talk.txt'), 'utf8');
    assert.ok(found(story).includes('Robin McBryde/person'));
  });

  it('in a sports story a nation\'s possessive before a full name makes a player ("South Africa\'s Schalk Burger")', () => {
    const story = readFileSync(join(BBC, 'sport/south-africa-sweep-top-awards.txt'), 'utf8');
    const ns = found(story);
    assert.ok(ns.includes('Schalk Burger/person'));
    assert.ok(ns.includes('South Africa/place'), 'and the nation is where the player is from');
  });

  it('a one-word name after a fame noun is a person, and so is the same word again ("Rock \'n\' roll legend Elvis")', () => {
    const text = "Rock 'n' roll legend Elvis is set to top the UK singles chart on Sunday, 27 years after his death. If the record does make the top spot, it will be Elvis' 19th UK number one.";
    assert.deepEqual(found(text).filter((n) => n.startsWith('Elvis')), ['Elvis/person', 'Elvis/person']);
  });

  it('in a sports story a town opening a sentence with a plural verb is its team ("Edinburgh were not in action")', () => {
    const story = readFileSync(join(BBC, 'sport/taylor-poised-for-scotland-return.txt'), 'utf8');
    const at = story.indexOf('Edinburgh were not in action');
    assert.ok(!names(story).some((n) => n.start === at));
  });
});

