import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../src/core/nlp/document';
import { recognizeNames } from '../../src/core/recognize/names';
import { articleOf } from './document.test';

// Team sheets from BBC match reports (corpus/bbc/sport): every item a player, clubs in brackets no places.

/** What is found from `from` on ("text/kind"). */
function found(text: string, from = 0): string[] {
  const article = articleOf(text);
  return recognizeNames(article, parseDocument(article)).filter((n) => n.start >= from).map((n) => `${n.text}/${n.kind}`);
}

/** A match report's opening: the sheets below it are read as a sports story's. */
const REPORT = 'Chelsea brought striker Didier Drogba on to partner Gudjohnsen up front after the interval. Matthieu Flamini had a late penal appeal waved away before the final whistle which maintained Chelsea five-point Premiership lead over Arsenal.\n\n';
const SHEET = REPORT.length;

describe('recognizeNames: team sheets', () => {
  it('reads a rugby sheet of initials and surnames as players, and the clubs in brackets as nothing', () => {
    const text = `${REPORT}- M Blair (Edinburgh), A Craig (Glasgow), C Cusiter (Borders), G Bulloch (Glasgow, capt), B Douglas (Borders), R Russell (London Irish), J White (Sale).`;
    assert.deepEqual(found(text, SHEET), [
      'M Blair/person', 'A Craig/person', 'C Cusiter/person', 'G Bulloch/person', 'B Douglas/person', 'R Russell/person', 'J White/person',
    ]);
  });

  it('takes a stray comma before a club in brackets ("B O\'Driscoll, (Leinster)", corpus/bbc/sport/ireland-call-up-uncapped-campbell)', () => {
    const text = `${REPORT}T Bowe (Ulster), K Campbell (Ulster), G D'Arcy (Ulster), G Dempsey (Leinster), G Murphy (Leicester), B O'Driscoll, (Leinster), R O'Gara (Munster), S Payne (Munster), P Stringer (Munster).`;
    assert.deepEqual(found(text, SHEET), [
      'T Bowe/person', 'K Campbell/person', "G D'Arcy/person", 'G Dempsey/person', 'G Murphy/person', "B O'Driscoll/person", "R O'Gara/person",
      'S Payne/person', 'P Stringer/person',
    ]);
    // read as a sheet, every player is sure, not left for the corpus to confirm
    const article = articleOf(text);
    assert.deepEqual(recognizeNames(article, parseDocument(article)).filter((n) => n.start >= SHEET && n.weak).map((n) => n.text), []);
  });

  it('reads semicolon-separated units and "(capt)"', () => {
    const text = `${REPORT}J Robinson (capt); M Cueto, J Noon, O Barkley, J Lewsey; C Hodgson, H Ellis; G Rowntree, S Thompson, M Stevens.`;
    assert.deepEqual(found(text, SHEET), [
      'J Robinson/person', 'M Cueto/person', 'J Noon/person', 'O Barkley/person', 'J Lewsey/person', 'C Hodgson/person', 'H Ellis/person',
      'G Rowntree/person', 'S Thompson/person', 'M Stevens/person',
    ]);
  });

  it('reads a football sheet after a team label, with substitutes and their minutes, and the labelled lines after it', () => {
    const text = `${REPORT}"It was maybe like that." Man Utd: Carroll, Gary Neville, Ferdinand, Brown, O'Shea (Ronaldo 33), Keane, Fletcher (Giggs 64), Rooney. Subs Not Used: Howard, Bellion. Booked: Rooney, Scholes. Goals: Rooney 68, Dunne 75 og. Att: 47,111`;
    const names = found(text, SHEET);
    assert.deepEqual(names, [
      'Carroll/person', 'Gary Neville/person', 'Ferdinand/person', 'Brown/person', "O'Shea/person", 'Ronaldo/person', 'Keane/person',
      'Fletcher/person', 'Giggs/person', 'Rooney/person', 'Howard/person', 'Bellion/person', 'Rooney/person', 'Scholes/person',
      'Rooney/person', 'Dunne/person',
    ]);
  });

  it('leaves lists that are not team sheets to the other rules', () => {
    // a list inside a sentence, and a list of nations (their teams)
    const inSentence = 'Tri-Nations rivals Australia, New Zealand and South Africa would feature prominently in a southern team against a northern side comprised of Six Nations teams France, Ireland, England, Wales, Italy and Scotland.';
    assert.deepEqual(found(`${REPORT}${inSentence}`, SHEET + inSentence.indexOf(' rivals')).filter((n) => n.endsWith('/person')), []);
    assert.deepEqual(found(`${REPORT}France, Ireland, England, Wales.`, SHEET), []);
  });

  it('reads a whole side or a labelled sheet even where the report says too little to be known as sport', () => {
    // corpus/bbc/sport/leeds-v-saracens-fri.txt: fly-half is its only sports word
    const story = readFileSync(join(__dirname, '../../../shared/corpus/bbc/sport/leeds-v-saracens-fri.txt'), 'utf8');
    const article = articleOf(story);
    const ns = recognizeNames(article, parseDocument(article));
    const sheet = story.indexOf('Leeds: Balshaw');
    const after = ns.filter((n) => n.start > sheet);
    assert.ok(['Balshaw', 'McMullen', 'Popham', 'Kalman', 'Hyde', 'Vickerman'].every((w) => after.some((n) => n.text === w && n.kind === 'person')));
    assert.ok(!ns.some((n) => n.text === 'Hyde' && n.kind === 'place'));
  });

  it('reads on past a separator left out after a club, and ends a long sheet before a note ("A N Other")', () => {
    // corpus/bbc/sport/captains-lining-up-for-aid-match
    const story = readFileSync(join(__dirname, '../../../shared/corpus/bbc/sport/captains-lining-up-for-aid-match.txt'), 'utf8');
    const article = articleOf(story);
    const ns = recognizeNames(article, parseDocument(article));
    const sheet = story.indexOf('C Latham (Australia)');
    const after = ns.filter((n) => n.start >= sheet);
    for (const p of ['J Fourie', 'T Umaga', 'A Mehrtens', 'G Gregan', 'B Reihana', 'M Rauluni']) assert.ok(after.some((n) => n.text === p && n.kind === 'person' && !n.weak), p);
    // "(S Africa)" is a club's country in brackets, no place
    assert.deepEqual(after.filter((n) => n.kind === 'place').map((n) => n.text), []);
  });

  it('reads hyphenated initials ("J-P Grandclaude") and an Italian particle ("D dal Maso")', () => {
    // corpus/bbc/sport/england-17-18-france, dal-maso-in-to-replace-bergamasco
    assert.deepEqual(found(`${REPORT}W Servat, J Milloud, G Lamboley, Y Nyanga, P Mignoni, F Michalak, J-P Grandclaude.`, SHEET), [
      'W Servat/person', 'J Milloud/person', 'G Lamboley/person', 'Y Nyanga/person', 'P Mignoni/person', 'F Michalak/person', 'J-P Grandclaude/person',
    ]);
    assert.deepEqual(found(`${REPORT}G Intoppa (Calvisano), M Bortolami (Gloucester), A Persico (Agen), D dal Maso (Treviso), S Parisse (Treviso).`, SHEET), [
      'G Intoppa/person', 'M Bortolami/person', 'A Persico/person', 'D dal Maso/person', 'S Parisse/person',
    ]);
  });

  it('ends a long sheet before a note that is no player ("..., S Parisse (Italy), Others to be added.")', () => {
    // test/gold/blind6 (corpus/bbc/sport/o-driscoll-gregan-lead-aid-stars)
    const text = `${REPORT}C Paterson (Scotland), B Cohen (England), B O'Driscoll (Ireland, capt), D Traille (France), O Smith (England), C Sweeney (Wales), D Humphreys (Ireland), D Peel (Wales); A Lo Cicero (Italy), P de Villiers (France), S Parisse (Italy), Others to be added.`;
    assert.deepEqual(found(text, SHEET), [
      'C Paterson/person', 'B Cohen/person', "B O'Driscoll/person", 'D Traille/person', 'O Smith/person', 'C Sweeney/person', 'D Humphreys/person',
      'D Peel/person', 'A Lo Cicero/person', 'P de Villiers/person', 'S Parisse/person',
    ]);
  });

  it('reads a sheet whose label the corpus lost (": Murphy, Dempsey, ..."), with the captain\'s mark as an item ("O\'Connell, capt, S Easterby")', () => {
    // corpus/bbc/sport/d-arcy-injury-adds-to-ireland-woe
    const text = `${REPORT}: Murphy, Dempsey, Horgan, Maggs, Hickie, O'Gara, Stringer, Corrigan, Byrne, Hayes, O'Kelly, O'Connell, capt, S Easterby, O'Connor, Foley.`;
    assert.deepEqual(found(text, SHEET), [
      'Murphy/person', 'Dempsey/person', 'Horgan/person', 'Maggs/person', 'Hickie/person', "O'Gara/person", 'Stringer/person', 'Corrigan/person',
      'Byrne/person', 'Hayes/person', "O'Kelly/person", "O'Connell/person", 'S Easterby/person', "O'Connor/person", 'Foley/person',
    ]);
  });
});
