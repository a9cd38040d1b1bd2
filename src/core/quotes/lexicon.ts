// Word lists that drive quote classification and attribution. Rules elsewhere read these sets;
// extending coverage means adding words here, never special cases in code.

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/**
 * Verbs that report speech or writing, in the forms met in narration. `told` and `asked` take
 * the listener as object ("told AFP"), which is never the speaker.
 */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding stated remarked observe
  observes observed noted explain explains explained insist insists insisted claimed argue argues
  argued warn warns warned admit admits admitted concede concedes conceded declare declares declared
  announce announces announced commented replied responded answered ask asks asked urge urges urged
  stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized suggest
  suggests suggested writes wrote tweeted acknowledge acknowledges acknowledged agreed joked recall
  recalls recalled reveal reveals revealed confirm confirms confirmed deny denies denied maintain
  maintains maintained predict predicts predicted promised pledged vowed boast boasts boasted
  complain complains complained cautioned conclude concludes concluded reckon reckons reckoned
  believe believes believed think thinks thought feels felt quipped shouted exclaim exclaims
  exclaimed whispered assert asserts asserted allege alleges alleged accuse accuses accused
  demanded indicated testify testifies testified reported retorted countered protested pleaded
  reflected continued enthused mused sighed laughed admitting insisting arguing explaining adding
  warning claiming stressing describing calling describe describes described termed terming dubbed
  branded labelled labeled hailed spoke criticise criticises criticised criticize criticizes
  criticized condemned condemns quoted quoting called calls attacked attacks slammed slams blasted
  blasts slated praised praises hails dismissed rejected questioned welcomed welcomes intimated intimates
  applauded applauds
`);

/** Nouns for something said: near a short quotation they make it a partial quote, not a scare quote. */
export const SPEECH_NOUNS = words(`
  announcement statement pledge promise claim claims comment comments remark remarks words warning
  vow call calls description message speech interview letter testimony tweet assurance assurances
  insistence admission accusation accusations criticism appeal plea promises threat threats
`);

/** Light verbs that turn a speech noun into a speech act: "made the announcement", "issued a statement". */
export const LIGHT_SPEECH_VERBS = words('made make makes making issued issue issues gave give gives giving delivered deliver delivers');

/**
 * Speech verbs that frame someone's words rather than report an utterance ("attacked 'false
 * tabloids'", "called the talks 'constructive'"): what follows them is a fragment, not a statement.
 */
export const FRAMING_VERBS = words(`
  called calls calling attacked attacks slammed slams blasted blasts slated praised praises hails
  hailed described describes describe describing termed terming dubbed branded labelled labeled
  criticise criticises criticised criticize criticizes criticized condemned condemns accused
  accuses accuse dismissed rejected questioned welcomed welcomes
`);

/** Speech verbs too often used otherwise ("agreed a deal", "continued to rise"): they count only right before the quote. */
export const WEAK_SPEECH_VERBS = words('agreed continued believe believes believed think thinks thought feels felt reflected laughed sighed dismissed rejected questioned welcomed welcomes');

/** Verbs whose complement is someone else's charge: in "X denied he had been 'playing politics'" the words are the accuser's. */
export const DENIAL_VERBS = words('deny denies denied denying reject rejects rejected rejecting dispute disputes disputed refute refutes refuted');

/** Role heads that also name a body ("The Scottish Executive said"): never resolved to a person by position alone. */
export const ORGANISATION_ROLES = words('executive administration leadership management board government');

/** Nouns that introduce a quoted name or slogan, nobody's words in the article: "the motto "…"". */
export const SLOGAN_NOUNS = words('motto mottos slogan slogans tagline catchphrase strapline cries chants');

/** Words before "to" + speech verb that make it no speech act: "it was difficult to say", "declined to say". */
export const UNSPOKEN_INFINITIVE_HEADS = words('difficult hard easy wrong right impossible unable unwilling reluctant premature early declined refused failed');

/** Verbs that take a listener object: in "X told AFP", AFP only heard it. */
export const LISTENER_VERBS = words('tell tells told telling ask asks asked inform informs informed');

/** Auxiliaries and adverbs that can stand between a speaker and the verb ("has also said"). */
export const VERB_FILLERS = words(`
  has had have having is was were will would could may might also later then again further earlier
  previously recently once still just simply subsequently afterwards had's quickly openly publicly
  privately repeatedly initially originally already yesterday today tonight
`);

/** Words that make a following verb passive or non-reporting ("was told", "is said to"). */
export const PASSIVE_MARKERS = words('was were been being be is are am');

export const MALE_PRONOUNS = words('he him his');
export const FEMALE_PRONOUNS = words('she her hers');
/** Subjects that are pronouns; resolved from context or left unattributed. */
export const SUBJECT_PRONOUNS = words('he she they it i we you');

export const MALE_HONORIFICS = words('Mr Mr. Sir Lord Baron Earl Duke King Prince Father Brother Monsieur Herr Senor Señor');
export const FEMALE_HONORIFICS = words(
  'Mrs Mrs. Ms Ms. Miss Lady Dame Baroness Duchess Countess Queen Princess Sister Madame Mme Mademoiselle Frau Senora Señora',
);
/** Role nouns that tell a person's gender when they stand beside the name ("the actress Jane Doe"). */
export const MALE_ROLE_WORDS = words('chairman spokesman actor king prince husband father son brother boyfriend sportsman');
export const FEMALE_ROLE_WORDS = words(
  'chairwoman spokeswoman actress queen princess wife mother daughter sister girlfriend sportswoman businesswoman',
);

/**
 * Names of news organisations and the head nouns of their names. As the subject of "reported"
 * they are the source; after "via", "told" or "according to" they only carried the words.
 */
export const MEDIA_NAMES = words(`
  Reuters AFP AP Bloomberg BBC CNN ABC NBC CBS Fox Sky ITV Channel RT TASS Tass Interfax Xinhua
  Guardian Times Telegraph Independent Observer Mail Mirror Sun Express Star Post Journal Herald
  Tribune Standard Economist Newsweek Time Wire Jazeera Le Monde Figaro Spiegel Bild Kyodo Yonhap
  Politico Axios Ria Novosti Ukrinform Ifax Sueddeutsche Corriere Stampa Pais Mundo
`);
export const MEDIA_HEADS = words(`
  newspaper newspapers paper magazine agency programme program show website site radio channel
  station network broadcaster television tv daily weekly tabloid journal outlet
`);

/**
 * Head nouns of organisations and unnamed sources. A subject phrase ending in one of these
 * ("Britain's Ministry of Defence", "a senior US official", "the club") is a source that is not
 * a named person.
 */
export const SOURCE_HEADS = words(`
  lawsuit suit complaint filing ruling verdict judgment book letter document website blog
  message memo note notice column editorial article release announcement manifesto
  kremlin pentagon house street government ministry department office council committee commission
  company firm group union association federation club party spokesman spokeswoman spokesperson
  spokespeople official officials source sources analyst analysts police army military navy forces
  court agency bank authority authorities board embassy institute organisation organization
  delegation delegations campaigners campaign charity report statement study survey research
  researchers experts expert administration cabinet parliament assembly senate congress regulator
  watchdog trust corporation industry team management manager managers secretariat executive
  executives bosses boss spokesmen insiders insider aides aide adviser advisers advisor advisors
  lawyer lawyers attorney attorneys prosecutors prosecutor investigators judge judges panel jury
  inquiry coalition alliance opposition ministers minister leaders leader diplomats diplomat
  negotiator negotiators observers observer officer officers staff workers employees members
  member residents witnesses witness voters fans supporters critics rivals economists economist
  commentators tories conservatives labour democrats republicans liberals nationalists unions
  side sides countries nations states council court tribunal fund bureau service services
  federation league uefa fifa fa ioc iaaf organisers organizers promoters producers producer
  studio studios label publisher publishers retailer retailers operator operators makers maker
  chain network website statement letter document documents paper memo proposals proposal
  nato un eu imf wto opec governor mayor president chairman chairwoman director coach
  secretary chief head editor host presenter doctor professor captain sheriff commissioner
  ambassador envoy general admiral colonel commander premier chancellor speaker mother father
  wife husband son daughter brother sister friend friends family relatives colleague colleagues
  player players spokesperson representative representatives
`);

/** Verbs whose object is the person whose words follow: "AP quoted prosecutor X as saying". */
export const QUOTING_VERBS = words('quoted quoting');

/** Words that open a clause before its subject ("After Blair met Bush, ..."): not an appositive. */
export const SUBORDINATORS = words('after when while as if because although though since before until unless once whereas');

/** Sentence adverbs and connectives that are never a source ("Still, both sides said"). */
export const CONNECTIVES = words(`
  still however meanwhile but and yet so also now then later earlier separately elsewhere instead
  indeed nevertheless moreover furthermore notably speaking asked yesterday today tonight
  overall ultimately finally first firstly secondly lastly again already
`);

/** Articles and quantifiers that open a source phrase ("a senior US official", "the club"). */
export const DETERMINERS = words('a an the this that these those one two three some several many most its their his her our');

/** Abbreviations that end in a period without ending the sentence. */
export const ABBREVIATIONS = words(`
  Mr Mrs Ms Dr Prof St Sr Jr Col Gen Lt Capt Maj Sgt Cpl Adm Rev Gov Sen Rep Hon Insp Supt Det
  No Nos Vol Inc Ltd Co Corp Bros vs etc Mt Ft Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  U.S U.K U.N E.U a.m p.m i.e e.g
`);

/** Words that open a clause whose subject is somewhere else ("who said", "which added"). */
export const RELATIVE_WORDS = words('who whom whose which that where when while whereas after before as because since if although though');

/** Prepositions after which a name is not the subject ("a spokesman for Tony Blair"). */
export const GOVERNING_PREPOSITIONS = words('of for to at with from by about against behind under over on in into near like than via alongside beside besides including');

/** Conjunctions that let a second verb share the first one's subject ("said ..., but added"). */
export const SHARED_SUBJECT_CONJUNCTIONS = words('and but or then yet');

/**
 * Extra first names for the gender lists: names from news outside the English-speaking world, and names
 * on both lists that news uses for one sex only (Tim, Andy, Tony, George; Claire, Julie, Hazel).
 */
export const EXTRA_MALE_FIRST_NAMES = words(`
  Volodymyr Mykhailo Dmytro Oleksiy Oleksii Andriy Sergiy Serhiy Vitali Vitaly Petro Recep Tayyip
  Mevlut Arsene Sven-Goran Jose Jacques Gerhard Silvio Kofi Mahmoud Ariel Ehud Yasser Hamid Hosni
  Jean-Claude Jean-Pierre Jean-Marie Thierry Zinedine Ruud Rafa Fernando Luis Carlos Roberto Pedro
  Javier Juan Diego Nicolas Nikolai Dmitry Dmitri Sergei Sergey Vladimir Mikhail Yevgeny Alexei
  Alexey Viktor Gennady Boris Igor Andrei Anatoly Ali Mohammed Muhammad Ahmed Ahmad Abdullah Omar
  Hassan Hussein Osama Bashar Xi Hu Wen Shinzo Junichiro Lula Hugo Evo Fidel Raul Silvio Romano
  Mauro Marco Massimo Gianluca Gianfranco Luca Alessandro Ilie Ion Goran Zlatko
  Philippe Daniele Didier Julien Stephane Yannick Aurelien Sebastien Frederic Herve
  Adrian Alfie Andy Austin Barrie Barry Benny Bernie Bert Bertie Bill Billy Bobby Brett Bryn Cecil Chad
  Christian Clem Cody Corey Cory Danny Darryl Daryl Dion Donnie Donny Eddie Eddy Emlyn Frank Frankie Fred
  Freddie Freddy Gabriel Gene George Gerry Glen Glenn Glyn Gus Heath Jermaine Jerry Jesse Joey Kyle Marty
  Max Noel Ollie Olly Perry Phil Quentin Randy Ray Reggie Ricky Robbie Robby Ronnie Ronny Rory Sean Shane
  Shaun Shawn Sonny Ted Teddy Theo Tim Timmy Toby Tommy Tony Vinnie Vinny Wally Willie Willy
`);
export const EXTRA_FEMALE_FIRST_NAMES = words(`
  Yulia Ursula Angela Condoleezza Hillary Benazir Indira Sonia Golda Theresa Margaret Kirsty Tessa
  Ruth Oksana Olena Iryna Natalia Nataliya Svetlana Tatiana Tatyana Ludmila Lyudmila Segolene
  Martine Anastasia Serena Venus Justine Amelie Kim-Ly Ayaan Ayesha
  Abbie Abby Angie Bev Brooke Carly Cassie Chrissie Clair Claire Clare Connie Geri Gail Gayle Grace Hazel
  Holly Jodie Julie Kylie Lauren Lesley Lyn Lynn Meredith Meryl Paige Patsy Patty Penny Ruby Shelley Stacy
  Tammy Tracey Tracie Tracy Whitney Winnie
`);
/** First names of both genders in news, whatever a list says ("Kim Howells", "Jamie Oliver"). */
export const UNISEX_FIRST_NAMES = words('Kim Jamie Jean Alex Sam Chris Jo Jess Pat Terry Lee Robin Leslie Sasha Nicky Nikki Vivian Carol Evelyn Hilary Francis Andrea Nicola Claude Dominique Camille Michele Simone Sacha');

/** Things a person writes: "Mr Crosby's statement said" is Mr Crosby speaking. */
export const DOCUMENT_NOUNS = words(`
  statement letter book blog website message memo column article autobiography memoir memoirs
  diary note email e-mail pitch speech post tweet posting essay website site testimony
`);

/**
 * Head nouns of definite descriptions that stand for a person named elsewhere in the article
 * ("the prime minister", "the Tory leader", "the Old Trafford boss"). Spokesmen and officials are
 * left out: "the spokesman" is usually nobody named.
 */
export const PERSON_ROLE_HEADS = words(`
  leader minister chancellor secretary president boss manager coach chairman chairwoman chief
  bishop archbishop star singer actor actress striker player captain director mayor governor
  premier judge author writer novelist founder executive champion veteran midfielder defender
  goalkeeper keeper winger forward batsman bowler skipper rapper comedian presenter host
  prosecutor chancellor senator congressman governor king queen prince princess pope cardinal
  singer-songwriter frontman musician film-maker filmmaker producer designer economist professor
  businessman tycoon billionaire comedian youngster teenager Scot Scotsman Englishman Welshman
  Irishman Frenchman Dutchman Spaniard Briton Australian American German Italian Argentine
  Brazilian Portuguese Russian Swede Dane Norwegian Finn Belgian Croat Serb Kiwi Aussie
  Austrian Swiss Zealander
  peer MP MEP candidate campaigner activist editor commissioner ambassador businesswoman columnist
  critic broadcaster journalist lawmaker congresswoman councillor chef inventor dj correspondent reporter
  backbencher frontbencher delegate ombudsman psychologist librarian teacher sprinter maker
  medallist finalist holder broker trader strategist
  prop hooker flanker fly-half scrum-half full-back fullback all-rounder paceman seamer spinner
`.toLowerCase());

/** Titles held by one person at a time: "the prime minister" is only someone introduced as one. */
export const OFFICES = words(`
  minister chancellor secretary president premier leader chairman chairwoman chief governor mayor
  senator king queen prince princess pope judge prosecutor bishop archbishop cardinal coach manager
  boss captain director executive skipper
`);

/** People who speak for someone else: "Blair's spokesman", "a lawyer for Jackson" are never that someone. */
export const DELEGATE_ROLES = words('spokesman spokeswoman spokesperson official lawyer adviser advisor aide analyst attorney solicitor agent representative');

/** Modifiers that can stand between a preposition and a name it governs ("associate of former Yukos boss X"). */
export const NAME_PREMODIFIERS = words('former deputy acting vice senior junior then late new interim shadow assistant joint co');
