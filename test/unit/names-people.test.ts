import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../src/core/nlp/document';
import { recognizeNames } from '../../src/core/recognize/names';
import { analyzeArticle } from '../../src/core/analyze';
import { linkCorpus } from '../../src/core/link/link';
import type { NameMention } from '../../src/core/types';
import { articleOf } from './document.test';

// Person error classes found on BBC articles (false people, missed and split people); every text is
// from corpus/bbc.

const BBC = join(__dirname, '../../../shared/corpus/bbc');

function names(text: string): NameMention[] {
  const article = articleOf(text);
  return recognizeNames(article, parseDocument(article));
}

function people(text: string): string[] {
  return names(text).filter((n) => n.kind === 'person').map((n) => `${n.text}=${n.fullName}`);
}

describe('recognizeNames: people (BBC error classes)', () => {
  it('a word opening the headline before the surname of someone named in full is no first name ("Edgy Agassi")', () => {
    const story = readFileSync(join(BBC, 'sport/edgy-agassi-struggles-past-dent.txt'), 'utf8');
    const ns = names(story);
    const first = ns.find((n) => n.start < story.indexOf('\n'))!;
    assert.equal(story.slice(first.start, first.end), 'Agassi');
    assert.equal(first.fullName, 'Andre Agassi');
    assert.ok(!ns.some((n) => n.fullName === 'Edgy Agassi'));
  });

  it('a party before a first name and surname qualifies the person ("Tory Liam Fox")', () => {
    const text = 'The Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a "clear choice" on the issue.';
    assert.deepEqual(people(text), ['Liam Fox=Liam Fox']);
  });

  it('a first name before a word that heads organisations but is a first name too is a person ("Jude Law")', () => {
    const text = 'Colin Farrell, Jude Law and Troy star Eric Bana have also been tipped for the role in the past.';
    assert.ok(people(text).includes('Jude Law=Jude Law'));
  });

  it('a capitalised "Al" opening a name is a first name, kept in the full name ("Al Aynsley-Green")', () => {
    const text = 'Great Ormond Street Hospital professor of child health, Al Aynsley-Green, was chosen by the government. Aynsley-Green said he was delighted.';
    assert.deepEqual(people(text), ['Al Aynsley-Green=Al Aynsley-Green', 'Aynsley-Green=Al Aynsley-Green']);
  });

  it('a team sheet initial and surname is the person the report names in full ("M Cueto" is Mark Cueto)', () => {
    const story = readFileSync(join(BBC, 'sport/england-17-18-france.txt'), 'utf8');
    const cueto = names(story).filter((n) => n.text === 'M Cueto' || n.text === 'Mark Cueto');
    assert.ok(cueto.length >= 2);
    assert.ok(cueto.every((n) => n.fullName === 'Mark Cueto'));
  });

  it('car marques are no people ("Audi and Mercedes Benz")', () => {
    assert.deepEqual(people('Audi and Mercedes Benz were also supplied with the defective diesel fuel-injection pumps but neither of them have to recall any vehicles.'), []);
  });

  it('a British first name the packaged lists lack makes a full name ("Lewis Moody")', () => {
    const text = "Gloucester's Andy Hazell and Leicester star Lewis Moody also received knocks during their respective league matches. Moody had to be put on a drip.";
    assert.deepEqual(people(text), ['Andy Hazell=Andy Hazell', 'Lewis Moody=Lewis Moody', 'Moody=Lewis Moody']);
  });

  it('words describing a person before a first name and a surname are not part of the name ("radio DJ Mike Read", "Sex Pistol John Lydon"), but a first name before them is ("Martin Luther King") and a firm\'s name goes on ("Citigroup Smith Barney")', () => {
    const read = 'The song was written by radio DJ Mike Read. Read said all the funds raised by the record would go to the appeal.';
    assert.deepEqual(people(read), ['Mike Read=Mike Read', 'Read=Mike Read']);
    assert.deepEqual(people('Stars to walk out of a reality show TV include Sex Pistol John Lydon, former EastEnders actress Danniella Westbrook.'), ['John Lydon=John Lydon', 'Danniella Westbrook=Danniella Westbrook']);
    assert.deepEqual(people('Capital Radio DJ Margherita Taylor will select questions to put to him from the audience.'), ['Margherita Taylor=Margherita Taylor']);
    assert.deepEqual(people('For the Lib Dems David Laws said the chancellor would tell us how wonderfully the economy is doing.'), ['David Laws=David Laws']);
    assert.deepEqual(people('The death of Martin Luther King saw it postponed for two days in 1968.'), ['Martin Luther King=Martin Luther King']);
    assert.deepEqual(people('But US Treasury Under-Secretary John Taylor said the US could not support the IFF.'), ['John Taylor=John Taylor']);
    assert.ok(!names('"Moreover, such events are rare," wrote analysts from Citigroup Smith Barney in a note to clients on Friday.').some((n) => n.text === 'Smith Barney' && !n.weak));
  });

  it('a first name before a place head that is a common surname is a person, away from a preposition or "the" ("left-back Wayne Bridge", "players like Richard Hill"), not "in Beverly Hills"', () => {
    assert.deepEqual(people('Bridge could miss rest of season\n\nChelsea left-back Wayne Bridge could miss the rest of the season with an ankle injury.'), ['Bridge=Wayne Bridge', 'Wayne Bridge=Wayne Bridge']);
    assert.ok(people('He has plenty of time to prove his fitness for the Lions - and there are other players like Richard Hill in the same boat."').includes('Richard Hill=Richard Hill'));
    assert.ok(!people('Her father died on Friday night at his home in Beverly Hills, California, after a long battle with cancer.').some((p) => p.startsWith('Beverly')));
    // a person's role opening the sentence is a cue too, as in lower case
    assert.deepEqual(people('Comedian Harry Hill will host a spoof nostalgia show on Christmas Day.'), ['Harry Hill=Harry Hill']);
  });

  it('a role opening the sentence before a first name no list holds and a surname that say something is a cue, even a role that names a paper ("Economist")', () => {
    // corpus/bbc/business/sa-unveils-more-for-all-budget
    assert.deepEqual(people('Economist Colen Garrow said the budget looked as if it would stimulate economic growth.'), ['Colen Garrow=Colen Garrow']);
    // the paper named in full stays no person
    assert.deepEqual(people('The Economist Intelligence Unit said the budget looked sound.'), []);
  });

  it('a nickname in quotes between a first name and a surname is inside one person, named by first name and surname ("Brian \'Head\' Welch", then "Welch")', () => {
    // corpus/bbc/entertainment/lasting-influence-of-legend-charles, rap-boss-arrested-over-drug-find, rock-group-korn-s-guitarist-quits
    assert.ok(people('He was also a talented jazz composer, recording with noted jazz musicians such as Milt Jackson and David "Fathead" Newman.').includes('David "Fathead" Newman=David Newman'));
    assert.deepEqual(people('Rap mogul Marion "Suge" Knight has been arrested for violating his parole.'), ['Marion "Suge" Knight=Marion Knight']);
    assert.deepEqual(people("Brian 'Head' Welch told a radio station that his bandmates supported him. Welch added that he would appear at a church."), ["Brian 'Head' Welch=Brian Welch", 'Welch=Brian Welch']);
  });

  it('in a story of a sport played by one person, a lone town named like a surname and not where something is, is the competitor the corpus knows ("edged out by Radcliffe")', () => {
    const files = ['sport/chepkemei-hit-by-big-ban.txt', 'sport/kenya-lift-chepkemei-s-suspension.txt'];
    const analyses = files.map((f) => analyzeArticle(articleOf(readFileSync(join(BBC, f), 'utf8'), f)));
    const { entities, entityOf } = linkCorpus(analyses);
    const nameOf = new Map(entities.map((e) => [e.id, `${e.kind}:${e.name}`]));
    // "was edged out by Radcliffe in an epic New York Marathon contest", "to challenge Radcliffe at this year's London event"
    const radcliffe = analyses[1].names.map((n, i) => (n.text === 'Radcliffe' ? nameOf.get(entityOf.get(files[1])![i]!) : undefined)).filter((x) => x !== undefined);
    assert.deepEqual(radcliffe, ['person:Paula Radcliffe', 'person:Paula Radcliffe']);
  });

  it('a relation that firms have too ("sister company") before a first name, or a bandmate, names a person', () => {
    // corpus/bbc/entertainment/comic-morris-returns-with-sitcom, sport/angry-williams-rejects-criticism
    assert.ok(names('The story will also feature Dan Ashcroft, a style magazine columnist, and his sister Claire, a film-maker who hates the "cool" scene.').some((n) => n.text === 'Claire' && n.kind === 'person' && !n.weak));
    assert.ok(names('Serena Williams has angrily rejected claims that she and sister Venus are a declining force in tennis.').some((n) => n.text === 'Venus' && n.kind === 'person' && !n.weak));
    // corpus/bbc/entertainment/oasis-star-fined-for-german-brawl
    assert.ok(names('His brother and bandmate Noel was in bed at the time.').some((n) => n.text === 'Noel' && n.kind === 'person' && !n.weak));
  });

  it('a word that is never a name alone but is a first name too, after a first name, is a surname ("Theresa May, shadow secretary", "Louise Christian, the lawyer")', () => {
    assert.deepEqual(people('Theresa May, shadow secretary for the family, told the BBC the plans were inadequate.'), ['Theresa May=Theresa May']);
    assert.deepEqual(people("The men's solicitor, Louise Christian, has raised questions about whether the ban is legal."), ['Louise Christian=Louise Christian']);
    // also after a person's role opening the sentence (corpus/bbc/politics/guantanamo-four-free-in-weeks)
    assert.ok(people('Lawyer Louise Christian, who represents Mr Abbasi and Mr Mubanga, said the government should have acted sooner.').includes('Louise Christian=Louise Christian'));
    // a month after a preposition stays a month
    assert.deepEqual(people('Tony Blair will decide in May whether to call the election.'), ['Tony Blair=Tony Blair']);
  });

  it('a surname after "-based" does not make a firm of a person named in full in the article ("London-based Levy\'s novel")', () => {
    const story = readFileSync(join(BBC, 'entertainment/levy-takes-whitbread-novel-prize.txt'), 'utf8');
    const levy = names(story).filter((n) => n.fullName === 'Andrea Levy');
    assert.ok(levy.length >= 4, levy.map((n) => n.text).join());
    assert.ok(levy.some((n) => story.slice(n.start - 13, n.start) === 'London-based '));
  });

  it('a common first name the packaged lists lack settles a surname that is a word, and its later mentions ("Walter Smith")', () => {
    const text = 'The worst kept secret in Scottish football was revealed on Thursday when Walter Smith was named as the new national manager. But is Smith the man for what must be one of the hardest jobs in football?';
    const found = names(text).filter((n) => n.kind === 'person');
    assert.deepEqual(found.map((n) => `${n.text}=${n.fullName}`), ['Walter Smith=Walter Smith', 'Smith=Walter Smith']);
    assert.ok(found.every((n) => !n.weak));
    const cole = "Aston Villa's Carlton Cole could be out for six weeks with a knee injury.";
    assert.ok(names(cole).some((n) => n.text === 'Carlton Cole' && n.kind === 'person' && !n.weak));
  });

  it('one dictionary word after a place names its office, not a person ("US Customs")', () => {
    const text = 'Fourteen months later US Customs co-ordinated a series of raids across the globe as part of Operation Buccaneer.';
    assert.ok(!names(text).some((n) => n.text === 'Customs'));
    assert.ok(names(text).some((n) => n.text === 'US' && n.kind === 'place'));
  });

  it('a first name before a surname that is also a word, with "said" or a role ("chairman Jan Berry said")', () => {
    const text = 'Police Federation chairman Jan Berry said civilian officers should act as "eyes and ears" for the police.';
    assert.deepEqual(people(text), ['Jan Berry=Jan Berry']);
  });

  it('one word with a capital inside is a brand, band or show ("OutKast"), not a name such as "MacDonell"', () => {
    assert.deepEqual(people("US rap duo OutKast's trio of trophies at the MTV Europe Awards crowns a year of huge success for the band."), []);
    const found = people('Scotsman journalist Hamish MacDonell said he believed the bigger picture had been "obscured" by the remark.');
    assert.ok(found.includes('Hamish MacDonell=Hamish MacDonell'));
  });

  it('after "the" a title word qualifies a dictionary word ("the next General Election")', () => {
    const text = "Mr Kennedy's tour comes as he, Labour leader Tony Blair and Conservative leader Michael Howard all step up campaigning ahead of the next General Election, widely expected to be held on 5 May.";
    assert.deepEqual(people(text), ['Kennedy=Mr Kennedy', 'Tony Blair=Tony Blair', 'Michael Howard=Michael Howard']);
  });

  it('a demonym ending a name after a first name is a surname ("the Observer\'s Philip French")', () => {
    const text = '"Sideways should win but it doesn\'t have the budget," said the Observer\'s Philip French.';
    assert.ok(people(text).includes('Philip French=Philip French'));
  });

  it('a one-word name after a person\'s role is a person everywhere in the story, whatever firm-like words follow it elsewhere ("Adriano\'s ... deal")', () => {
    // corpus/bbc/sport/adriano-s-chelsea-link-rejected: "Inter Milan's 22-year-old Brazilian star", "Adriano's agent"
    const story = readFileSync(join(BBC, 'sport/adriano-s-chelsea-link-rejected.txt'), 'utf8');
    const adriano = names(story).filter((n) => n.text === 'Adriano');
    assert.ok(adriano.length >= 5 && adriano.every((n) => n.kind === 'person' && !n.weak));
    // "Brazilian youngster Marta" (corpus/bbc/sport/henry-tipped-for-fifa-award)
    assert.ok(people('The three shortlisted candidates for the women\'s award are Mia Hamm of the United States, Germany\'s Birgit Prinz and Brazilian youngster Marta.').includes('Marta=Marta'));
  });

  it('a first name before a town\'s name is a person, also after a dictionary word of a title ("Secretary of State John Bolton")', () => {
    // corpus/bbc/politics/eu-china-arms-ban-to-be-lifted
    assert.deepEqual(names('US Undersecretary of State John Bolton is meeting British officials this week to press the US case.').map((n) => `${n.text}/${n.kind}`), ['US/place', 'John Bolton/person', 'US/place']);
  });

  it('royals named by first name after "princes", and a first name joined by "and" to one a role named ("princes William and Harry")', () => {
    // corpus/bbc/politics/commons-hunt-protest-charges
    const ps = people('They are Otis Ferry, 22, and Luke Tomlinson, 27, a close friend of princes William and Harry.');
    assert.ok(ps.includes('William=William') && ps.includes('Harry=Harry'), ps.join());
    assert.ok(names('Robert Thame, 34, who plays polo with Princes Charles in Team Highgrove.').some((n) => n.text === 'Charles' && n.kind === 'person' && !n.weak));
  });

  it('a person\'s role before a first name and one word that heads organisations ("actress Doris Day", "actress Nathalie Press")', () => {
    // corpus/bbc/entertainment/byrds-producer-melcher-dies-at-62, arnold-congratulated-on-oscar-win
    assert.ok(people('The son of actress Doris Day, he helped write Kokomo for the Beach Boys.').includes('Doris Day=Doris Day'));
    assert.ok(people('It stars actress Nathalie Press, who appeared in the Bafta-winning drama My Summer Of Love, as a single mother.').includes('Nathalie Press=Nathalie Press'));
  });

  it('a first name or a role before a town\'s name, and a town named like a particle inside a name, make one person ("sound engineer Thorne Nogar", "Jean-Claude Van Damme")', () => {
    // corpus/bbc/entertainment/beatles-suits-sell-for-110000, sport/campbell-to-be-lions-consultant, entertainment/bangkok-film-festival-battles-on
    assert.deepEqual(names('He said the family of sound engineer Thorne Nogar did not want to divulge the price they had set.').map((n) => `${n.text}/${n.kind}`), ['Thorne Nogar/person']);
    assert.ok(people('His role is to work closely with not only myself but (tour manager) Bill Beaumont, (media manager) Louisa Cheetham and (team manager) Louise Ramsay.').includes('Bill Beaumont=Bill Beaumont'));
    assert.deepEqual(names('But the festival has still attracted such screen stars as Michael Douglas, Jeremy Irons and Jean-Claude Van Damme.').map((n) => `${n.text}/${n.kind}`), ['Michael Douglas/person', 'Jeremy Irons/person', 'Jean-Claude Van Damme/person']);
  });

  it('after "the" a first name and a surname before a noun are a person\'s ("the Charles Manson murders"), not before a verb ("The Beverly Hillbillies was made")', () => {
    // corpus/bbc/entertainment/byrds-producer-melcher-dies-at-62, hillbillies-singer-scoggins-dies
    assert.ok(names('In 1969 his name became linked with the Charles Manson murders, which saw the deaths of actress Sharon Tate.').some((n) => n.text === 'Charles Manson' && n.kind === 'person' && !n.weak));
    assert.ok(!names('When a film version of The Beverly Hillbillies was made in 1993, Scoggins sang the song again.').some((n) => n.text === 'Beverly Hillbillies' && !n.weak));
  });

  it('one word between a title and a role noun qualifies the role ("Former Olympic champion Michael Johnson"); names joined by "&" are a firm or an act outside the headline', () => {
    // corpus/bbc/sport/johnson-accuses-british-sprinters, business/dutch-bank-to-lay-off-2850-staff, entertainment/byrds-producer-melcher-dies-at-62, sport/henman-murray-claim-lta-awards
    assert.deepEqual(people('Former Olympic champion Michael Johnson has accused Britain\'s top sprinters of lacking pride and ambition.'), ['Michael Johnson=Michael Johnson']);
    assert.deepEqual(people('Dutch bank to lay off 2,850 staff\n\n"Shedding jobs makes total sense," Ivo Geijsen, an analyst with Bank Oyens & Van Eeghen, told Bloomberg.'), ['Ivo Geijsen=Ivo Geijsen']);
    assert.deepEqual(people('Producer dies at 62\n\nEarlier in his career, Melcher had hits as part of duo called Bruce & Terry.').filter((p) => !p.startsWith('Melcher')), []);
    assert.deepEqual(people('Henman & Murray claim LTA awards\n\nTim Henman was named player of the year.'), ['Henman=Tim Henman', 'Murray=Murray', 'Tim Henman=Tim Henman']);
  });

  it('a demonym after a first name that is a word too is a surname when a role follows ("predicts Oliver Irish, editor of")', () => {
    // corpus/bbc/tech/gadget-show-heralds-mp3-christmas
    assert.deepEqual(people('With Apple\'s iPod topping wish lists again, there may not be enough iPod minis to go round, predicts Oliver Irish, editor of gadget magazine Stuff.'), ['Oliver Irish=Oliver Irish']);
  });

  it('one unknown word before a verb and a personal pronoun is a person ("Dementieva held her nerve"); demonym nouns are no names ("the 25-year-old Dubliner", "Californian Thomas Slattery")', () => {
    // corpus/bbc/sport/davenport-dismantles-young-rival, sport/dunne-keen-to-commit-to-man-city, tech/itunes-user-sues-apple-over-ipod, entertainment/jackson-film-absolute-disaster
    const sure = (text: string) => names(text).filter((n) => !n.weak).map((n) => `${n.text}/${n.kind}`);
    assert.deepEqual(sure('The match lasted almost three hours and featured 13 service breaks, including three in the final set when Dementieva held her nerve to seal the win.'), ['Dementieva/person']);
    assert.deepEqual(sure('But the 25-year-old Dubliner underlined his intention to stay at Eastlands.'), ['Eastlands/place']); // a ground (places.test.ts)
    assert.deepEqual(people('Californian Thomas Slattery filed the suit in the US District Court in San Jose and is seeking damages.'), ['Thomas Slattery=Thomas Slattery']);
    assert.ok(!names('Ann Kite told the court in the Californian town of Santa Maria she was hired to "crisis manage" the fallout.').some((n) => n.text === 'Californian'));
  });

  it('"DJ" before a name is a role ("DJ Lisa I\'Anson"); a role before a first name and two words, the last an organisation head ("Sideways star Thomas Hayden Church")', () => {
    // corpus/bbc/entertainment/double-eviction-from-big-brother, bookmakers-back-aviator-for-oscar
    assert.deepEqual(people('The remaining housemate is actress Brigitte Nielsen. DJ Lisa I\'Anson became the third housemate to be evicted.'), ['Brigitte Nielsen=Brigitte Nielsen', "Lisa I'Anson=Lisa I'Anson"]);
    assert.deepEqual(people('The favourite in that category is Sideways star Thomas Hayden Church.'), ['Thomas Hayden Church=Thomas Hayden Church']);
  });
});

describe('recognizeNames: people (blind7 error classes)', () => {
  it('a first name after a possessive, a relation only a person has and a comma is a person ("His mother, Giselle, said")', () => {
    // corpus/bbc/politics/game-warnings-must-be-clearer, entertainment/keanu-reeves-given-hollywood-star
    assert.deepEqual(people("His mother, Giselle, said her son's killer, Warren Leblanc, 17 - who was jailed for life in September - had mimicked behaviour in the game."), ['Giselle=Giselle', 'Warren Leblanc=Warren Leblanc']);
    assert.deepEqual(people('The 40-year-old attended the unveiling of the star with his mother, Patricia, and thanked her for inspiring him to become an actor.'), ['Patricia=Patricia']);
  });

  it('a name glued after "pro-" or "anti-" is a mention only when the story names it elsewhere ("pro-Iraq war"), never a word of its own ("anti-Semitic", "anti-Musharraf campaign")', () => {
    // corpus/bbc/politics/galloway-targets-new-labour-mp, labour-pig-poster-anti-semitic; business/karachi-stocks-hit-historic-high
    const story = readFileSync(join(BBC, 'politics/galloway-targets-new-labour-mp.txt'), 'utf8');
    const glued = names(story).filter((n) => story[n.start - 1] === '-');
    assert.deepEqual(glued.map((n) => `${n.text}/${n.kind}`), ['Iraq/place']);
    assert.deepEqual(names('Labour said the poster was "not anti-Jewish, but anti-Tory". A Labour spokesman denied the campaign was anti-Semitic.').map((n) => n.text), []);
    assert.deepEqual(people('An anti-Musharraf campaign threatened by the MMA, a countrywide alliance of religious parties, has fizzled out.'), []);
  });

  it('one-name stars, film titles and leagues ("Elvis convention", "Saving Private Ryan", "win La Liga")', () => {
    // corpus/bbc/entertainment/elvis-fans-hold-birthday-bash, landmark-movies-of-2004-hailed; sport/beckham-rules-out-management-move
    assert.deepEqual(people('A three-day Elvis convention took place in Blackpool, England, over the weekend with the aim of finding the best European Elvis impersonator.'), ['Elvis=Elvis', 'Elvis=Elvis']);
    assert.deepEqual(people("To illustrate their point, the AFI cited ABC affiliates refusal to air Steven Spielberg's film Saving Private Ryan in an unedited form over fears of possible fines."), ['Steven Spielberg=Steven Spielberg']);
    assert.deepEqual(people('"I would really like to win La Liga with Real Madrid - I have been here two years and we still have not done it.'), []);
  });

  it('one unknown word in someone\'s words is a person when said to be one ("Rafa is a good coach"), joined to the speaker ("me and Ato") or given a surname in brackets ("He [Ebbers]")', () => {
    // corpus/bbc/sport/houllier-praises-benitez-regime, sport/greene-sets-sights-on-world-title, business/ebbers-aware-of-worldcom-fraud
    const sure = (text: string) => names(text).filter((n) => !n.weak).map((n) => `${n.text}=${n.fullName}`);
    assert.deepEqual(sure('"Rafa is a good coach and a good man.'), ['Rafa=Rafa']);
    assert.ok(sure('I think when I was coming up I would say there was me and Ato (Boldon) in the young crowd," Greene said.').includes('Ato=Ato'));
    assert.ok(sure('He [Ebbers] has got a hands-on grasp of financial information," Mr Sullivan told a New York court.').includes('Ebbers=Ebbers'));
  });

  it('after people named in the plural a first name joined by "and" to a full name shares its surname ("champions Mike and Bob Bryan")', () => {
    // corpus/bbc/sport/bryan-twins-keep-us-hopes-alive
    const found = names('Masters Cup champions Mike and Bob Bryan thrashed Juan Carlos Ferrero and Tommy Robredo 6-0 6-3 6-2 in front of a partisan crowd in Seville.').filter((n) => n.kind === 'person');
    assert.deepEqual(found.slice(0, 2).map((n) => `${n.text}=${n.fullName}/${n.weak ? 'weak' : 'sure'}`), ['Mike=Mike Bryan/sure', 'Bob Bryan=Bob Bryan/sure']);
  });

  it('writers and players known by initials glued together are people, and the surname alone is theirs ("JRR Tolkien\'s book", "BB King")', () => {
    // corpus/bbc/entertainment/hobbit-picture-four-years-away, u2-stars-enter-rock-hall-of-fame
    // corpus/bbc/entertainment/johnny-depp-the-acting-outlaw: "Barrie" alone is JM Barrie, not the town in Ontario
    assert.deepEqual(people("The rights to JRR Tolkien's book are split between two major film studios."), ['JRR Tolkien=JRR Tolkien']);
    const barrie = names('His latest role in Finding Neverland explored JM Barrie\'s relationship with Sylvia (Kate Winslet) and her children. Depp\'s charismatic performance drew an audience of adults and children alike into Barrie\'s vivid imagination, and he was called the "fifth child of the group" by the film\'s director Marc Forster.').filter((n) => n.text.endsWith('Barrie'));
    assert.deepEqual(barrie.map((n) => `${n.text}=${n.fullName}/${n.kind}`), ['JM Barrie=JM Barrie/person', 'Barrie=JM Barrie/person']);
    assert.ok(people('Clapton, alongside BB King, also introduced fellow guitarist Buddy Guy and recalled seeing him play as a teenager in England.').includes('BB King=BB King'));
  });

  it('after Mr, Mrs, Ms or Miss a rank or title word ending the run is the surname ("Ms King said", "says Mr Major"), not a form of address ("Mr President")', () => {
    // corpus/bbc/politics/galloway-targets-new-labour-mp, analysis-no-pain-no-gain
    assert.deepEqual(people('Ms King said she was "delighted" at the chance to take on Mr Galloway.'), ['King=Ms King', 'Galloway=Mr Galloway']);
    assert.deepEqual(people('"I was the prime minister and I wanted a flesh and blood fight," says Mr Major.'), ['Major=Mr Major']);
    assert.deepEqual(people('Thank you, Mr President, said the delegate.'), []);
  });

  it('an initial and a surname before a bracketed county or club are a person (a match report\'s referee, an athletics squad)', () => {
    // corpus/bbc/sport/chelsea-denied-by-james-heroics, gb-select-holmes-for-double-bid
    const sure = (text: string) => names(text).filter((n) => n.kind === 'person' && !n.weak).map((n) => n.text);
    assert.ok(sure('Subs Not Used: Macken, Weaver, Onuoha, Jordan.  Bosvelt.  42,093  H Webb (S Yorkshire).').includes('H Webb'));
    assert.deepEqual(sure('J Pavey (Exeter Harriers).  D Allahgreen (Trafford AC), S Claxton (Belgrave Harriers).'), ['J Pavey', 'D Allahgreen', 'S Claxton']);
  });

  it('a first name in brackets before one word makes it a person named in full ("(Dietmar) Hamann", "(Jon Dahl) Tomasson")', () => {
    // corpus/bbc/sport/benitez-delight-after-crucial-win
    const text = '"But in the end because of the way that (Dietmar) Hamann and (Igor) Biscan performed, we did not."';
    assert.deepEqual(people(text), ['Dietmar=Dietmar Hamann', 'Hamann=Dietmar Hamann', 'Igor=Igor Biscan', 'Biscan=Igor Biscan']);
    assert.ok(names(text).every((n) => !n.weak));
    // test/gold/blind4 (corpus/bbc/sport/ferguson-fears-milan-cutting-edge): the two words in brackets are the same person
    assert.deepEqual(people('"They can play Rui Costa and play Kaka forward. They can bring Serginho in and they can play (Jon Dahl) Tomasson," he said.').filter((p) => p.includes('Tomasson')), ['Jon Dahl=Jon Dahl Tomasson', 'Tomasson=Jon Dahl Tomasson']);
  });

  it('a first name with a surname in round brackets is one person named in full ("(coach) John (Kirwan)", "Gareth (Thomas, the Wales captain)"), not a place in brackets', () => {
    // corpus/bbc/sport/dal-maso-in-to-replace-bergamasco, jones-happy-with-henson-heroics
    const kirwan = people('"Mauro Bergamasco has been important for us, but (coach) John (Kirwan) has put together the best team at present," he said.');
    assert.deepEqual(kirwan.filter((p) => !p.startsWith('Mauro')), ['John=John Kirwan', 'Kirwan=John Kirwan']);
    assert.deepEqual(people('"I said to Gareth (Thomas, the Wales captain) \'This is touch and go\'," Jones added.').filter((p) => p !== 'Jones=Jones'), ['Gareth=Gareth Thomas', 'Thomas=Gareth Thomas']);
    assert.deepEqual(people('She grew up in Victoria (Australia) before the move.'), []);
  });

  it('one word saying words in the first person singular right after them is a person, a word or not ("a tearful Claxton told", "Davies said"); a firm saying "we" is not settled', () => {
    // corpus/bbc/sport/gardener-battles-to-narrow-win, davies-favours-gloucester-future
    const sure = (text: string) => names(text).filter((n) => n.kind === 'person' && !n.weak).map((n) => n.text);
    assert.deepEqual(sure('Claxton clocked 7.96 seconds to finish ahead of rival Diane Allahgreen. "I\'m so happy," a tearful Claxton told BBC Sport.'), ['Claxton', 'Diane Allahgreen', 'Claxton']);
    assert.deepEqual(sure('He said he was angry. "The WRU didn\'t give me any help off the field, it was very disappointing," Davies said at the time.'), ['Davies']);
    // corpus/bbc/tech/camera-phones-are-must-haves (the words changed to a firm's "we")
    assert.deepEqual(sure('"We expect camera phones to outsell digital cameras," Gartner said.'), []);
  });

  it('an age right before a name ending the run makes it a person ("admitted the 28-year-old Morientes"), not a nationality, one from a place or a band before its singer', () => {
    // corpus/bbc/sport/benitez-to-launch-morientes-bid, entertainment/actress-roberts-takes-spider-role
    const sure = (text: string) => names(text).filter((n) => n.kind === 'person' && !n.weak).map((n) => n.text);
    assert.deepEqual(sure('"If there is an attractive propostition it could be I would be keen to leave," admitted the 28-year-old Morientes.'), ['Morientes']);
    assert.deepEqual(sure('Ten-year-old Dakota Fanning will play Fern, the girl at the centre of the story.'), ['Dakota Fanning']);
    // corpus/bbc/sport/dunne-keen-to-commit-to-man-city, big-guns-ease-through-in-san-jose; test/gold/heldout (double-eviction-from-big-brother)
    assert.deepEqual(sure('But the 25-year-old Dubliner underlined his desire to stay.'), []);
    assert.deepEqual(sure('He rushed to the net to unsettle the 31-year-old Dane, ranked 88th in the world.'), []);
    assert.ok(!sure('Nineteen-year-old Blazin\' Squad singer Kenzie is currently favourite to win.').includes('Blazin'));
  });

  it('a relative after a relation and a comma is a person, over a describing word ("his wife, ex-model Sandra", "one son, Alan"), and a named man\'s wife takes his surname', () => {
    // corpus/bbc/politics/howard-rebuts-asylum-criticisms, entertainment/carry-on-star-patsy-rowlands-dies
    const sure = (text: string) => names(text).filter((n) => n.kind === 'person' && !n.weak).map((n) => `${n.text}=${n.fullName}`);
    assert.ok(sure('He relaxes by watching television at home or playing table tennis with his wife, ex-model Sandra.').includes('Sandra=Sandra'));
    assert.deepEqual(sure('Previously married, she leaves one son, Alan.'), ['Alan=Alan']);
    // test/gold main (corpus/bbc/politics/mrs-howard-gets-key-election-role)
    const howard = sure('Michael Howard\'s ex-model wife, Sandra, is to play a leading role in the Conservative election campaign. On Mrs Howard\'s role, Mr Fox said: "Sandra has already been campaigning with Michael."');
    assert.deepEqual(howard.filter((p) => p.startsWith('Sandra') || p.startsWith('Howard')), ['Sandra=Sandra Howard', 'Howard=Sandra Howard', 'Sandra=Sandra Howard']);
    // corpus/bbc/politics/game-warnings-must-be-clearer: a relation right after "His" at a sentence's start
    assert.ok(sure('His mother, Giselle, said her son\'s killer had been obsessed with the game.').includes('Giselle=Giselle'));
  });
});
