/**
 * Common given names by the gender news uses for them, for choosing the person
 * a pronoun refers to ("Larry Kroon ... he said" is not "Jenna Coleman"). A
 * small general lexicon, not a list of particular people: names used by both
 * men and women (Jordan, Kelly, Robin, Leslie) are left out, so they say nothing.
 * Also the short forms and nicknames of given names ("Bill" of "William"),
 * which story resolution and the name rules both read.
 */

const MALE = `aaron abdul abraham adam adrian ahmed al alan albert alex alexander alexei alfred ali andre andrew andy anthony antonio armando arnold arthur asil ashton barack barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon brent brian bruce bryan carl carlos charles charlie chris christian christopher chuck clint colin craig dale dan daniel danny darren dave david dean dennis derek dick dmitry don donald doug douglas duncan dwight earl ed eddie edgar edward eli elias elliot emmanuel eric erik ernest ernesto eugene evan felipe fernando fidel francis francisco francois frank franklin fred frederick gary gavin george gerald gerard gilbert glenn gordon graham greg gregory gustavo guy hans harold harry harvey hassan hector henry herbert howard hugh hugo ian igor isaac ivan jack jacob jake james jan jason javier jeff jeffery jeffrey jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt lance larry laurence lawrence lazaro leo leon leonard leonardo lewis lincoln lloyd louis luis luke malcolm manny manuel marc marco mario mark marshall martin marvin matt matthew maurice max michael mick miguel mike mitchell mohamed mohammad mohammed muhammad nathan neal neil nelson nicholas nick nicolas nigel noah norman oliver omar oscar owen pablo patrick paul pedro peter phil philip phillip pierre rafael ralph ramon randy ray raymond reid ricardo richard rick rob robert roberto rod roger roland roman ron ronald rory ross roy rudolph rupert russell ryan salvatore sam samuel scott sean sergei sergey sergio seth simon stanley stefan steve steven stuart ted terry theodore thomas tim timothy todd tom tommy tony travis troy uri victor vincent vladimir walter warren wayne william willie yuri zbigniew`;

const FEMALE = `abigail ada agnes alice alicia alison amanda amber amy ana andrea angela angelina ann anna anne annie barbara beatrice betty bettie beverly brenda bridget britney camilla carla carmen carol caroline carolyn catherine cathy charlotte cheryl christina christine claire clara claudia colleen cynthia daisy dana deborah debra delfina denise diana diane donna doris dorothy elena eleanor elisabeth elizabeth ellen emily emma erin esther eva evelyn fiona florence frances gabriela gail georgina gillian gina gladys gloria grace hannah harriet heather helen hilary hillary holly ingrid irene isabel jacqueline jane janet janette janice jean jeanne jenna jennifer jenny jessica jill joan joanne josefa josephine joy joyce judith judy julia julie juanita karen kate katherine kathleen kathryn kathy katie kelli kim kirsten kristen kristin laura lauren leah linda lindsay lisa liz lois lorraine louise lucy lydia madeleine madeline margaret maria marie marilyn marisleysis martha mary maureen megan melanie melissa michelle mildred miriam molly monica nancy naomi natalie nicole nina ninoska norma olga olivia pamela patricia paula pauline peggy penelope phyllis rachel rebecca regina rita roberta rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sophia sophie stacy stephanie stephenie susan suzanne sylvia tara teresa theresa tina tracy valerie vanessa veronica victoria virginia vivian wendy yolanda yvonne zoe`;

const GENDER = new Map<string, 'male' | 'female'>([...MALE.split(/\s+/).map((n) => [n, 'male'] as const), ...FEMALE.split(/\s+/).map((n) => [n, 'female'] as const)]);

/** The gender a given name usually has in news, or undefined when it is unknown or used by both. */
export function givenNameGender(name: string): 'male' | 'female' | undefined {
  return GENDER.get(name.toLowerCase().replace(/[.'’]/g, ''));
}

/**
 * Short forms and nicknames of given names (full form first). Only forms that are
 * not a prefix of the full name: "Stan"/"Stanley" and "Ray"/"Raymond" are read as
 * prefixes (see `isShortForm`).
 */
const NICKNAMES: readonly (readonly string[])[] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'willie', 'liam'],
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['richard', 'dick', 'rick', 'ricky', 'rich', 'richie'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['david', 'dave', 'davey'],
  ['michael', 'mike', 'mickey', 'mick'],
  ['thomas', 'tom', 'tommy'],
  ['joseph', 'joe', 'joey'],
  ['charles', 'charlie', 'chuck', 'chas'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['theodore', 'ted', 'teddy'],
  ['anthony', 'tony'],
  ['margaret', 'maggie', 'meg', 'peggy', 'marge'],
  ['elizabeth', 'liz', 'beth', 'betty', 'bettie', 'betsy', 'lisa', 'eliza', 'libby'],
  ['katherine', 'kate', 'katie', 'kathy', 'kat', 'kay'],
  ['kathryn', 'kate', 'katie', 'kathy'],
  ['catherine', 'cathy', 'kate', 'katie', 'cat'],
  ['robert', 'robin'],
  ['steven', 'steve'],
  ['stephen', 'steve'],
  ['henry', 'hank', 'harry'],
  ['harold', 'harry', 'hal'],
  ['lawrence', 'larry'],
  ['laurence', 'larry'],
  ['leonard', 'len', 'lenny', 'lennie', 'leo'],
  ['louis', 'louie', 'lou'],
  ['lewis', 'lew', 'louie'],
  ['gerald', 'jerry', 'gerry'],
  ['jerome', 'jerry'],
  ['francis', 'frank'],
  ['frances', 'fran', 'frankie'],
  ['alexander', 'alex', 'sandy', 'sasha'],
  ['alexandra', 'alex', 'sandra', 'sasha'],
  ['nicholas', 'nick', 'nicky'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['susan', 'sue', 'susie'],
  ['deborah', 'debbie', 'deb'],
  ['rebecca', 'becky'],
  ['jennifer', 'jen', 'jenny'],
  ['christopher', 'chris', 'kit'],
  ['christine', 'chris', 'chrissy'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['daniel', 'dan', 'danny'],
  ['matthew', 'matt'],
  ['andrew', 'andy', 'drew'],
  ['peter', 'pete'],
  ['donald', 'don', 'donnie'],
  ['ronald', 'ron', 'ronnie'],
  ['kenneth', 'ken', 'kenny'],
  ['timothy', 'tim', 'timmy'],
  ['gregory', 'greg'],
  ['jeffrey', 'jeff'],
  ['joshua', 'josh'],
  ['jonathan', 'jon'],
  ['nathaniel', 'nate', 'nat'],
  ['douglas', 'doug'],
  ['philip', 'phil'],
  ['phillip', 'phil'],
  ['frederick', 'fred', 'freddie'],
  ['walter', 'walt', 'wally'],
  ['albert', 'al', 'bert'],
  ['alfred', 'alf', 'fred'],
  ['eugene', 'gene'],
  ['victoria', 'vicky', 'tori'],
  ['dorothy', 'dot', 'dottie'],
  ['barbara', 'barb', 'babs'],
  ['judith', 'judy'],
  ['abigail', 'abby'],
  ['konstantinos', 'kostas', 'costas', 'kostis'],
  ['konstantin', 'kostya'],
  ['aleksandr', 'sasha'],
  ['vladimir', 'volodya', 'vova'],
  ['mikhail', 'misha'],
  ['dmitry', 'dima'],
  ['giuseppe', 'beppe', 'pino'],
  ['francesco', 'franco'],
  ['vincenzo', 'enzo'],
  ['jose', 'pepe'],
  ['francisco', 'paco', 'pancho'],
  ['ignacio', 'nacho'],
  ['manuel', 'manny'],
];

/** Each short form to the full forms it stands for. */
const FULL_FORMS = (() => {
  const map = new Map<string, Set<string>>();
  for (const [full, ...short] of NICKNAMES) {
    for (const s of short) {
      let set = map.get(s);
      if (!set) map.set(s, (set = new Set()));
      set.add(full);
    }
  }
  return map;
})();

/** True when `short` is a nickname or short form of `full` ("Bill"/"William", "Stan"/"Stanley", "Ty"/"Tywon"). */
export function isShortForm(short: string, full: string): boolean {
  if (FULL_FORMS.get(short)?.has(full)) return true;
  // A clipped name: "Stan" of "Stanley", "Ray" of "Raymond", "Ty" of "Tywon" (two letters or more cut off).
  return short.length >= 2 && full.length >= short.length + 2 && full.startsWith(short);
}
