import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../../scripts/sharedDir.ts';
import { corpusQuotes } from '../../corpus/buildCorpus.ts';
import { parseArticle } from '../parseArticle.ts';

/**
 * Every quotation of every corpus article and test fixture article, its speaker and its
 * kind, and nothing extra. Seeds 000, 002, 003 (the whole bundled corpus) come from
 * ../shared/seeds (bodies unchanged); the fixtures 010–014 (in __tests__/fixtures, never
 * in the corpus: their outlets and people are invented) hold the hard cases (British single marks, split and inverted attributions, a
 * quotation over several paragraphs, two people named Park, pronouns of both genders,
 * wire style with questions, ages and relative clauses); 014 has two people quoted in one
 * sentence ("…,” while Ri insisted by saying, “…”), two Hans in one paragraph, a colon
 * attribution and an interview printed as Q: / A: lines.
 */
const EXPECTED: Record<
  string,
  [kind: 'direct' | 'reported', speaker: string | null, text: string][]
> = {
  '000_1461a4e715c05d43': [
    [
      'reported',
      'Lee Jae-myung',
      'he will meet with Kim Jong-un, pursue sanctions relief for N. Korea',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'I intend to realize new, full-scale changes based on the groundwork of inter-Korean relations established by the Moon Jae-in administration,',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'There needs to be more practical change in direction that helps the growth and development of South and North [Korea] alike.',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'North Korean denuclearization measures and corresponding relief in North Korea sanctions happening simultaneously in stages, with the understanding that the restores would be immediately restored if North Korea fails to keep its denuclearization promises.',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'meet personally with [US President Joe] Biden and [North Korean leader] Kim Jong-un to resolve issues.',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'role of mediator and problem-solver proactively and with a sense of agency.',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'carry on and develop further the Kim Dae-jung administration’s Sunshine Policy, the Roh Moo-hyun administration’s peace and prosperity policy, and Moon Jae-in administration’s Korean Peninsula peace process.',
    ],
    [
      'reported',
      'Lee Jae-myung',
      'he plans to pursue humanitarian assistance and healthcare cooperation with North Korea, while working to persuade the UN to waive sanctions for the Kaesong Industrial Complex and railway-related cooperation and attempting to organize periodic reunions among divided family members and inter-Korean hometown visits',
    ],
    ['direct', 'Lee Jae-myung', 'practical diplomatic efforts focused on the national interest.'],
    [
      'direct',
      'Lee Jae-myung',
      'There is no reason for us to limit our own room to maneuver by picking one side [between the US and China],',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'adopt a ‘two-track strategy’ of responding firmly on matters related to history, territorial sovereignty, and South Korean lives and safety while actively pursuing exchange and cooperation in economic, social, and diplomatic terms.',
    ],
  ],
  '002_4a49de1aac6f285b': [
    [
      'reported',
      'Lee Soo-hyuck',
      'Peace on Korean Peninsula ultimate goal of US regardless of election outcome',
    ],
    [
      'reported',
      'Lee Soo-hyuck',
      'Establishing peace on the Korean Peninsula will remain the ultimate goal of the US-South Korea alliance regardless of who wins the upcoming US presidential election',
    ],
    [
      'reported',
      'Lee Soo-hyuck',
      'both the Republican and Democratic parties agree on the need to denuclearize North Korea and establish lasting peace on the peninsula',
    ],
    [
      'direct',
      'Lee Soo-hyuck',
      'Regardless of which government comes next, making the establishment of a peace regime on the Korean Peninsula its ultimate goal is only natural,',
    ],
    [
      'reported',
      'Lee Soo-hyuck',
      'If elected, President Donald Trump and his Democratic rival Joe Biden will likely take different approaches toward North Korea, but they both agreed on the need to peacefully denuclearize the North',
    ],
    ['direct', 'Lee Soo-hyuck', 'And we plan to continue our consultation in that direction'],
    [
      'direct',
      'Lee Soo-hyuck',
      "Our embassy will work to secure the foundation for our diplomatic efforts toward the United States over the next four years so that our government's peace process can move forward and the South Korea-US alliance can stably develop regardless of which candidate wins the election,",
    ],
    [
      'reported',
      'Lee Soo-hyuck',
      'the outcome of the US presidential election will not only decide how the US deals with the North Korean nuclear issue but also how it interacts with its allies, including South Korea, and the rest of the world',
    ],
    [
      'direct',
      'Lee Soo-hyuck',
      'The outcome of the US presidential election is an element that will have an enormous effect on the direction of our diplomacy with the United States over the next four years, which can be called the issue of the highest interest for our government, including the embassy,',
    ],
    [
      'direct',
      'Lee Soo-hyuck',
      "It is true that there exist many issues between South Korea and the United States that need to be closely discussed, such as the defense-cost sharing and transition of the wartime operational control of South Korean troops, but I have clearly expressed my belief that the South Korea-US alliance has been the core of our country's diplomacy and that the alliance must be further developed based on shared values and mutually beneficial interests,",
    ],
    [
      'direct',
      'Lee Soo-hyuck',
      'The South Korean Embassy in the United States will continue its efforts to create a strong foundation for the development of the South Korea-US alliance as soon as the winner (of the US election) is announced,',
    ],
  ],
  '003_005e97e9032f4c24': [
    [
      'direct',
      'Lee Jae-myung',
      'Unification is the ultimate goal and responsibility… We will not pursue unilateral unification.',
    ],
    ['direct', 'Lee Jae-myung', 'unification remains our ultimate goal'],
    [
      'reported',
      'Lee Jae-myung',
      'it is not just an ideal aspiration but a responsibility stipulated in the South Korean Constitution',
    ],
    [
      'reported',
      'Lee Jae-myung',
      'he does not aim for unilateral unification but instead pursues gradual and phased unification through peaceful coexistence and mutual development, reflecting the democratic will of all constituents of the Korean Peninsula',
    ],
    [
      'reported',
      'Lee Jae-myung',
      'inter-Korean relations face severed communication channels and significantly damaged mutual trust',
    ],
    [
      'direct',
      'Lee Jae-myung',
      'We are ready for dialogue with North Korea at any time and through any channel, and the door for dialogue will remain open,',
    ],
    [
      'reported',
      'Lee Jae-myung',
      'obligations under the Non-Proliferation Treaty (NPT) on the Korean Peninsula must be strictly adhered to and reaffirmed South Korea’s commitment to denuclearization while faithfully implementing the NPT regime',
    ],
    [
      'reported',
      'Lee Jae-myung',
      'while solidifying the ROK-U.S. alliance, a key axis of foreign policy, it is also important to manage relations with neighboring China in a balanced way',
    ],
    [
      'reported',
      'Lee Jae-myung',
      'Turkey has risen as a global leader in unmanned aerial systems, while South Korea has secured a strong competitive edge in advanced platforms like tanks, artillery, and naval vessels',
    ],
    [
      'reported',
      'Lee Jae-myung',
      'the collaboration is still in its early stages but holds great potential',
    ],
  ],
  '010_harbourside-courier-calloway-harbour': [
    ['direct', 'Miriam Calloway', 'We cannot wait another winter'],
    // A promise to do something is the promiser's words (commitment), up to her next act.
    [
      'reported',
      'Miriam Calloway',
      'to clear sewage from Eastquay harbour before the end of the year',
    ],
    ['direct', 'Miriam Calloway', 'a scandal'],
    [
      'direct',
      'Miriam Calloway',
      'We cannot wait another winter. Families on the quayside have been patient for far too long,',
    ],
    ['direct', 'Miriam Calloway', 'They deserve water they can swim in.'],
    ['direct', 'Miriam Calloway', 'This is not a promise made for a press release,'],
    ['direct', 'Miriam Calloway', 'It is a plan with money behind it, and I will be judged on it.'],
    // A reported clause that runs through a short quoted fragment keeps it (reportedSpeech).
    ['reported', 'Tom Ashdown', 'the money had been ‘announced three times already’'],
    ['direct', 'Tom Ashdown', 'announced three times already'],
    ['reported', 'Tom Ashdown', 'the storm tanks would not be finished until 2027'],
    [
      'direct',
      'Tom Ashdown',
      'The secretary says “this year”. We have heard “this year” since 2014,',
    ],
    ['direct', 'Miriam Calloway', 'Yes. I have said so before and I will say it again.'],
    ['direct', 'Miriam Calloway', 'fully funded and fully costed'],
  ],
  '011_hanriver-gazette-park-vat': [
    ['direct', 'Park Min-ho', 'We will not raise the VAT this year'],
    [
      'direct',
      'Park Min-ho',
      'We will not raise the VAT this year. Households are already stretched, and a tax rise now would hit the people least able to pay,',
    ],
    ['direct', 'Park Min-ho', 'look hard at spending that no longer earns its keep,'],
    ['direct', 'Park Ji-won', 'not worth the paper it is printed on.'],
    ['direct', 'Park Ji-won', 'He said the same thing last spring,'],
    ['direct', 'Park Ji-won', 'Two months later the ministry quietly raised the fuel levy.'],
    [
      'reported',
      'Park Ji-won',
      'the Democratic Alliance would table a motion demanding a written guarantee',
    ],
    [
      'direct',
      'Park Min-ho',
      'Let me be clear. There is no plan, stealth or otherwise, to raise the VAT in 2023.',
    ],
    [
      'direct',
      'Park Min-ho',
      'Our fiscal rule allows for no new taxes without a vote in the National Assembly, and I intend to keep to it.',
    ],
  ],
  '012_lantern-review-hollin-glacier': [
    ['reported', 'Amara Velasquez', 'Hollin Glacier is melting faster than forecast'],
    [
      'direct',
      'Amara Velasquez',
      'We measured the terminus retreating by 41 metres in a single season,',
    ],
    ['direct', 'Amara Velasquez', 'That is roughly double what our models predicted.'],
    ['reported', 'Amara Velasquez', 'the retreat could not be explained by a single hot summer'],
    [
      'reported',
      'Oskar Brandt',
      'meltwater channels had opened beneath the ice far earlier than expected',
    ],
    [
      'direct',
      'Amara Velasquez',
      'Anyone who doubts these figures is welcome to come and measure for themselves.',
    ],
    // A fragment of two words inside reported speech: the clause is reported as a whole.
    ['reported', 'Oskar Brandt', 'he was “cautiously hopeful” that a funding bid would succeed'],
    ['direct', 'Oskar Brandt', 'cautiously hopeful'],
    [
      'direct',
      'Amara Velasquez',
      'The ice does not negotiate. Every season we wait is a season of data we cannot get back.',
    ],
    [
      'direct',
      'Amara Velasquez',
      'We are asking for nothing more than the instruments to keep counting.',
    ],
    ['direct', 'Oskar Brandt', 'Proud of this team. Now let’s get the funding.'],
  ],
  '013_ridgeway-wire-mercer-fine': [
    ['direct', 'Joan Mercer', 'We will appeal,'],
    ['reported', 'Joan Mercer', 'the company would challenge a record fine in court'],
    ['direct', 'Joan Mercer', 'We will appeal,'],
    ['direct', 'Joan Mercer', 'ignores how this market actually works.'],
    ['direct', 'Joan Mercer', 'We tried to settle,'],
    ['direct', 'Joan Mercer', 'but the commission was not interested.'],
    ['direct', 'Joan Mercer', 'Why now?'],
    ['direct', 'Joan Mercer', 'Why us?'],
    ['direct', 'Joan Mercer', 'Nobody will lose their job over this. Not one person.'],
    ['reported', 'Raj Patel', 'the firm had set aside 2 billion euros'],
    ['direct', 'Raj Patel', 'This is a bump in the road,'],
    ['reported', 'Raj Patel', 'shareholders had been told'],
  ],
  '014_kestrel-chronicle-cho-grid': [
    ['direct', 'Cho Dae-sung', 'We have kept every promise we made to households,'],
    ['direct', 'Ri Sun-ok', 'Not one of those promises has been kept.'],
    // "“…,” she said." right after a sentence in which Cho and Ri both spoke: either could
    // be "she" (the article never says), so both halves stay unattributed (see below).
    ['direct', 'Cho Dae-sung', 'Winter will not wait,'],
    ['direct', 'Ri Sun-ok', 'Neither will the voters.'],
    ['reported', 'Cho Dae-sung', 'the money for the cables was already in the budget'],
    ['direct', 'Cho Dae-sung', 'The engineers have it, and they are spending it,'],
    ['direct', 'Cho Dae-sung', 'The cables arrive in October,'],
    ['direct', 'Ri Sun-ok', 'That is what you said in March.'],
    ['direct', 'Han Do-yun', 'The money is in the budget,'],
    ['direct', 'Han Seo-yeon', 'The money is not the problem,'],
    ['direct', 'Han Seo-yeon', 'The problem is the cable.'],
    ['direct', 'Cho Dae-sung', 'Nobody will be left in the cold this winter.'],
    // The interview's questions: an unnamed questioner's (speaker null).
    ['direct', null, 'Last winter, 40,000 homes lost power for two days. What went wrong?'],
    [
      'direct',
      'Cho Dae-sung',
      'The cables were thirty years old. We had warned about them since 2019, and the money never came.',
    ],
    ['direct', null, 'What do you say to the families who lost power?'],
    ['direct', 'Cho Dae-sung', 'I am sorry. I was not the minister then, but that is no excuse.'],
    [
      'direct',
      'Cho Dae-sung',
      'The government owes those families a warm winter, and it will deliver one.',
    ],
    ['direct', null, 'Will you resign if the lights go out again?'],
    [
      'direct',
      'Cho Dae-sung',
      'If the lights go out, I will answer for it. People call it a “blackout winter.” I call it a warning we ignored.',
    ],
  ],
};

/** The three seeds are the corpus; the other articles are fixtures written for the tests. */
const pathOf = (id: string) =>
  id.startsWith('00') ? `corpus/articles/${id}.md` : `lib/extract/__tests__/fixtures/${id}.md`;
const read = (id: string) => {
  const path = pathOf(id);
  const parsed = parseArticle(path, readFileSync(path, 'utf8'));
  if (!parsed.ok)
    throw new Error(`${parsed.error.path}:${parsed.error.line}: ${parsed.error.message}`);
  return parsed.value;
};

describe('corpus articles: pinned quotations', () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: every quotation with its speaker and kind, nothing extra`, () => {
      const article = read(id);
      expect(corpusQuotes(article).map((q) => [q.kind, q.speaker, q.text])).toEqual(expected);
    });
  }

  it('000: scare-quoted terms are narration, not quotes', () => {
    const article = read('000_1461a4e715c05d43');
    const texts = article.quotes.map((q) => q.text);
    for (const term of [
      'vision for reunification diplomacy',
      'peace economy',
      'driver’s seat',
      'two-track strategy',
    ]) {
      expect(texts).not.toContain(term);
    }
    expect(article.narration.some((n) => n.includes('“vision for reunification diplomacy”'))).toBe(
      true,
    );
    // The nested ‘two-track strategy’ stays inside its quotation.
    expect(texts.some((t) => t.startsWith('adopt a ‘two-track strategy’ of responding'))).toBe(
      true,
    );
  });

  it('000: keeps the typo and brackets exactly as printed', () => {
    const texts = read('000_1461a4e715c05d43').quotes.map((q) => q.text);
    expect(texts.some((t) => t.includes('the restores would be immediately restored'))).toBe(true);
    expect(texts.some((t) => t.includes('South and North [Korea] alike.'))).toBe(true);
  });

  it('002: the ambassador, not the other Lees or Kang, speaks every quote', () => {
    const article = read('002_4a49de1aac6f285b');
    expect(new Set(corpusQuotes(article).map((q) => q.speaker))).toEqual(
      new Set(['Lee Soo-hyuck']),
    );
    // The reported words of unnamed sources are theirs for the reader, narration for the corpus.
    expect(
      article.quotes
        .filter((q) => q.speaker === null)
        .map((q) => [q.kind, q.sourceKind, q.source, q.text.split(' ').slice(0, 4).join(' ')]),
    ).toEqual([
      ['reported', 'anonymous', 'informed sources', 'South Korean Foreign Minister'],
      ['reported', 'organisation', 'The South Korean foreign ministry', 'Kang has agreed to'],
    ]);
    // "The South Korean foreign ministry earlier said that …" is an institution: narration.
    expect(
      article.narration.some((n) => n.startsWith('The South Korean foreign ministry earlier said')),
    ).toBe(true);
  });

  it('context is the sentence the quote stands in', () => {
    const q = read('002_4a49de1aac6f285b').quotes.find((x) => x.text.startsWith('And we plan'));
    expect(q?.context).toBe(
      '"And we plan to continue our consultation in that direction" with whoever emerges victorious in Tuesday\'s election, he added.',
    );
  });

  it('page furniture is never a quote or narration', () => {
    const furniture = [
      'Link copied',
      'Related stories',
      'Most viewed',
      'Please direct comments',
      'button that move',
      'Visited 1 times',
      'Close Search Window',
      'By Song Chae',
      '(Yonhap News)',
      'Written by',
      'Share on',
      'Copyright',
      'swimmers fall ill',
      'hiding the numbers',
      'A point of no return',
      'Photo:',
    ];
    for (const id of Object.keys(EXPECTED)) {
      const article = read(id);
      for (const text of [...article.quotes.map((q) => q.context), ...article.narration]) {
        for (const f of furniture) expect(text, `${id}: ${text}`).not.toContain(f);
      }
    }
  });

  it('014: a pronoun after a sentence with two speakers who both fit is left unattributed', () => {
    const article = read('014_kestrel-chronicle-cho-grid');
    expect(article.unattributed.map((u) => [u.text, u.reason])).toEqual([
      [
        'Forty thousand homes sat in the dark for two days,',
        '"she" could be Cho Dae-sung or Ri Sun-ok',
      ],
      ['Nobody in the ministry has explained why.', '"she" could be Cho Dae-sung or Ri Sun-ok'],
    ]);
  });

  it("013: an institution's statement is narration; questions and fragments are quotes", () => {
    const article = read('013_ridgeway-wire-mercer-fine');
    expect(article.narration).toContain(
      'The European Commission said in a statement that the fine was proportionate.',
    );
    expect(article.people.find((p) => p.name === 'Joan Mercer')?.roles).toEqual([
      'Harlow Semiconductor chief executive',
    ]);
  });
  it('014: interview questions are an unnamed questioner’s, without their label; the article resumes after the last answer', () => {
    const article = read('014_kestrel-chronicle-cho-grid');
    const question = article.quotes.find((q) => q.text.startsWith('Will you resign'));
    expect([question?.speaker, question?.source, question?.sourceKind]).toEqual([
      null,
      'the questioner',
      'anonymous',
    ]);
    expect(article.narration).not.toContain('Will you resign if the lights go out again?');
    expect(article.narration.some((n) => n.startsWith('Q:'))).toBe(false);
    expect(article.narration).toContain(
      'The National Assembly votes on the grid budget on Sept. 24.',
    );
    const answer = article.quotes.find((q) => q.text.startsWith('I am sorry.'));
    expect(answer?.context).toBe(
      'A: I am sorry. I was not the minister then, but that is no excuse.',
    );
    expect(article.people.find((p) => p.name === 'Han Seo-yeon')?.roles).toEqual([
      "grid operator's chief executive",
    ]);
  });
});

/**
 * Where CURATION.md and the untouched seeds live: ../shared/seeds beside the repository.
 * A clone without them skips these tests; CI (which has shared/ beside it) never does.
 */
const SEEDS = `${SHARED_DIR}/seeds`;

describe.skipIf(!existsSync(SEEDS) && !process.env.CI)(
  'seed bodies are the seeds, byte for byte',
  () => {
    for (const id of ['000_1461a4e715c05d43', '002_4a49de1aac6f285b', '003_005e97e9032f4c24']) {
      it(id, () => {
        const curated = readFileSync(`corpus/articles/${id}.md`, 'utf8');
        const body = curated.slice(curated.indexOf('\n---\n') + 5);
        expect(body).toBe(readFileSync(`${SEEDS}/${id}.txt`, 'utf8'));
      });
    }
  },
);
