import { MONTH_NAMES, WEEKDAY_NAMES } from './patterns.ts';

/**
 * Words the wide list of given names (`wideGivenName`) holds that are as often something
 * else: an ordinary English word ("Will", "Hope", "Grant"), a month or a day ("May",
 * "June"), a place ("Sydney", "Orlando"), a colour or a thing a firm or a team is named
 * for ("Ruby", "Amber", "Chase"). A capitalised run opening with one of them may be a
 * sentence's noun, a shop or a street, so the wide list gives no evidence for it. (The
 * curated list, `givenName`, is read first and decides for itself.) Lower case, accents
 * folded.
 */
export const WIDE_NAME_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // Months and days.
    ...MONTH_NAMES,
    ...WEEKDAY_NAMES,
    // Common words: verbs, nouns, adjectives a sentence may open with or a firm may bear.
    'able about ace act after aid air all amber angel any apple arch archer art ash aspen autumn',
    'baby bank banks bar barn base bay beach bear bee bell belle berry best big bill bird birch',
    'black blaze bliss bloom blue bolt bond boot boy brand brave breeze bright brook brooks brown',
    'buck buddy bunny butch cable cad cage cain cam camp candy cane canon car care carry cart',
    'case cash chance chase cherry chip christmas church clay cliff clove coal cole colt cook',
    'cookie copper coral corn cotton court cove crystal cyan dale dallas dawn day dean deck',
    'dee delta desire destiny diamond dock doll dolly don dove drew duke dusty early earl east',
    'easter ebony echo eden else ember emerald england ever fair faith fancy far farmer fay',
    'fern field fields fisher fleet flint ford forest fortune fox frank free gale garland gay',
    'gem ginger glad glen glory gold golden goodman gray green grey grove guy hale hall happy',
    'harbor harmony harper hart haven hawk hazel heath heaven hill holiday holly honey honor',
    'hope hunter ice iris ivory ivy jade jack jewel jolly joy judge june just justice kay key',
    'kin king kit lake lamb lance land lane lark laurel law lawyer lee legend liberty light',
    'lily link lock long lord love lucky lynn mac major march mark marsh mason may mayor',
    'meadow mercy merry midnight miles miller mint misty moon moss music myrtle nash noble',
    'north ocean olive opal page palmer park parker pat patience peace pearl penny pepper',
    'pierce piper pleasant poppy porter post pray precious price prince princess queen rain',
    'rainbow ranger raven ray read red reed rich ridge ring river robin rock rocky rose ross',
    'rowan royal ruby rush rusty saint sandy savage scout sea shadow shell shepherd shine',
    'silver sky slate smith snow sonny south spark spike spring star sterling stone storm',
    'stormy story summer sunny sunshine swan tanner temple thunder tiger trip true tucker',
    'turner unity urban vale valentine velvet venus violet walker ward west white wilder will',
    'win winter wolf wood woods worth wren young',
    'bail ban bone charity cross den even fee fin gates grant hardy lay lion mag man mile min',
    'minor nil pace port prudence row saw say see sim son tally tore town wait wake way windy',
    'yard',
    // Titles and parties, which the role and title lists may not hold in this form.
    'marshal marshall rabbi sergeant tory warden',
    // Places and peoples that are also given names.
    'africa america asia austin berlin boston brooklyn cairo camden china cleveland dakota',
    'denver devon dublin florence france geneva georgia hollywood houston india indiana',
    'ireland israel italia jamaica jersey kent kenya lincoln london lorraine madison memphis',
    'milan nevada orlando paris phoenix regina rome sahara savannah sharon sierra sydney',
    'tennessee texas troy tyrone vienna victoria virginia wales warren washington york',
  ]
    .join(' ')
    .split(/\s+/),
);
