/** Closed-class vocabulary the entity rules rely on (English news style, not names). */
const set = (s: string) => new Set(s.split('|'));

/** Abbreviations whose final period belongs to the word: the engine's one list. */
export { ABBREVIATIONS } from '../../text';

/** Words that glue the parts of one name together. */
export const CONNECTORS = set('of|de|del|della|dello|delle|degli|dei|di|da|dos|das|du|des|la|le|van|von|der|den|ter|bin|ibn|al|el|y|for|on|&');

/** Heads that take "of" inside an organization or place name ("Bank of England", "Gulf of Mexico"). */
export const ORG_HEADS_BEFORE_OF = set(
  'bank|university|ministry|department|institute|college|school|academy|church|centers|centres|nation|council|association|federation|union|board|commission|court|league|office|party|museum|society|chamber|committee|agency|corporation|bureau|organisation|organization|house|congress|assembly|gulf|bay|sea|isle|isles|island|islands|cape|strait|straits|republic|kingdom|state|states|city|province|port|lake|mount|district|county|federal|army|navy|order|front|movement|government|people|peoples|friends|sisters|brothers|parliament|fund|exchange|center|centre|foundation|authority|tribunal|coalition|alliance|confederation|network|group|conference|system',
);

/** The last word marks an organization. */
export const ORG_SUFFIXES = set(
  'inc|software|watch|corp|corporation|co|company|bros|brothers|treasury|ltd|limited|plc|llc|llp|ag|sa|nv|bv|gmbh|spa|ab|asa|oy|kk|group|holdings|holding|bank|bancorp|bankcorp|airlines|airline|airways|party|ministry|university|college|institute|association|council|commission|committee|agency|federation|union|club|exchange|department|fund|army|police|motors|industries|international|foundation|board|office|reserve|news|times|post|journal|reporter|review|press|network|television|tv|radio|systems|technologies|technology|communications|telecom|energy|oil|petroleum|pharmaceuticals|partners|capital|securities|investments|insurance|trust|assembly|parliament|congress|senate|council|court|authority|service|services|organisation|organization|society|church|front|movement|alliance|coalition|guard|force|forces|brigade|command|school|hospital|museum|team|united|rovers|city|athletic|wanderers|county|fc|ac|bureau|electric|steel|chemical|chemicals|chamber|mining|resources|airport|railway|railways|motor|foods|entertainment|media|pictures|studios|records|magazine|gazette|herald|tribune|telegraph|daily|weekly|agence|cabinet|parliament|directorate|commissariat|newsroom|desk|administration|inc.|corp.|co.|ltd.',
);

/** The first word marks an organization ("Ministry of ...", "University of ..."). */
export const ORG_LEADING = set(
  'ministry|university|bank|department|institute|college|council|association|federation|union|commission|committee|agency|office|board|bureau|league|museum|church|society|organisation|organization|party|house|court|fund|centers|centres|radio|nation',
);

/** Words before a name that are not part of it and mark a person (CoNLL leaves them out). */
export const TITLES = set(
  [
    'mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|madam|mme|herr|frau|signor|prince|princess|sheikha|crown prince',
    'president|counsel|undersheriff|vice|vice-president|premier|chancellor|minister|secretary|senator|sen|rep|representative|congressman|congresswoman|commissioner|councilman|councilwoman|councillor|councilor|alderman|assemblyman|assemblywoman|sheriff|trooper|coroner|governor|gov|mayor|ambassador|envoy|judge|justice|magistrate|prosecutor|attorney|general|gen|colonel|col|lieutenant|lt|major|maj|captain|capt|sergeant|sgt|admiral|adm|commander|cmdr|marshal|brigadier|corporal|private',
    'king|queen|emperor|pope|cardinal|archbishop|bishop|father|reverend|rev|rabbi|imam|ayatollah|sheikh|sheik|mullah|pastor|brother|sister|saint',
    'chairman|chairwoman|chairperson|ceo|cfo|coo|cto|gm|chief|director|manager|coach|spokesman|spokeswoman|spokesperson|analyst|economist|dealer|trader|striker|midfielder|defender|goalkeeper|skipper|captain|batsman|bowler|pitcher|champion|leader|deputy|acting|former|ex|late|opposition|rebel|dissident|officer|inspector|detective|constable|superintendent|agent|official|officials|executive|founder|co-founder|owner|editor|author|novelist|writer|actor|actress|singer|star|veteran|defending',
    'prime minister|foreign minister|finance minister|defence minister|defense minister|interior minister|trade minister|justice minister|health minister|secretary general|secretary-general|secretary of state|attorney general|vice president|deputy prime|chief executive|managing director|general manager|head coach|team manager|state secretary|foreign secretary|home secretary|chief justice|house speaker|speaker',
  ].join('|'),
);

/** Capitalized words that are never names (the capital comes from position or style). */
export const NON_NAMES = set(
  'i|the|a|an|this|that|these|those|it|its|he|she|we|they|his|her|their|our|my|your|you|me|us|them|him|there|here|but|and|or|nor|so|yet|if|when|while|as|at|by|in|on|of|for|to|from|with|without|after|before|since|until|during|about|under|over|into|not|no|yes|all|some|any|each|every|both|either|neither|old|first|second|third|last|next|one|two|three|four|five|six|seven|eight|nine|ten|other|such|what|which|who|whom|whose|why|how|where|also|however|according|meanwhile|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|read|click|related|note|notes|source|sources|update|updated|editing|reporting|writing|advertisement|photo|video|watch|see|said|says|please|thank|thanks|dear|hello|ok|okay|total|average|pct|percent|min|max|am|pm|gmt|est|edt|bst|cet|nil|vs|v|n|s|w|e|ne|nw|se|sw|q1|q2|q3|q4|h1|h2|fy|eps|net|tab|tel|fax|mln|bln|men|women|man|woman|fourth|fifth|sixth|seventh|eighth|ninth|tenth|gdp|gnp|cpi|ppi|rbi|rbis|era|mph|kph|ipo|ipos',
);

/** Function words: capitalized only at sentence start. */
export const FUNCTION_WORDS = NON_NAMES;

/** A word after a name that points at a person. */
export const PERSON_CONTEXT_AFTER = set('said|says|told|added|asked|wrote|argued|explained|insisted|believes|thinks|who|whose|himself|herself');

/** Prepositions after which a lone unknown name is usually a place. */
export const PLACE_PREPOSITIONS = set('in|near|to|from|across|outside|inside|around|throughout|into|towards|toward');

/** Headlines of sports stories ("SOCCER - ...", "Boxing-..."). */
export const SPORTS =
  /^(SOCCER|FOOTBALL|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|BOXING|ATHLETICS|CYCLING|RUGBY|RUGBY UNION|RUGBY LEAGUE|HORSE RACING|MOTOR RACING|MOTORCYCLING|ICE HOCKEY|HOCKEY|SQUASH|SWIMMING|ROWING|SAILING|YACHTING|SKIING|NFL|NBA|NHL|AMERICAN FOOTBALL|BADMINTON|VOLLEYBALL|HANDBALL|TABLE TENNIS|SNOOKER|DARTS|CHESS|JUDO|WRESTLING|FORMULA ONE|F1|OLYMPICS|SPORT|SPORTS)\b[\s\w]*?\s?-/i;

/** The last word marks an event, title or product (CoNLL MISC), not an organization or place. */
export const MISC_SUFFIXES = set(
  'league|cup|open|championship|championships|games|olympics|olympic|prix|trophy|award|awards|prize|bowl|series|final|finals|war|index|festival|classic|masters|tour|derby|stakes|marathon|rally|grand|act|treaty|accord|accords|plan|day|week|year|era|revolution|average|100|500|200',
);

/** Titles that, inside a run of capitalized words, end what comes before and start a person's name ("Federal Reserve Governor Lawrence Lindsey"). */
export const INNER_TITLES = set(
  'commissioner|counsel|agent|representative|undersheriff|councilman|councilwoman|councillor|councilor|alderman|assemblyman|assemblywoman|congressman|congresswoman|sheriff|trooper|constable|coroner|detective|lt|sgt|capt|col|gen|maj|cmdr|adm|gov|sen|rep|insp|det|supt|cpl|pvt|rev|fr|mr|mrs|ms|dr|sir|lord|lady|prince|princess|president|premier|chancellor|minister|secretary|senator|governor|mayor|ambassador|envoy|judge|prosecutor|attorney|general|colonel|lieutenant|sergeant|admiral|commander|marshal|brigadier|king|queen|emperor|pope|cardinal|archbishop|bishop|rabbi|imam|ayatollah|sheikh|chief|chairman|chairwoman|chairperson|ceo|cfo|coo|director|manager|coach|spokesman|spokeswoman|spokesperson|skipper|striker|midfielder|defender|goalkeeper|captain|officer|inspector|superintendent|founder|speaker|leader|whip|chair|president-elect|premier-elect|co-premier',
);

/** Words of a title before its head ("Foreign" Minister, "Prime" Minister, "Agriculture" Secretary). */
export const TITLE_MODIFIERS = set(
  'foreign|special|finance|financial|defence|defense|interior|trade|justice|health|education|labour|labor|energy|transport|agriculture|economy|economics|economic|commerce|treasury|home|industry|culture|environment|prime|deputy|vice|acting|former|first|chief|senior|executive|managing|assistant|associate|interim|attorney|affairs|information|communications|sports|co|head|technical|opposition|parliamentary|majority|minority',
);

/** Sports played by teams, where a town's name usually stands for its club. */
export const TEAM_SPORTS =
  /^(SOCCER|FOOTBALL|CRICKET|BASEBALL|BASKETBALL|RUGBY|RUGBY UNION|RUGBY LEAGUE|ICE HOCKEY|HOCKEY|NFL|NBA|NHL|AMERICAN FOOTBALL|VOLLEYBALL|HANDBALL)\b/i;

/** Lower-case role nouns right before a name that make it a person ("midfielder Donato", "leader Aung San Suu Kyi"). */
export const ROLE_NOUNS = set(
  'broker|president|minister|secretary|senator|governor|mayor|ambassador|envoy|judge|prosecutor|chairman|chairwoman|director|manager|coach|spokesman|spokeswoman|spokesperson|striker|midfielder|defender|goalkeeper|keeper|skipper|captain|batsman|bowler|spinner|pitcher|outfielder|infielder|catcher|shortstop|quarterback|sprinter|hurdler|swimmer|cyclist|rider|driver|boxer|golfer|player|champion|legend|analyst|economist|dealer|trader|editor|writer|author|novelist|actor|actress|singer|founder|leader|premier|chancellor|dissident|activist|lawyer|attorney|candidate|nominee|challenger|compatriot|teammate|team-mate|widow|wife|husband|son|daughter|colleague|counterpart|deputy|aide|adviser|advisor|officer|commander|colonel|forward|winger|rookie|reliever|starter|hitter|cardinal|archbishop|bishop|priest|cleric|rabbi|dr|mr|mrs|ms|assistant|opponent|international|star|veteran|journalist|photographer|correspondent|reporter|professor|scientist|businessman|tycoon|magnate|millionaire|billionaire|guerrilla|rebel|general|guard|centre|center|prop|lock|fullback|flanker|hooker|fly-half|scrum-half|full-back|half-back|wicketkeeper|opener|all-rounder|finalist|semifinalist|semi-finalist|quarterfinalist|quarter-finalist|runner-up|titleholder|medallist|medalist|seed',
);

/** Lower-case words right before a name that make it an organization ("group CITIC Pacific", "side Nice"). */
export const ORG_CUE_BEFORE = set(
  'company|firm|group|giant|maker|manufacturer|carrier|airline|brokerage|insurer|retailer|daily|newspaper|weekly|paper|magazine|agency|club|team|side|outfit|conglomerate|subsidiary|operator|producer|exporter|importer|concern|network|broadcaster|channel|publisher|chain|utility|distributor|supplier|lender|refiner|developer|contractor|automaker|carmaker|bank|holding|firms|companies|banks|clubs|teams|sides|airlines|champions|visitors|hosts|leaders|newspapers|agencies',
);

/** Words right after a name that make it an organization ("Ericsson shares", "Cofinec CEO", "Deportivo chairman"). */
export const ORG_CUE_AFTER = set(
  'shares|stock|stocks|shareholders|chairman|chairwoman|ceo|cfo|coo|executives|management|subsidiary|subsidiaries|unit|units|division|newspaper|daily|weekly|magazine|agency|fans|supporters|player|players|striker|midfielder|defender|goalkeeper|keeper|skipper|forward|winger|shortstop|pitcher|outfielder|quarterback|teammate|team-mate|plc|inc|ltd|corp|group|founder|co-founder|founders',
);

/** Words right after a name that make it an index, contract or event (CoNLL's miscellany): "the Nikkei average", "Eurodollar futures". */
export const OTHER_CUE_AFTER = set(
  'index|indices|average|composite|future|futures|tournament|championship|championships|open|games|cup|series|war|scandal|affair|award|prize|trophy|language|dialect|movement',
);

/** Words that start many place and team names, capitalized at a sentence start too ("East Fife", "West Bank"). */
export const NAME_STARTERS = set(
  'east|west|north|south|northern|southern|eastern|western|central|upper|lower|new|great|greater|grand|royal|united|saint|san|santa|port|fort|mount|lake|cape|los|las|el|la|le|crystal|real|inter|sporting|racing|atletico|dynamo|dinamo|red|young|queens|queen',
);

/** The last word marks a place ("Tiananmen Square", "Changi Prison", "Tanjung Priok port" is left to context). */
export const PLACE_SUFFIXES = set(
  'square|street|road|avenue|boulevard|lane|prison|jail|airport|palace|bridge|river|mountains|mountain|hills|island|islands|valley|bay|lake|sea|ocean|peninsula|desert|canal|cathedral|stadium|province|district|strait|straits|coast|heights|plateau|basin|delta|falls|gorge|pass|harbour|harbor|forest|park',
);
