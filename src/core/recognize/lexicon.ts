// Curated word lists the packaged gazetteer lacks: titles, organisations, regions, clubs,
// transliteration variants. Kept as data, one concern per list, so rules stay readable.

const words = (s: string): string[] => s.trim().split(/\s+/);
const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

/** Honorifics: the next name is a person ("Mr Abbas", "Dr. Smith", "Lord Falconer"). */
export const HONORIFICS = new Set(words(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Sir Dame Lord Lady Baroness Baron Rev Rev. Reverend Prof Prof.
  Professor Messrs Princes Mme Mlle Herr Sheikh Imam Rabbi Ayatollah Mullah Saint St. Sr. Sen. Rep. Gov. Gen. Col.
  Lt. Lt Capt. Sgt. Sgt Cpl Cpl. Maj. Adm. Brig. Cmdr. Insp. Supt. Det. Pte Pte. Fr Fr. Hon. Rt. Mgr Cllr
`));

/** Words of capitalised titles before a name ("Deputy Defence Minister Alexander Fomin"). */
export const TITLE_WORDS = new Set(words(`
  President Vice Prime Minister Ministers Deputy Secretary Chancellor General Colonel Lieutenant Major Captain
  Sergeant Corporal Private Admiral Commander Marshal Brigadier Senator Congressman Congresswoman Representative
  Governor Mayor King Queen Prince Princess Duke Duchess Earl Countess Count Pope Cardinal Archbishop Bishop
  Judge Justice Chief Executive Officer Director Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson
  Ambassador Envoy Commissioner Attorney Inspector Detective Superintendent Constable Sheriff Speaker Leader
  Shadow Foreign Home Defence Defense Interior Finance Economy Economic Trade Health Education Culture Sport
  Sports Environment Energy Transport Agriculture Justice Treasury Work Pensions Industry Media Development
  Affairs Security Intelligence Communications Technology Science Labor Employment Housing
  Business Northern Scottish Welsh Europe European Chief-of-staff Secretary-General Emir Sultan Tsar Czar
  Crown Regent Premier Presidential Adviser Advisor Aide Coach Manager Boss Officer Head Patriarch Metropolitan
  MP MEP MSP AM TD Senior Junior Acting Interim Former Ex Late Sen Rep Gov Dep Lt-Col Lt-Gen Maj-Gen Col-Gen
  First Lord Lady Minister-President Vice-President Vice-Chancellor Prime-Minister Chief Staff
  Captain Skipper Striker Midfielder Defender Goalkeeper Winger Forward Referee Umpire Champion
  Défense Defensa Ministre Exchequer
`));


/** Lowercase role nouns before a name: "striker Wayne Rooney", "spokesman Dmitry Peskov". */
export const ROLE_NOUNS = new Set(words(`
  president minister secretary chancellor spokesman spokeswoman spokesperson adviser advisor aide leader chief
  director chairman chairwoman executive boss manager coach striker midfielder defender goalkeeper keeper winger
  captain skipper player star actor actress singer director producer writer author novelist journalist
  reporter editor correspondent analyst economist professor expert lawyer barrister solicitor judge ambassador
  envoy general colonel officer commander candidate mp mep senator governor mayor chairman founder owner
  teacher nurse doctor student worker mother father wife husband son daughter brother sister colleague bandmate
  stepson stepdaughter stepfather stepmother grandson granddaughter grandmother grandfather nephew niece
  uncle aunt cousin fiancee fiance girlfriend boyfriend widow widower protege
  deputy negotiator official diplomat dancer rapper musician comedian presenter host designer model
  photographer artist architect scientist researcher campaigner activist priest bishop prosecutor
  counterpart successor predecessor friend team-mate teammate champion veteran
  midfield forward international opener batsman bowler jockey trainer driver rider runner sprinter
  broadcaster publisher seed composer songwriter lyricist playwright screenwriter film-maker filmmaker
  legend icon superstar megastar idol crooner rocker diva heart-throb sweetheart heroine
  youngster teenager backbencher prince princes princess engineer dj olympian paralympian
`));

/** Role nouns that companies hold too ("market leader Omnicom", "producer Endemol"): no proof alone that one word is a person. */
export const ROLES_ALSO_OF_COMPANIES = new Set(words(`
  leader sister producer analyst analysts owner founder partner operator supplier rival champion
  broadcaster publisher
`));

/** Nouns after a possessive that only a person has: "Juninho's agent", "Evans' wife". */
export const PERSONAL_RELATIONS = new Set(words(`
  agent wife husband father mother son daughter brother sister girlfriend boyfriend fiancee fiance widow
  parents children family grandmother grandfather stepson stepdaughter
`));

/** Kinds of work before a title: "hit song Jailhouse Rock", "the film Submission" (not words that are verbs too: "play Rui Costa"). */
export const WORK_NOUNS = new Set(words(`
  song songs single singles album albums film films movie movies novel novels musical opera ballet sitcom
  documentary thriller soap blockbuster sequel remake anthem biopic book books drama comedy programme
`));

/** Verbs of making a work before "by" and its maker: "directed by Southan Morris". */
export const AUTHORING_VERBS = new Set(words(`
  directed written presented played narrated illustrated composed choreographed co-written co-directed
`));

/** Roles in a band, show or film, between its name and a person's: "Happy Mondays star Bez", "Holby City actor Jeremy Edwards". */
export const CAST_ROLES = new Set(words(`
  star stars singer actor actress frontman frontwoman guitarist drummer bassist vocalist presenter rapper
  co-star keyboardist lead cast
`));

/** Organisations and other non-person, non-place names met alone or as the head of a chunk. */
export const ORGANISATIONS = new Set(lines(`
  Kremlin
  Mercedes
  Mercedes Benz
  Mercedes-Benz
  Audi
  Jaguar
  Opel
  Peugeot
  Citroen
  Porsche
  Volvo
  Saab
  Vauxhall
  Cadillac
  Skoda
  Lexus
  Hyundai
  Kia
  Mazda
  Ferrari
  Lamborghini
  Maserati
  Chrysler
  Chevrolet
  Buick
  Daewoo
  Subaru
  DaimlerChrysler
  Maruti
  Bell Canada
  Media Lab Europe
  Chambers of Commerce
  Chamber of Commerce
  William Hill
  Ladbrokes
  Paddy Power
  Bet 365
  Bet365
  Betfair
  Stan James
  Sporting Index
  Totesport
  Blue Square
  De Telegraaf
  De Volkskrant
  Le Monde
  Le Figaro
  Liberation
  Die Welt
  Der Spiegel
  Die Zeit
  El Pais
  El Mundo
  La Repubblica
  Corriere della Sera
  La Stampa
  Clarence House
  Pentagon
  NATO
  Nato
  EU
  UN
  BBC
  Reuters
  AFP
  AP
  CNN
  Interfax
  Tass
  TASS
  RIA
  RIA Novosti
  Novosti
  Xinhua
  Anadolu
  Ukrinform
  Labour
  Tory
  Tories
  Conservative
  Conservatives
  Lib Dem
  Lib Dems
  Liberal Democrat
  Liberal Democrats
  Democrat
  Democrats
  Republican
  Republicans
  Ukip
  UKIP
  SNP
  Plaid Cymru
  Sinn Fein
  DUP
  Congress
  Senate
  Parliament
  Commons
  House of Commons
  House of Lords
  Lords
  Downing Street
  Whitehall
  White House
  Number 10
  No 10
  Treasury
  Home Office
  Foreign Office
  Cabinet
  Government
  Interpol
  Europol
  IMF
  WTO
  OPEC
  Opec
  OECD
  G7
  G8
  G20
  UEFA
  Uefa
  FIFA
  Fifa
  IOC
  FA
  RFU
  WRU
  IRB
  ECB
  ICC
  IAAF
  ITV
  ITN
  Sky
  Sky News
  Channel 4
  Channel Five
  Five
  RT
  ABC
  NBC
  CBS
  Fox
  Fox News
  MSNBC
  CNBC
  NPR
  PBS
  Al Jazeera
  Al-Jazeera
  Google
  Microsoft
  Apple
  Sony
  Nintendo
  Sega
  Yahoo
  IBM
  Intel
  AOL
  eBay
  Amazon
  Vodafone
  Nokia
  Samsung
  Motorola
  Siemens
  Philips
  Toshiba
  Seagate
  Red Crescent
  Red Crescent Societies
  Fair Trials Abroad
  Xbox
  PlayStation
  iPod
  iTunes
  Mac
  Mac Mini
  iMac
  PSP
  Nintendo DS
  Game Boy
  GameCube
  Walkman
  BlackBerry
  Google
  Bluetooth
  Wi-Fi
  Linux
  Firefox
  Windows
  Linux
  Internet
  Web
  Hamas
  Hezbollah
  Taliban
  al-Qaeda
  al Qaeda
  Al Qaeda
  Al-Qaeda
  Fatah
  Gazprom
  Rosneft
  Yukos
  Aeroflot
  Enron
  WorldCom
  Parmalat
  Boeing
  Airbus
  Ryanair
  easyJet
  EasyJet
  Tesco
  Sainsbury
  Marks and Spencer
  Barclays
  HSBC
  Lloyds
  Citigroup
  Deutsche Bank
  Toyota
  Ford
  Nissan
  Honda
  Renault
  Volkswagen
  Fiat
  Rover
  MG Rover
  Shell
  BP
  Exxon
  Total
  Glaxo
  GlaxoSmithKline
  Pfizer
  Disney
  Warner
  Time Warner
  Universal
  Paramount
  Miramax
  MGM
  Pixar
  DreamWorks
  Virgin
  Orange
  Oftel
  Ofcom
  Ofwat
  Ofsted
  NHS
  CRE
  CBI
  TUC
  MoD
  MOD
  FBI
  CIA
  NSA
  KGB
  FSB
  MI5
  MI6
  SAS
  Scotland Yard
  Met
  Red Cross
  Oxfam
  Unicef
  UNICEF
  UNHCR
  WHO
  Greenpeace
  Amnesty
  Amnesty International
  General Electric
  General Dynamics
  General Mills
  Tate Britain
  Tate Modern
  Human Rights Watch
  European Union
  European Commission
  European Parliament
  European Council
  United Nations
  Security Council
  Council of Europe
  World Bank
  Bank of England
  Federal Reserve
  Fed
  Fleet Street
  Nasdaq
  Dow Jones
  FTSE
  Footsie
  Premiership
  Premier League
  Sign Language
  British Sign Language
  La Liga
  Primera Liga
  Serie A
  Bundesliga
  Ligue 1
  Champions League
  Uefa Cup
  FA Cup
  Carling Cup
  League Cup
  Six Nations
  World Cup
  Olympics
  Olympic Games
  Commonwealth Games
  Grand Slam
  Davis Cup
  Ryder Cup
  Tour de France
  Oscar
  Oscars
  Academy Awards
  Academy Award
  Grammy
  Grammys
  Bafta
  Baftas
  Emmy
  Emmys
  Golden Globe
  Golden Globes
  Brit Awards
  Brits
  Eurovision
  Christmas
  Easter
  Ramadan
  Eid
  Hanukkah
  Thanksgiving
  New Year
  Valentine
  Brexit
  God
  Allah
  Bible
  Koran
  Quran
  Parliament
  Duma
  State Duma
  Rada
  Verkhovna Rada
  Knesset
  Bundestag
  Politburo
  Stormont
  Holyrood
  Dail
  Commission
  Assembly
  Senate
  Cabinet Office
  Scotland Office
  Wales Office
  Northern Ireland Office
  Crown Prosecution Service
  New York Times
  Washington Post
  Wall Street Journal
  Financial Times
  Times
  Sunday Times
  Guardian
  Observer
  Telegraph
  Daily Telegraph
  Sunday Telegraph
  Independent
  Daily Mail
  Mail on Sunday
  Daily Mirror
  Mirror
  Sun
  News of the World
  Daily Express
  Express
  Economist
  Bloomberg
  Politico
  Axios
  Associated Press
  Press Association
  Variety
  Billboard
  Newsweek
  Forbes
  Us Weekly
  Northern Echo
  Evening Standard
  Radio 4
  Radio 1
  Radio 2
  Radio Five Live
  Five Live
  Today
  Newsnight
  Panorama
  Wikipedia
  Twitter
  Facebook
  YouTube
  Telegram
  Instagram
  TikTok
  Gunners
  Blues
  Reds
  Red Devils
  Magpies
  Toffees
  Spurs
  Hammers
  Saints
  Villans
  Baggies
  Wolves
  All Blacks
  Wallabies
  Springboks
  Lions
  British Lions
  JP Morgan
  J.P. Morgan
  Morgan Stanley
  Goldman Sachs
  Merrill Lynch
  Lehman Brothers
  Credit Suisse
  UBS
  Deutsche Telekom
  France Telecom
  Telefonica
  Royal Bank of Scotland
  RBS
  Halifax
  Abbey
  Abbey National
  Northern Rock
  Standard Life
  Aviva
  Prudential
  Capital Economics
  Ask Jeeves
  New Line
  Warner Bros
  Sony Ericsson
  Vivendi
  Bertelsmann
  EMI
  BMG
  HMV
  Virgin Megastores
  Woolworths
  Boots
  Asda
  Wal-Mart
  Walmart
  Kmart
  Sears
  Safeway
  Morrisons
  Dixons
  Comet
  Currys
  Argos
  Next
  Primark
  Arcadia
  Harrods
  Selfridges
  McDonald's
  Starbucks
  Coca-Cola
  Pepsi
  PepsiCo
  Nestle
  Unilever
  Cadbury
  Diageo
  Yahoo!
  MySpace
  Napster
  Kazaa
  Skype
  Netscape
  Mozilla
  Firefox
  Oracle
  SAP
  Dell
  HP
  Hewlett-Packard
  Compaq
  Cisco
  Xerox
  Kodak
  Canon
  Nikon
  Panasonic
  Hitachi
  Fujitsu
  NEC
  LG
  Ericsson
  Alcatel
  BT
  NTL
  Telewest
  O2
  Vodafone
  Orange
  T-Mobile
  Philip Morris
  Johnson & Johnson
  Procter & Gamble
  Ernst & Young
  Deloitte
  KPMG
  PwC
  PricewaterhouseCoopers
  McKinsey
  Charles Schwab
  Freddie Mac
  Fannie Mae
  Lloyds TSB
  Lloyd's
  John Lewis
  Harvey Nichols
  Calvin Klein
  Ralph Lauren
  Tommy Hilfiger
  Louis Vuitton
  Christian Dior
  Dior
  Yves Saint Laurent
  Brown & Williamson
  RJ Reynolds
  Stella Artois
  Harvard
  Yale
  Oxford University
  Cambridge University
  Sandhurst
  Eton
  Nobel
  Nobel Prize
  Booker
  Booker Prize
  Marshall Plan
  Edinburgh Rugby
  Glasgow Rugby
  London Irish
  London Welsh
  London Scottish
  Agence France Presse
  Agence France-Presse
  Lycos Europe
  Telekom Austria
  GM Europe
  Air China
  Air India
  Air Jamaica
  Air Europe
  Aero India
  China Southern
  China Eastern
  China Life
  Aston Martin
  Norwich Union
  Universities UK
  Universities Scotland
  Stop Stansted Expansion
  USA Track and Field
  USA Track & Field
  Columbia Pictures
  Guildford Four
  Birmingham Six
`));

/**
 * Last words that make a capitalised chunk an organisation, event or work rather than a person
 * or place: "Absa Group", "Ministry of Defence", "Liberal Party", "Manchester United".
 */
export const ORGANISATION_HEADS = new Set(words(`
  Ministry Department Office Party Council Committee Commission Agency Authority Association Federation
  Union Bank Group Corporation Corp Corp. Inc Inc. Ltd Ltd. Plc plc PLC LLC Company Co Co. Holdings Partners
  Utd Airways Airlines Air Motors Records Pictures Studios Entertainment Media Network Networks Television TV Radio
  News Times Post Journal Telegraph Herald Gazette Tribune Review Magazine Chronicle Observer Mail Mirror
  Express Standard Echo Star Sun Independent Guardian Weekly Daily Today Online
  University College School Academy Institute Foundation Trust Society Club FC AFC United City Rovers
  Wanderers Athletic Albion Hotspur Rangers Celtic Town Villa Argyle Orient Wednesday Forest Alexandra
  Hospital Court Tribunal Parliament Assembly Congress Senate Army Navy Force Forces Police Service Services
  Guard Guards Brigade Battalion Regiment Division Corps Fleet Cabinet Government Administration Exchange Index
  Fund Festival Awards Award Prize Cup League Championship Championships Trophy Games Open Masters Classic
  Show Programme Program Project Plan Scheme Act Bill Treaty Accord Agreement Convention Declaration Initiative
  Summit Conference Forum Inquiry Review Report Campaign Movement Front Alliance Coalition Bloc Organisation
  Organization Institution Industries Industry Technologies Systems Software Solutions Labs Laboratories Energy
  Oil Gas Petroleum Telecom Telecoms Communications Mobile Wireless Stores Foods Brewery Bros Brothers Sons
  Capital Securities Investments Insurance Assurance Bancorp Financial Estates Properties Developments Games
  Shimbun Dairy Dairies Farms Mining Minerals Steel Motors Pharmaceuticals Chemicals Buccaneers Singles
  Centre Center Centres Research Writers Federations Associations Unions Harriers Striders Associates
  Band Orchestra Choir Theatre Theater Ballet Opera Museum Gallery Library Zoo Commissioner Ombudsman Regulator
  Board Bureau Directorate Secretariat Unit Team Squad Crew Channel Broadcasting Publishing Press Books Records
  Music Films Film Movie Album Single Tour Series Season Edition Version Code Prix Olympics War Revolution
  Day Week Month Year Era Age Act Law Doctrine Church Mosque Cathedral Temple Synagogue
  Consortium Co-Operative Co-operative Cooperative Teleservices Telecommunications House System
  Reporter Re Presse Instruments Coal Polytechnic Prison Jail Guide Aid International
`));

/** Last words that make a capitalised chunk a place: facilities and geographic features. */
export const PLACE_HEADS = new Set(words(`
  Palace Square Park Stadium Arena Ground Road Lane Avenue Boulevard Bridge Castle Abbey Tower Hill Hills
  Mountain Mountains Mount Mt River Lake Sea Ocean Bay Gulf Strait Straits Island Islands Isle Peninsula
  Valley Desert Forest Coast Province Region District County Oblast Oblast' State Territory Territories
  Republic Kingdom Airport Harbour Harbor Port Heights Plain Plains Basin Canal Cape Point Beach Falls
  Village Town Borough Shire Dam Reservoir Barrage Street
`));

/** Lowercase words after a name that make it a place: "the Donetsk region", "Kherson oblast". */
export const PLACE_HEAD_NOUNS = new Set(words(`
  region province district county oblast city town village capital port area border airport state
  republic peninsula island coast valley suburb neighbourhood neighborhood municipality governorate
  dam reservoir ward
`));

/** Lowercase words before "of X" that make X a place: "the town of Bucha". */
export const PLACE_OF_NOUNS = new Set(words(`
  city town village region province district county capital suburb port outskirts streets state island
  republic oblast area centre center north south east west heart
  seat constituency borough township parish hamlet municipality resort enclave
`));

/** Prepositions before an unknown name that make it a place: "in Irpin", "near Bucha". */
export const LOCATIVE_PREPOSITIONS = new Set(words('in In near Near outside Outside across Across throughout around towards toward inside'));

/** Prepositions that confirm a gazetteer name that is also a word as the place: "back to Manchester". */
export const PLACE_PREPOSITIONS = new Set([...LOCATIVE_PREPOSITIONS, ...words('to from at via into across around of')]);

/** Lowercase nouns right before a name that make it an organisation: "rival Xstrata", "studio New Line". */
export const ORG_NOUNS_BEFORE = new Set(words(`
  firm company bank group studio giant retailer maker carrier airline broadcaster publisher label website
  site chain insurer lender manufacturer brand newspaper magazine paper tabloid channel network operator
  conglomerate agency supermarket developer distributor exchange consultancy consultants watchdog regulator
  charity organisation organization party club side outfit band corporation multinational subsidiary
  startup start-up firms companies banks brokers broker fund index service engine based bookmaker bookmakers
  miner marque marques carmaker carmakers journal
`));

/**
 * First names the packaged (American) lists lack, met in British news: Welsh, Scottish, Irish and European
 * ones ("Lewis Moody", "Huw Edwards", "Arsene Wenger"). Without them a surname that is also a word is lost.
 */
export const FIRST_NAMES_MORE = words(`
  Lewis Jonny Huw Euan Alun Gethin Rhodri Elfyn Ieuan Owain Dai Mervyn Joss Jimi Richey Declan Kieran Ronan Linford
  Arsene Thierry Didier Mikhail Viktor Yulia Marat Lleyton Jelena Svetlana Jurgen Jerzy Jordi Mauro Schalk Imanol
  Arjen Kostas Haile Kenenisa Thabo Recep Cesc Dietmar Jussi Jiri Jarkko Lynton Stelios Kanye Jonty
  Walter Donald Mats Carlton Ledley Ridley Drayton Margherita Gemma Jemma Maeve Niamh Aoife Ciara Sinead Roisin
  Kirsty Morag Leanne Kieron Callum Calum Conor Ciaran Cillian Eoin Eamonn Enda Crispin Piers Tamsin Rhian
  Dustin Keanu Denzel Charlize Courteney Oprah Keira Lenny Dhani Roald Jef Nomar Aiden Geordan Finian Alyn Deon
  Yann Yannick Aurelien Julien Sylvain Ludovic Fabrice Arnaud Mathieu Stephane Anais Djibril Djimi Lamine Abdellatif
  Helmut Gerd Bernd Eckhard Hannes Alois Jorg Uwe Olaf Ulf Niklas Jesper Berit Ivo Piet Kees Ruud
  Gianluca Gianfranco Giampaolo Gennaro Vincenzo Mirco Mariano Feliciano Florentino Gaizka Xabi Josep Baltasar Luiz Inacio Gilmar
  Andriy Anatoly Aleksey Nikolay Dmitry Oleg Yevgeny Maciej Patrik Ferenc Gabor Hristo Dimitar Irakli Mateja Katarina Jolanda
  Ioannis Yiannis Konstantinos Panagiotis Vassilis Nihat Ruhi Kolo Shola Abi Eliud Hicham Jaouad Rabah Sepp Zinedine
  Saddam Yasser Hosni Rafik Iyad Binyamin Ehud Shimon Oded Kofi Mohammad Massoud Mansoor Iqbal Zubair Yaseen Asif Farhat Assad Radwan Fathi Sidi Vahid Baha
  Anil Anand Sanjay Vijay Vinod Dinesh Suhas Kamal Rahul Arvind Ashvin Aishwarya Jayanti Sunita Taran Parmjit Manjit
  Hiroshi Takashi Naoki Yuji Koji Shogo Akira Junichiro Mahendra Leoncia
`);

/** Political parties, whose name before a person's says whose side he is on ("Democrat John Kerry", "Lib Dem Norman Baker"). */
export const PARTIES = new Set(lines(`
  Labour
  Tory
  Conservative
  Lib Dem
  Lib Dems
  Liberal Democrat
  Liberal Democrats
  Democrat
  Democrats
  Republican
  Republicans
  Tories
  Conservatives
  Ukip
  UKIP
  SNP
  Plaid Cymru
  Plaid
  Sinn Fein
  DUP
  SDLP
  Green
`));

/** Lowercase words right after a name that make it an organisation: "Xstrata shares", "Kremlin spokesman". */
export const ORG_NOUNS_AFTER = new Set(words(`
  shares shareholders share stock spokesman spokeswoman spokesperson staff employees bosses executives
  chairman board subsidiary unit division brand stores shop shops customers subscribers users website
  profits profit sales revenues revenue turnover bid offer takeover stake chief deal boss managers
`));

/** Roles that an organisation holds people in: "executive at Xstrata", "chairman of WMC". */
export const ROLES_IN_ORG = new Set(words(`
  executive executives chief boss chairman chairwoman director directors president head founder owner owners
  shareholders shares employees staff spokesman spokeswoman spokesperson analyst analysts partner
  economist economists strategist vice
`));

/** Speech and reporting verbs right after a name: person evidence ("Zelensky said"). */
export const SAYING_VERBS = new Set(words(`
  said says say told tells added adds insisted insists argued argues claimed claims stated states explained
  explains warned warns admitted admits denied denies believes believed thinks thought wrote writes asked asks
  replied replies announced announces confirmed confirms urged urges called calls described describes noted notes
  stressed stresses suggested suggests acknowledged acknowledges revealed reveals recalled recalls continued
  continues concluded concluded agreed agrees vowed vows promised promises accused accuses criticised criticized
  praised praises joked jokes commented comments countered counters responded responds declared declares
  hopes hoped feels felt wants wanted knows knew
`));

/** Particles inside personal names: "Ursula von der Leyen", "Osama bin Laden", "Leonardo da Vinci". */
export const NAME_PARTICLES = new Set(words('von der den van de da di dal dalla del della dos das du le la bin ibn al el ter ten y'));

/**
 * A particle inside a name, in any case ("Van", "Bin"), except a capitalised "Al" opening a name,
 * which is the first name ("Al Gore", "Al Hendrix"), not "al-".
 */
export function isNameParticle(word: string, opensName: boolean): boolean {
  return NAME_PARTICLES.has(word.toLowerCase()) && !(opensName && word === 'Al');
}

/** Suffixes that end a personal name: "John Paul II", "Martin Luther King Jr". */
export const NAME_SUFFIXES = new Set(words('Jr Jr. Jnr Snr Sr II III IV'));

/** The days of the week and the months, written out. */
export const DAYS_AND_MONTHS = new Set(words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December`));

/** Capitalised words that are never names by themselves. */
export const NOT_NAMES = new Set([...DAYS_AND_MONTHS, ...words(`
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed
  Thu Fri Sat Sun I I'm I've I'd I'll OK Ok TV PC PR CEO MP MPs MEPs MSPs AM GMT BST AD BC Mr Mrs Ms Dr
  A An The This That These Those It Its He She They We You Our Their His Her My Your Him Them Us
  AIDS Aids HIV Covid COVID GDP VAT DNA DVD DVDs CD CDs PhD MBA FTSE IT
  English French German Spanish Italian Russian Ukrainian Arabic Hebrew Chinese Mandarin Japanese Latin
  Western Eastern Northern Southern Soviet Islamic Muslim Muslims Christian Christians Jewish Jews Catholic
  Catholics Protestant Sunni Shia Shiite Kurdish Kurds Arab Arabs Chechen Chechens Crimean Tatar Tatars
  Briton Britons Brits Scots Welsh Irish Londoner Londoners European Europeans Asian Asians African Africans
  Balkan Baltic Nordic Scandinavian Caribbean Pacific Atlantic Mediterranean Anglo Franco Euro Pro Anti
  Yorker Yorkers Londoner Londoners Muscovite Muscovites Parisian Parisians Glaswegian Liverpudlian Mancunian Dubliner Dubliners Scouser Scousers Geordie Geordies Brummie Brummies Cockney Texan Texans Californian Californians
  Labourite Tory Tories Blairite Blairites Brownite Brownites Thatcherite Eurosceptic Eurosceptics
  No Yes
`)]);

/** Regions, nations and areas that the country and city lists lack. Variants on the same line after "=". */
export const REGIONS = lines(`
  England
  Scotland
  Wales
  Northern Ireland = Ulster
  Great Britain
  Europe
  Asia
  Africa
  North America
  South America
  Latin America
  Central America
  Americas
  Antarctica
  Arctic
  Middle East
  Guantanamo Bay = Guantanamo = Guantánamo = Guantánamo Bay
  Indian Ocean = Indian ocean
  Deep South
  Midwest
  Far East
  Near East
  Scandinavia
  Korea
  Balkans
  Caucasus
  Baltics
  Gulf
  Persian Gulf
  Siberia
  Donbas = Donbass
  Crimea
  Chechnya
  Dagestan
  Kashmir
  Darfur
  Tibet
  Xinjiang
  Kurdistan
  Transnistria
  Abkhazia
  South Ossetia
  Nagorno-Karabakh
  West Bank
  Gaza = Gaza Strip
  Golan Heights
  Sinai
  Punjab
  Bavaria
  Catalonia
  Basque Country
  Flanders
  Wallonia
  Sicily
  Sardinia
  Corsica
  Normandy
  Brittany
  Provence
  Tuscany
  Lombardy
  Silicon Valley
  Wall Street
  Hollywood
  West End
  City of London
  Westminster
  West Ham
  Soviet Union = USSR
  Yugoslavia
  Bosnia
  Herzegovina
  Kosovo
  Holland
  Borneo
  Sumatra
  Java
  Bali
  Aceh
  Tasmania
  Hong Kong
  Macau
  Taiwan
  Zanzibar
  Greenland
  Cornwall
  Devon
  Dorset
  Somerset
  Wiltshire
  Hampshire
  Sussex
  East Sussex
  West Sussex
  Surrey
  Kent
  Essex
  Suffolk
  Norfolk
  Cambridgeshire
  Hertfordshire
  Bedfordshire
  Buckinghamshire
  Oxfordshire
  Berkshire
  Gloucestershire
  Herefordshire
  Worcestershire
  Warwickshire
  Northamptonshire
  Leicestershire
  Nottinghamshire
  Derbyshire
  Lincolnshire
  Staffordshire
  Shropshire
  Cheshire
  Lancashire
  Merseyside
  Yorkshire
  North Yorkshire
  South Yorkshire
  West Yorkshire
  East Yorkshire
  Humberside
  Cumbria
  Northumberland
  Durham
  Teesside
  Tyneside
  Midlands
  West Midlands
  East Midlands
  East Anglia
  Home Counties
  Highlands
  Scottish Highlands
  Lothian
  Fife
  Strathclyde
  Glamorgan
  Gwent
  Powys
  Gwynedd
  Anglesey
  Pembrokeshire
  Carmarthenshire
  Ceredigion
  Antrim
  Armagh
  Tyrone
  Fermanagh
  Isle of Man
  Isle of Wight
  Channel Islands
  Shetland
  Orkney
  Hebrides
  Alabama
  Alaska
  Arizona
  Arkansas
  California
  Colorado
  Connecticut
  Delaware
  Florida
  Hawaii
  Idaho
  Illinois
  Indiana
  Iowa
  Kansas
  Kentucky
  Louisiana
  Maine
  Maryland
  Massachusetts
  Michigan
  Minnesota
  Mississippi
  Missouri
  Montana
  Nebraska
  Nevada
  New Hampshire
  New Jersey
  New Mexico
  New York State
  North Carolina
  North Dakota
  Ohio
  Oklahoma
  Oregon
  Pennsylvania
  Rhode Island
  South Carolina
  South Dakota
  Tennessee
  Texas
  Utah
  Vermont
  Virginia
  West Virginia
  Wisconsin
  Wyoming
  Washington DC = Washington D.C. = Washington, D.C.
  Ontario
  Quebec
  British Columbia
  Alberta
  Manitoba
  Saskatchewan
  Nova Scotia
  Newfoundland
  New South Wales
  Victoria
  Queensland
  Western Australia
  South Australia
  Northern Territory
  Kyiv = Kiev
  Luhansk = Lugansk
  Kharkiv = Kharkov
  Odesa = Odessa
  Mykolaiv = Nikolaev = Mykolayiv
  Zaporizhzhia = Zaporizhzhya = Zaporozhye
  Chernihiv = Chernigov
  Dnipro = Dnipropetrovsk = Dnepropetrovsk
  Donetsk
  Kherson
  Mariupol
  Bucha
  Irpin
  Hostomel
  Severodonetsk = Sievierodonetsk
  Kramatorsk
  Sumy
  Lviv = Lvov
  Ivano-Frankivsk
  Vinnytsia
  Zhytomyr
  Poltava
  Belgorod
  Kursk
  Rostov
  Mumbai = Bombay
  Busan = Pusan
  Yangon = Rangoon
  Ho Chi Minh City = Saigon
  Kolkata = Calcutta
  Chennai = Madras
  Beijing = Peking
  Myanmar = Burma
  Dolmabahce Palace
  Yangtze = Yangtze River
  Nile
  Thames
  Danube
  Rhine
  Ganges
  Mekong
  Volga
  Tigris
  Euphrates
  Zambezi
  Jinshajiang
  Auschwitz = Auschwitz-Birkenau
  Dachau
  Belsen = Bergen-Belsen
  Treblinka
  Chernobyl
  Srebrenica
  Lockerbie
  Dunblane
  Beslan
  Grozny
  Bethlehem
  Nazareth
  Jericho
  Sharm el-Sheikh
  Helmand
  Tora Bora
  Falklands = Falkland Islands
  Monte Carlo
  St Moritz
  Klosters
  Gstaad
  Phuket
  Bondi
  Bronx
  Beverly Hills
  Malibu
  Balmoral
  Sandringham
  Woolwich
  Hackney
  Camden
  Soho
  Mayfair
  Kensington
  King's Cross = Kings Cross
  St Pancras
  Covent Garden
  Whitechapel
  Lambeth
  Southwark
  Greenwich
  Ealing
  Hammersmith
  Belgravia
  Knightsbridge
  Docklands
  Shoreditch
  Stratford
  Walthamstow
  Enfield
  Heathrow
  Gatwick
  Stansted
  Antalya
  Kibera
  Anfield
  Old Trafford
  Stamford Bridge
  Highbury
  Wembley
  Twickenham
  Murrayfield
  Lansdowne Road
  Millennium Stadium
  Fratton Park
  Villa Park
  Goodison Park
  St James' Park
  Elland Road
  Ibrox
  Celtic Park
  Hampden
  Hampden Park
  Lord's
  The Oval
  Headingley
  Edgbaston
  Old Trafford
  Camp Nou = Nou Camp
  South Wales Valleys = Valleys
  # grounds of the British and Irish leagues and other famous stadiums (the gold counts venues as places)
  Upton Park = Boleyn Ground
  White Hart Lane
  Craven Cottage
  Loftus Road
  Selhurst Park
  Ashburton Grove
  Emirates Stadium
  Vicarage Road
  Portman Road
  Carrow Road
  Pride Park
  Bramall Lane
  Ewood Park
  Turf Moor
  Deepdale
  Bloomfield Road
  Molineux
  The Hawthorns
  Filbert Street
  Walkers Stadium
  Stadium of Light
  Riverside Stadium
  Reebok Stadium
  JJB Stadium
  Valley Parade
  Maine Road
  City of Manchester Stadium = Eastlands
  Millmoor
  Oakwell
  Ninian Park
  Vetch Field
  Home Park
  Ashton Gate
  Madejski Stadium
  St Mary's Stadium
  Kenilworth Road
  Priestfield
  Gigg Lane
  Boundary Park
  Prenton Park
  Edgeley Park
  Sincil Bank
  Blundell Park
  Vale Park
  Brisbane Road
  Parkhead
  Tynecastle
  Easter Road
  Pittodrie
  Tannadice
  Dens Park
  Fir Park
  Rugby Park
  McDiarmid Park
  Almondvale
  Kingsholm
  Welford Road
  Franklin's Gardens
  Sixways
  Kassam Stadium
  Stradey Park = Stradey
  Rodney Parade
  Sardis Road
  Brewery Field
  The Gnoll = Gnoll
  Ravenhill
  Thomond Park
  Musgrave Park
  Netherdale
  Firhill
  Adams Park
  Cardiff Arms Park = Arms Park
  Stade Velodrome
  Stadio Flaminio = Flaminio
  Westpac Stadium
  Telstra Stadium
  Loftus Versfeld
  Carisbrook
  Lancaster Park
  Jade Stadium
  Maracana
  Parken
  Stadio Olimpico
  Mestalla
  Riazor
  Westfalenstadion
  Olympiastadion
  Amsterdam Arena
  De Kuip
  Philips Stadion
  Stade Louis II
  Estadio da Luz
  Anoeta
  Don Valley Stadium
  Alexander Stadium
  Royal Troon
  Sawgrass
  Kooyong
  Bernabeu
  Stade de France
  Parc des Princes
  Croke Park
  Eden Park
  Ellis Park
  San Siro
  Augusta
  Wimbledon
  Flushing Meadows
  Roland Garros
  Melbourne Park
  Los Angeles = LA
  Silverstone
  Cheltenham
  Aintree
  Ascot
  Davos
  New York = New York City
  St Petersburg = St. Petersburg = Saint Petersburg
  Geneva
  Cologne
  Frankfurt
  Munich
  Nuremberg
  Hanover
  Dusseldorf = Düsseldorf
  Venice
  Naples
  Turin
  Seville
  Antwerp
  Gothenburg
  Basra
  Fallujah
  Najaf
  Kirkuk
  Tikrit
  Bangalore
  Hull
  Stoke = Stoke-on-Trent
  Londonderry
  Derry
  Galway
  Limerick
  Cannes
  Sundance
  Wembley
  Brussels
  Strasbourg
  Luxembourg
  Geneva
  The Hague
  Kibera
  Soweto
  Rajasthan
  Gujarat
  Maharashtra
  Karnataka
  Kerala
  Tamil Nadu
  Andhra Pradesh
  Uttar Pradesh
  Madhya Pradesh
  Himachal Pradesh
  Arunachal Pradesh
  Uttarakhand = Uttaranchal
  Jharkhand
  Chhattisgarh
  Bihar
  West Bengal
  Orissa = Odisha
  Haryana
  Assam
  Manipur
  Nagaland
  Guangdong
  Guangxi
  Sichuan
  Yunnan
  Fujian
  Zhejiang
  Jiangsu
  Jiangxi
  Shandong
  Henan
  Hubei
  Hunan
  Hebei
  Anhui
  Shanxi
  Shaanxi
  Gansu
  Guizhou
  Qinghai
  Ningxia
  Heilongjiang
  Liaoning
  Inner Mongolia
  Sindh
  Balochistan = Baluchistan
  Waziristan
  North-West Frontier Province
  Khyber Pakhtunkhwa
  Kurdistan Region
  Andalusia = Andalucia
  Galicia
  Saxony
  Lower Saxony
  Thuringia
  Baden-Wuerttemberg = Baden-Wurttemberg
  Rhineland
  Piedmont
  Calabria
  Apulia = Puglia
  Umbria
  Liguria
  Emilia-Romagna
  Alsace
  Aquitaine
  Languedoc
  Chiapas
  Oaxaca
  Jalisco
  Sulawesi
  Mindanao
  Schleswig-Holstein
  North Rhine-Westphalia
  Tyrol = Tirol
  Carinthia
  Asturias
  Crete
  Corfu
  Majorca = Mallorca
  Minorca = Menorca
  Ibiza
  Tenerife
  Lanzarote
  Madeira
  Sakhalin
  Hokkaido
  Okinawa
  Islay
  Perthshire
  Ayrshire
  Lanarkshire
  Aberdeenshire
  Midlothian
  East Lothian
  West Lothian
  Renfrewshire
  Dunbartonshire
  Rutland
  South Ossetia
  North Ossetia
  Ingushetia
  Niger Delta
  Patagonia
  Lake District
  Dartmoor
  Exmoor
  Snowdonia
  Alps
  Andes
  Pyrenees
  Himalayas
  Sahara
`);

/**
 * Other spellings of countries that world-countries lacks, and short forms that only read as the
 * country in running text ("America" alone, "U.S.").
 */
export const COUNTRY_VARIANTS: Record<string, string[]> = {
  'United States': ['U.S.', 'U.S', 'U.S.A.', 'US', 'USA', 'America', 'United States of America', 'the States'],
  'United Kingdom': ['U.K.', 'UK', 'Uk', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  'Russia': ['Russian Federation'],
  'Netherlands': ['Holland', 'The Netherlands'],
  'Myanmar': ['Burma'],
  'Ivory Coast': ["Cote d'Ivoire", "Côte d'Ivoire", 'Côte d’Ivoire'],
  'Democratic Republic of Congo': ['DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Congo-Kinshasa'],
  'Czech Republic': ['Czechia'],
  'Turkey': ['Türkiye', 'Turkiye'],
  'North Macedonia': ['Macedonia'],
  'Eswatini': ['Swaziland'],
  'North Korea': ['DPRK'],
  'United Arab Emirates': ['UAE'],
  'Palestinian territories': ['Palestine'],
};

/** Great Britain names the island but is read as the country here; the gold and most readers agree. */

/**
 * Football and rugby clubs that share a place's name. In an article about sport they are clubs,
 * not places ("Liverpool beat Chelsea"); the full club names (Manchester United) are caught by heads.
 */
export const CLUB_PLACE_NAMES = new Set(lines(`
  Arsenal
  Chelsea
  Liverpool
  Everton
  Fulham
  Portsmouth
  Southampton
  Newcastle
  Middlesbrough
  Charlton
  Bolton
  Blackburn
  Norwich
  Birmingham
  Tottenham
  Crystal Palace
  Aston Villa
  Villa
  West Brom
  West Ham
  Sunderland
  Leeds
  Leicester
  Wigan
  Reading
  Ipswich
  Derby
  Sheffield
  Stoke
  Burnley
  Preston
  Coventry
  Cardiff
  Watford
  Wolverhampton
  Millwall
  Brentford
  Brighton
  Plymouth
  Crewe
  Rotherham
  Gillingham
  Nottingham
  Hull
  Swansea
  Wrexham
  Celtic
  Rangers
  Hearts
  Hibernian
  Hibs
  Aberdeen
  Dundee
  Kilmarnock
  Motherwell
  Valencia
  Barcelona
  Madrid
  Real Madrid
  Milan
  Inter
  Juventus
  Roma
  Lazio
  Bayern
  Munich
  Dortmund
  Porto
  Lisbon
  Benfica
  Ajax
  PSV
  Eindhoven
  Monaco
  Lyon
  Marseille
  Bordeaux
  Deportivo
  Sevilla
  Seville
  Betis
  Bilbao
  Villarreal
  Olympiakos
  Panathinaikos
  Galatasaray
  Fenerbahce
  Besiktas
  Leverkusen
  Bremen
  Werder Bremen
  Schalke
  Stuttgart
  Hamburg
  Moscow
  CSKA Moscow
  Spartak Moscow
  Leinster
  Munster
  Ulster
  Connacht
  Leicester Tigers
  Wasps
  Gloucester
  Bath
  Bristol
  Northampton
  Sale
  Saracens
  Harlequins
  Worcester
  Llanelli
  Ospreys
  Newport
  Toulouse
  Perpignan
  Biarritz
  Stade Francais
  St Helens
  Warrington
  Castleford
  Wakefield
  Huddersfield
  Widnes
  Bradford
  Salford
  Halifax
  Oldham
  Hartlepool
  Boston
  Yeovil
  Bury
  Rochdale
  Barnsley
  Blackpool
  Bournemouth
  Chesterfield
  Colchester
  Doncaster
  Grimsby
  Luton
  Mansfield
  Peterborough
  Scunthorpe
  Shrewsbury
  Southend
  Stockport
  Swindon
  Torquay
  Tranmere
  Walsall
  Wycombe
  Macclesfield
  Darlington
  Carlisle
  Kidderminster
  Falkirk
  Dunfermline
  Inverness
  Exeter
`));

/** Words that only sports stories use: two of them make an article a sports story. */
export const SPORT_WORDS = new Set(words(`
  striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers winger wingers scorer
  premiership fixture fixtures semi-final quarter-final kick-off half-time referee fly-half scrum-half scrum
  lineout line-out wicket wickets innings batsman batsmen bowler bowlers relegation equaliser injury-time
  stoppage-time hat-trick touchdown try-line sprinter hurdles marathon grand-slam seeded seed set-piece
  free-kick footballer footballers rugby cricket tennis athletics snooker golfer boxing
`));

/** Words common in sports stories but met elsewhere too: six of them (with the above) also make one. */
export const SPORT_WORDS_LOOSE = new Set(words(`
  goal goals scored match matches penalty penalties league cup club clubs season coach boss manager squad
  champions championship tournament final victory defeat draw drew beat title side team players player
  medal medals medallist olympic olympics athlete athletes athletics race races indoor hamstring injury
  injured fitness doping tie-break tie-breaks semi-final 60m 100m 200m 400m 800m 1500m 5000m
`));

/**
 * Words of a sport played by clubs (football, rugby, cricket): in its stories a town is its club
 * ("Leeds beat Wigan"). Against them, words of sports played by one person (athletics, tennis, golf,
 * boxing, snooker), where a town is where a race or a tournament is ("races in Erfurt and Stuttgart").
 */
export const CLUB_SPORT_WORDS = new Set(words(`
  football footballer footballers rugby cricket striker strikers midfielder midfielders defender defenders
  goalkeeper goalkeepers keeper winger wingers premiership fixture fixtures kick-off half-time referee
  fly-half scrum-half scrum lineout line-out wicket wickets innings batsman batsmen bowler bowlers relegation
  equaliser injury-time stoppage-time try-line set-piece free-kick goal goals league club clubs squad
  manager transfer promotion tries
`));
export const SOLO_SPORT_WORDS = new Set(words(`
  athletics athlete athletes sprinter sprinters hurdles hurdler marathon tennis golf golfer golfers boxing
  boxer snooker seeded seed grand-slam race races indoor medal medals medallist olympic olympics tie-break
  60m 100m 200m 400m 800m 1500m 5000m 10000m metres
`));

/** Compass words that make one place with the place after them: "North Africa", "West Edmonton". */
export const COMPASS_WORDS = new Set(words('North South East West Northern Southern Eastern Western Central Upper Lower Greater Coastal'));

/** People known by one name, met in news without a first name or title. */
export const MONONYMS = new Set(words(`
  Jesus Christ Moses Abraham Muhammad Mohammed Buddha Confucius Plato Aristotle Socrates Homer Cicero Virgil
  Tacitus Ovid Herodotus Caesar Nero Cleopatra Shakespeare Chaucer Milton Dante Michelangelo Leonardo
  Raphael Rembrandt Galileo Copernicus Einstein Freud Marx Lenin Stalin Trotsky Mao Hitler
  Mussolini Napoleon Churchill Gandhi Voltaire Rousseau Beethoven Mozart Bach Handel Verdi Wagner Picasso
  Madonna Bono Sting Beyonce Moby Pele Ronaldo Ronaldinho Rivaldo Kaka Zico Eusebio Maradona
  Matisse Monet Manet Renoir Cezanne Degas Gauguin Dali Goya Vermeer Warhol Magritte Klimt
  Stravinsky Tchaikovsky Chopin Debussy Ravel Prokofiev Rachmaninov Mahler Brahms Schubert Vivaldi Puccini Elgar
  Diaghilev Nijinsky Pavlova Nureyev Fonteyn Tolstoy Dostoevsky Chekhov Kafka Goethe Proust Orwell Elvis
`));

/** Nationality nouns before a full name, read as demonyms: "Welshman Jimmy Watkins". */
export const NATIONALITY_NOUNS = new Set(words(`
  Welshman Welshwoman Frenchman Frenchwoman Englishman Englishwoman Scotsman Scotswoman Irishman Irishwoman
  Dutchman Dutchwoman Spaniard Swede Dane Finn Pole Turk Swiss Kiwi Aussie Argentine Brazilian Portuguese
`));

/** Playing positions that open a sentence before a player's name: "Hooker Robin McBryde is doubtful". */
export const PLAYING_POSITIONS = new Set(words(`
  hooker prop lock flanker centre wing winger fly-half scrum-half full-back number striker midfielder defender
  goalkeeper keeper skipper captain coach manager forward substitute replacement veteran youngster newcomer
`));

/** Lowercase words after a country or club in a sports story that make it the team: "England defender". */
export const TEAM_ROLES = new Set(words(`
  defender defenders striker strikers midfielder midfielders goalkeeper keeper winger wingers forward forwards
  captain skipper coach coaches manager boss squad team side player players international internationals
  lock prop props hooker fly-half scrum-half centre full-back flanker number wing fans supporters debut
  bowler batsman batsmen opener seamer spinner all-rounder selectors selector star stars youngster
  striker's coach's manager's
`));

/**
 * People known by a stage name that reads as a common word, a number or a phrase ("50 Cent",
 * "The Game", "Nas"), or by initials glued together ("JRR Tolkien", "BB King"): a person wherever
 * the name is written so.
 */
export const STAGE_NAMES = new Set(lines(`
  50 Cent
  The Game
  Fat Joe
  Nas
  Jadakiss
  Jay-Z
  Dr Dre
  Snoop Dogg
  Eminem
  P Diddy
  Puff Daddy
  Ja Rule
  Busta Rhymes
  Ludacris
  Missy Elliott
  Lil' Kim
  Lil Kim
  Lil Jon
  Ice Cube
  Ice-T
  LL Cool J
  Method Man
  Xzibit
  DMX
  Fabolous
  Twista
  Young Buck
  Lloyd Banks
  Tony Yayo
  Kanye West
  Pharrell
  Timbaland
  Akon
  Usher
  Nelly
  Ashanti
  Ms Dynamite
  Dizzee Rascal
  Jamelia
  Lemar
  Shakira
  Kylie
  Caprice
  Morrissey
  Slash
  Meat Loaf
  Boy George
  Vanilla Ice
  Marilyn Manson
  Alice Cooper
  Iggy Pop
  Sid Vicious
  Johnny Rotten
  The Edge
  Ali G
  Dame Edna
  JRR Tolkien
  JK Rowling
  JM Barrie
  CS Lewis
  TS Eliot
  HG Wells
  DH Lawrence
  EM Forster
  PG Wodehouse
  AA Milne
  JD Salinger
  WB Yeats
  PJ Harvey
  BB King
`));

/**
 * Titles of films, books, shows, games and ballets whose words read as a person's or a place's name
 * ("Gangs of New York", "Vera Drake"): neither a person nor a place.
 */
export const WORKS = new Set(lines(`
  Gangs of New York
  Lion King
  The Passion of the Christ
  Passion of the Christ
  Captain Corelli's Mandolin
  Topsy Turvy
  Topsy-Turvy
  Secrets and Lies
  Vera Drake
  Million Dollar Baby
  Finding Neverland
  Hotel Rwanda
  Being Julia
  Bridget Jones
  Bridget Jones's Diary
  Kill Bill
  Napoleon Dynamite
  Shaun of the Dead
  Lost in Translation
  Cold Mountain
  Master and Commander
  Harry Potter
  Jerry Springer - The Opera
  Lord of the Rings
  The Lord of the Rings
  Four Weddings and a Funeral
  Billy Elliot
  Mary Poppins
  Charlie and the Chocolate Factory
  Les Sylphides
  Swan Lake
  Theme Park
  Black and White
  Grand Theft Auto
  Half-Life
  Little Britain
  Pop Idol
  Big Brother
  Ocean's Twelve
  Ocean's Eleven
  Meet the Fockers
  Saving Private Ryan
  I Heart Huckabees
`));
