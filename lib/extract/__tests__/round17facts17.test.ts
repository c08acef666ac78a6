import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a publication label the copy kept without its date ("Published: Updated:")', () => {
  it('states nothing: the page’s other date line gives the date', () => {
    expect(
      facts('date 2019-04-02', HEADLINE, 'Harbour Wire, Tarrow', 'Published: Updated:', STORY, MORE)
        .published,
    ).toBe('2019-04-02');
    expect(facts('date 2018-11-20', HEADLINE, '• Posted: , Revised:', STORY, MORE).published).toBe(
      '2018-11-20',
    );
  });

  it('alone, still gives no date', () => {
    expect(facts(HEADLINE, 'Published: Updated:', STORY, MORE).published).toBeNull();
  });
});

describe('a press release’s head: "FOR IMMEDIATE RELEASE", its date, its contacts', () => {
  const TITLE = 'TARROW FERRY BOARD ANNOUNCES NEW SPRING TIMETABLE FOR 2016';

  it('the date right after the notice is the release’s; the notice is no headline', () => {
    const got = facts(
      'FOR IMMEDIATE RELEASE | March 4, 2016 CONTACTS: Ada Quill, Press Office (555) 210-3344, Ben Hallam, Harbour Agency (555) 870-1122',
      '',
      TITLE,
      '',
      STORY,
      MORE,
    );
    expect(got.published).toBe('2016-03-04');
    expect(got.title).toBe(TITLE);
  });

  it('a date line with the press office’s telephone number beside it', () => {
    const got = facts(
      'Tarrow Ferry Board',
      '',
      'FOR IMMEDIATE RELEASE Contact: Ada Quill',
      'June 9, 2003 (555)210-3344',
      '',
      TITLE,
      '',
      STORY,
      MORE,
    );
    expect(got.published).toBe('2003-06-09');
    expect(got.title).toBe(TITLE);
  });
});

describe('"Click here to read …": a link to another page', () => {
  it('is furniture: the title it quotes is no quotation', () => {
    const found = read(
      article(
        'Mayor Ada Quill signed the harbour budget on Tuesday although she had argued against it for months.',
        '“I have signed it because the ferries cannot stop running in April,” Quill said at the pier.',
        'Click here to read the earlier story: ‘We will never sell the old pier to anyone’',
        'The council will meet again in May to look at the fares.',
      ),
    );
    const texts = [...found.quotes, ...found.unattributed].map((q) => q.text);
    expect(texts.some((t) => t.includes('never sell the old pier'))).toBe(false);
    expect(texts.some((t) => t.includes('ferries cannot stop running'))).toBe(true);
  });
});

describe('a title of a work right after its kind ("his new drama “12 Winters,”")', () => {
  it('is a term, never a quotation', () => {
    const found = read(
      article(
        'In her latest drama “12 Winters,” Tarrow director Ada Quill tells the story of two ferry crews in one hard winter on the harbour.',
        '“I wanted to film the sea as the crews see it every morning,” Quill said in an interview.',
      ),
    );
    const texts = [...found.quotes, ...found.unattributed].map((q) => q.text);
    expect(texts.some((t) => t.includes('12 Winters'))).toBe(false);
    expect(texts.some((t) => t.includes('film the sea'))).toBe(true);
  });
});

describe('"Entries in Courts (12)": a blog’s category page heading with its count of posts', () => {
  it('is never the headline', () => {
    expect(facts('Entries in Courts (12)', '', '', HEADLINE, '', STORY, MORE).title).toBe(HEADLINE);
  });
});
