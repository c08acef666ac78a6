import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../parseArticle.ts';
import { postAuthor } from '../postAuthor.ts';
import { postSignature } from '../postSignature.ts';
import { article, who } from './inventedArticle.ts';

/*
 * Posts embedded in an article as a text copy prints them: the post's words, then a
 * signature with the account's name, its handle and the date. Every sentence here is ours.
 */

describe('signatures of embedded posts', () => {
  it('reads the signature after a dash, a hyphen glued to the last sentence, or a hashtag', () => {
    expect(postSignature('We will fight it — Ada Quill (@adaquill) May 29, 2020')).toEqual({
      name: 'Ada Quill',
      at: 17,
    });
    expect(
      postSignature('Stay clear of the pier.- Tarrow Police HQ (@TarrowPD) July 2, 2018'),
    ).toEqual({ name: 'Tarrow Police HQ', at: 23 });
    expect(postSignature('— Mayor Ben Holt (@MayorHolt) 3 June 2021')?.name).toBe('Mayor Ben Holt');
    expect(
      postSignature('Every ferry counts-#SaveTheFerry Ada Quill (@adaquill) March 6, 2019')?.name,
    ).toBe('Ada Quill');
    // Without a dash, the name needs a hashtag or link before it and the date after it.
    expect(postSignature('Every ferry counts Ada Quill (@adaquill)')).toBeNull();
    // A dash inside the post is no signature's: the name is the words after the last one.
    expect(postSignature('Update - Road shut. - Tarrow Council (@TarrowCC) 2 May 2020')?.name).toBe(
      'Tarrow Council',
    );
    expect(postSignature('He wrote to Ada Quill (@adaquill) on Monday.')).toBeNull();
  });

  it('tells an organisation’s account from a person’s', () => {
    expect(postAuthor('Tarrow Police HQ')?.kind).toBe('organisation');
    expect(postAuthor('TPD HQ')?.kind).toBe('organisation');
    expect(postAuthor('Tarrow Health + Hospitals')?.kind).toBe('organisation');
    expect(postAuthor('FerryLink')?.kind).toBe('organisation');
    expect(postAuthor('Mayor Ben Holt')?.kind).toBe('person');
    expect(postAuthor('Ada Quill TD')?.kind).toBe('person');
    expect(postAuthor('Quill')).toBeNull();
  });
});

describe('embedded posts in an article', () => {
  it('a post signed after a hyphen glued to its last sentence is its author’s', () => {
    expect(
      who(
        article(
          'Here are the updates from the pier at Tarrow:',
          'The driver is now in custody. Thank you to our officers and the lifeboat crew for their calm work tonight.- Mayor Ben Holt (@MayorHolt) July 22, 2018',
        ),
      ),
    ).toEqual([
      [
        'Ben Holt',
        'The driver is now in custody. Thank you to our officers and the lifeboat crew for their calm work tonight.',
      ],
    ]);
  });

  it('an organisation’s account speaks as the organisation, never as its chief', () => {
    expect(
      who(
        article(
          'Police Chief Ada Quill spoke to reporters at the pier.',
          'UPDATE: The pier is closed while officers search the boats. Please stay clear of the harbour.- Tarrow Police HQ (@TarrowPD) July 22, 2018',
          'Big news: the ferry line is joining our fleet! We are thrilled to welcome its crews. pic.twitter.com/aBcD12 — FerryLink (@FerryLink) August 19, 2019',
        ),
      ),
    ).toEqual([
      [
        'organisation: Tarrow Police HQ',
        'UPDATE: The pier is closed while officers search the boats. Please stay clear of the harbour.',
      ],
      [
        'organisation: FerryLink',
        'Big news: the ferry line is joining our fleet! We are thrilled to welcome its crews. pic.twitter.com/aBcD12',
      ],
    ]);
  });

  it('a post over several lines, signed on its last line or on a line of its own', () => {
    const lines = [
      'Mayor Ben Holt on Saturday asked every family to sign the ferry pledge, saying no island should be cut off from the mainland again.',
      'Our ferries are our roads.',
      'Every island family deserves a boat in the morning.',
      'Today the whole coast is saying-#SaveTheFerry Ben Holt (@MayorHolt) March 6, 2019',
      'The harbour board replied within the hour.',
    ];
    expect(who(article(...lines))).toEqual([
      ['Ben Holt', 'no island should be cut off from the mainland again'],
      ['Ben Holt', 'Our ferries are our roads.'],
      ['Ben Holt', 'Every island family deserves a boat in the morning.'],
      ['Ben Holt', 'Today the whole coast is saying-#SaveTheFerry'],
    ]);
    const own = [
      'Councillor Ada Quill visited the lifeboat station on Friday to thank its crews.',
      'If you are looking for heroes, look no further than the crews at Tarrow lifeboat station.',
      'Thank you for every night you spend at sea for us. pic.twitter.com/xYz987',
      '— Ada Quill (@adaquill) May 16, 2020',
    ];
    expect(who(article(...own))).toEqual([
      [
        'Ada Quill',
        'If you are looking for heroes, look no further than the crews at Tarrow lifeboat station.',
      ],
      ['Ada Quill', 'Thank you for every night you spend at sea for us. pic.twitter.com/xYz987'],
    ]);
    // The line right above a signature of its own is the post's, in whatever person it
    // speaks; a name that may be a firm's ("Tarrow Ferries") is nobody's.
    expect(
      who(
        article(
          'The ferry company warned passengers on Friday morning.',
          'The 7am sailing is cancelled because of the storm.',
          '— Tarrow Ferries (@TarrowFerries) May 29, 2020',
        ),
      ),
    ).toEqual([]);
    expect(
      who(
        article(
          'The ferry line’s owner Ben Holt warned passengers on Friday morning.',
          'The 7am sailing is cancelled because of the storm.',
          '— Ben Holt (@benholt) May 29, 2020',
        ),
      ),
    ).toEqual([['Ben Holt', 'The 7am sailing is cancelled because of the storm.']]);
    // A name of no known given name is a person's when the story shows it is.
    expect(
      who(
        article(
          'Councillor Tavish Okonkwo has opposed the fare rise since spring.',
          'Here is how the debate went on Friday night.',
          'We will not let the board tax our islands. — Tavish Okonkwo (@tavishok) May 29, 2020',
        ),
      ),
    ).toEqual([['Tavish Okonkwo', 'We will not let the board tax our islands.']]);
  });

  it('a post that reposts or quotes someone else stays open', () => {
    const quoting = who(
      article(
        'The mayor’s office shared his words from the morning briefing.',
        '“If the ferries are strong, the islands are strong.” - @MayorHolt on the fares vote. — Tarrow Mayor’s Office (@TarrowMayorsOffice) May 2, 2020',
      ),
    );
    expect(quoting.some(([speaker]) => speaker.includes('Office'))).toBe(false);
    const repost = who(
      article(
        'RT @adaquill: The fare rise is a tax on every island family. — Ben Holt (@MayorHolt) May 2, 2020',
      ),
    );
    expect(repost.some(([speaker]) => speaker === 'Ben Holt')).toBe(false);
  });

  it('posts one after another, each signed with its date, are not one hard-wrapped paragraph', () => {
    const lines = [
      'A made-up headline for a test story',
      'Boats were held at the pier for most of the night, the harbour police said.',
      'Here are the updates from the pier:',
      'The driver is in custody. Thank you to every crew out on the water tonight.- Mayor Ben Holt (@MayorHolt) July 22, 2018',
      'UPDATE: The pier is open again and the ferries will sail at six in the morning.- Tarrow Police HQ (@TarrowPD) July 22, 2018',
      'UPDATE: Officers are searching the boats along the pier. Please keep away from the water.- Tarrow Police HQ (@TarrowPD) July 22, 2018',
      'UPDATE: We can confirm a driver is hiding on a boat at the pier. Please stay clear of the area.- Tarrow Police HQ (@TarrowPD) July 22, 2018',
      'The first ferry left the pier on time the next morning with its usual crew.',
    ];
    expect(who(lines.join('\n')).map(([speaker]) => speaker)).toEqual([
      'organisation: the harbour police',
      'Ben Holt',
      'organisation: Tarrow Police HQ',
      'organisation: Tarrow Police HQ',
      'organisation: Tarrow Police HQ',
    ]);
  });
});

describe('posts printed under their account: "Ada Quill @adaquill", then the words', () => {
  const page = (...lines: string[]) => ['Mayor backs ferry plan', ...lines].join('\n');

  it('the words under an account’s line are its own; an account that may be a firm’s stays open', () => {
    expect(
      who(
        page(
          'The mayor and the harbour board answered the plan on social media on Friday.',
          'Mayor Ben Holt @MayorHolt',
          'The islands have waited long enough. Our ferries are our roads, and we will keep them running.',
          'Tarrow Ferries (@TarrowFerries) · May 29, 2020',
          'Sailings resume on Monday at six. Check the timetable before you travel.',
          'The board meets again next week.',
        ),
      ),
    ).toEqual([
      [
        'Ben Holt',
        'The islands have waited long enough. Our ferries are our roads, and we will keep them running.',
      ],
    ]);
  });

  it('a byline with the writer’s handle above the story’s first paragraph signs no post', () => {
    expect(
      who(
        page(
          'Ada Quill @adaquill',
          'The harbour board raised fares by a tenth on Monday, the third rise in two years.',
          'The board meets again next week.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('embedded posts on a web page, set as block quotations before their script runs', () => {
  const html = `<!doctype html><html><head><title>Ferry fares rise again on the islands</title></head><body><article>
<h1>Ferry fares rise again on the islands</h1>
<p>The harbour board raised ferry fares by ten per cent on Monday, the third rise in two years, and island councillors were quick to answer it.</p>
<p>Councillor Ada Quill wrote on social media that the rise was a tax on the islands.</p>
<blockquote class="twitter-tweet"><p lang="en">The fare rise is a tax on every island family. We will fight it at the board and in the courts.</p>&mdash; Ada Quill (@adaquill) <a href="https://example.com/1">May 29, 2020</a></blockquote>
<p>The board's chair, Ben Holt, said the fares had not kept pace with fuel costs for a decade and that the ferries could not run at a loss.</p>
<blockquote class="twitter-tweet"><p lang="en">UPDATE: The 7am sailing is cancelled. Please check the timetable before you travel.</p>&mdash; Tarrow Ferries (@TarrowFerries) <a href="https://example.com/2">May 29, 2020</a></blockquote>
<p>Passengers said they had not been told of the change before they reached the pier, and several waited for more than an hour.</p>
</article></body></html>`;

  it('a post is its signature’s account’s; one the article does not show to be a person’s is nobody’s, never the speaker’s before', () => {
    const { document } = parseHTML(html);
    const parsed = parseHtmlArticle('ferry.html', document as unknown as Document);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const quotes = parsed.value.quotes.map((q): [string, string] => [
      q.speaker ?? `${q.source}`,
      q.text.slice(0, 24),
    ]);
    expect(quotes).toContainEqual(['Ada Quill', 'The fare rise is a tax o']);
    expect(quotes.some(([, text]) => text.startsWith('UPDATE'))).toBe(false);
    expect(quotes.some(([, text]) => text.includes('@'))).toBe(false);
    expect(parsed.value.unattributed.map((u) => [u.text.slice(0, 24), u.reason])).toEqual([
      [
        'UPDATE: The 7am sailing ',
        'an embedded post by "Tarrow Ferries", whom the article does not show to be one person',
      ],
    ]);
  });
});

describe('Instagram posts embedded with their caption', () => {
  const page = (...lines: string[]) => who(lines.flatMap((l) => [l, '']).join('\n'));

  it('the caption between "View this post on Instagram" and "A post shared by …" is the account’s', () => {
    expect(
      page(
        'Singer thanks fans after the storm stopped her harbour concert',
        'Ada Quill thanked her fans on Sunday after the concert on the pier was cut short by the storm.',
        'View this post on Instagram',
        'So sorry we had to stop early last night. You were the loudest crowd of the whole tour and we will be back in the spring.',
        'A post shared by Ada Quill (@ada.quill) on Jun 2, 2019 at 9:14am PDT',
        'The band will announce new dates next week.',
      ),
    ).toEqual([
      [
        'Ada Quill',
        'So sorry we had to stop early last night. You were the loudest crowd of the whole tour and we will be back in the spring.',
      ],
    ]);
  });

  it('an embed without its caption signs nothing: the story’s lines around it stay the story’s', () => {
    expect(
      page(
        'Singer thanks fans after the storm stopped her harbour concert',
        'Ada Quill thanked her fans on Sunday. We think stopping the concert early was the right call.',
        'View this post on Instagram',
        'A post shared by Ada Quill (@ada.quill)',
        'The band will announce new dates next week.',
      ),
    ).toEqual([]);
    // Without the opening line, a "shared by" line signs nothing above it either.
    expect(
      page(
        'Singer thanks fans after the storm stopped her harbour concert',
        'We loved every minute of the show, and we are sure the fans did too.',
        'A post shared by Ada Quill (@ada.quill) on Jun 2, 2019 at 9:14am PDT',
      ),
    ).toEqual([]);
  });
});
