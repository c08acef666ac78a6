import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';

/** The named speaker of the quotation holding `probe` ('' when none names a person). */
const speakerOf = (probe: string, ...paragraphs: string[]) => {
  const q = read(article(...paragraphs)).quotes.find((x) => x.text.includes(probe));
  return { found: q !== undefined, speaker: q?.speaker ?? '', sieve: q?.sieve ?? '' };
};

const QUOTED = '“It is easy to look back and list what we should have done. The rest is on me.”';

describe('a quoted paragraph given to a person by a noun of words next to it', () => {
  it.each([
    'That is why I kept this quote from Ruth Calloway, which I found in an old notebook.',
    'I will now read the statement made by Ruth Calloway, Minister of Harbours.',
    'Below are the remarks delivered by Ruth Calloway at the launch.',
    'Here is an excerpt from Ruth Calloway, who spoke after the vote.',
    'He passed on a message from Ruth Calloway.',
  ])('the paragraph before ends: %s', (intro) => {
    expect(
      speakerOf('easy to look back', 'The board met on Monday in Elmbridge.', intro, QUOTED),
    ).toEqual({ found: true, speaker: 'Ruth Calloway', sieve: 'words-of-intro' });
  });

  it.each([
    'These are the words of Ruth Calloway, the Secretary for Housing.',
    'Those were the remarks of Ruth Calloway in the chamber on Tuesday.',
    'This is the answer from Ruth Calloway, who spoke last.',
  ])('the paragraph after opens: %s', (after) => {
    expect(speakerOf('easy to look back', 'Housing credits', QUOTED, after)).toEqual({
      found: true,
      speaker: 'Ruth Calloway',
      sieve: 'words-of-intro',
    });
  });

  it('not when the introducing sentence names a second person', () => {
    const r = speakerOf(
      'easy to look back',
      'I liked this quote from Ruth Calloway about Tomas Varga and his plan.',
      QUOTED,
    );
    expect(r.speaker).not.toBe('Ruth Calloway');
    expect(r.speaker).not.toBe('Tomas Varga');
  });

  it('not when the noun of words is not in the paragraph’s last sentence', () => {
    expect(
      speakerOf(
        'easy to look back',
        'I liked this quote from Ruth Calloway. Tomas Varga was less impressed by the season.',
        QUOTED,
      ).speaker,
    ).not.toBe('Ruth Calloway');
  });

  it('not when a person is named after the opening quotation', () => {
    expect(
      speakerOf(
        'easy to look back',
        'I liked this quote from Ruth Calloway.',
        '“It is easy to look back and list what we should have done,” Tomas Varga added at once.',
      ).speaker,
    ).not.toBe('Ruth Calloway');
  });

  it('not when the words are about someone rather than from them', () => {
    expect(
      speakerOf('easy to look back', 'The crowd waited for news about Ruth Calloway.', QUOTED)
        .speaker,
    ).toBe('');
  });
});

describe('a line of its own that introduces the next speaker with a dash, as a release prints it', () => {
  const release = (line: string) => [
    'ELMWOOD — The harbour bill passed the Senate late on Thursday after weeks of talks.',
    'The governor is expected to sign it next week.',
    line,
    '“Tonight the Senate has done what few thought it could do in March.”',
  ];

  it.each([
    'Senate Majority Leader Ada Quill said –',
    'Senate Majority Leader Ada Quill said -',
    'Senator Ada Quill stated —',
    'Ada Quill added –',
  ])('%s', (line) => {
    expect(speakerOf('Tonight the Senate', ...release(line))).toEqual({
      found: true,
      speaker: 'Ada Quill',
      sieve: 'words-of-intro',
    });
  });

  it.each(['Quill said –', 'The Harbour Party said –', 'Senate Majority Leader Ada Quill –'])(
    'not %s',
    (line) => {
      expect(speakerOf('Tonight the Senate', ...release(line)).speaker).toBe('');
    },
  );
});

describe('a wire round-up of reactions under headings in capitals', () => {
  const roundUp = (...lines: string[]) =>
    read(
      [
        'Harbour deal reached after all-night talks',
        '',
        'ELMWOOD (Harbour Wire) - Negotiators reached a deal on the harbour on Sunday after two weeks of talks.',
        'Following is reaction from key players.',
        ...lines,
      ].join('\n'),
    ).quotes.map((q) => [q.speaker ?? '', q.text.slice(0, 20)]);

  it('a title ending in a role then the name, or the name then a comma and a description', () => {
    expect(
      roundUp(
        'HARBOUR TRUST CHAIR ADA QUILL',
        '"In the end it went well. We got the pier we came for."',
        "TOMAS VARGA, NORTHMOOR FISHERMEN'S UNION",
        '"There is hard bargaining ahead before the boats go out again."',
        'ELMWOOD MAYOR INES MORROW',
        '"I am glad we leave with the berths we asked for."',
      ),
    ).toEqual([
      ['Ada Quill', 'In the end it went w'],
      ['Tomas Varga', 'There is hard bargai'],
      ['Ines Morrow', 'I am glad we leave w'],
    ]);
  });

  it('a heading whose last line names no one leaves its quotation open, not the last speaker’s', () => {
    expect(
      roundUp(
        'HARBOUR TRUST CHAIR ADA QUILL',
        '"In the end it went well. We got the pier we came for."',
        'BEN HOLT, CHIEF NEGOTIATOR FOR THE SMALL HARBOURS OF THE NORTH',
        'COAST',
        '"I hoped for more, though what we got is a start."',
      ),
    ).toEqual([['Ada Quill', 'In the end it went w']]);
  });

  it.each(['HARBOUR TRUST', 'LATEST NEWS', 'CHAIR OF THE TRUST'])('not a heading: %s', (line) => {
    expect(
      roundUp(line, '"In the end it went well. We got the pier we came for."').filter(
        ([speaker]) => speaker !== '',
      ),
    ).toEqual([]);
  });
});
