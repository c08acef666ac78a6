import { describe, expect, it } from 'vitest';
import { article, who } from './inventedArticle.ts';

describe('a quotation whose speaker the paragraph next to it names', () => {
  it('a quoted paragraph after a paragraph of someone’s reported speech', () => {
    expect(
      who(
        article(
          'Transport Minister Ines Varga spoke in the assembly on Tuesday.',
          'The ferry board will meet the unions this Friday, she added.',
          '“We have not set any date for the new routes. There has been only one statement so far.”',
        ),
      ),
    ).toEqual([
      ['Ines Varga', 'The ferry board will meet the unions this Friday'],
      [
        'Ines Varga',
        'We have not set any date for the new routes. There has been only one statement so far.',
      ],
    ]);
  });

  it('not after a paragraph whose reported speech is not its last sentence', () => {
    expect(
      who(
        article(
          'Transport Minister Ines Varga spoke in the assembly on Tuesday.',
          'The ferry board will meet the unions this Friday, she added. The unions want a new deal.',
          '“We have not set any date for the new routes. There has been only one statement so far.”',
        ),
      ).map(([speaker]) => speaker),
    ).toEqual(['Ines Varga']);
  });

  it('quoted paragraphs signed on the line after them (“– Harbour Rovers coach, Tomas Brenner”)', () => {
    expect(
      who(
        article(
          '“I am proud of the boys. We did not take a step back all night.',
          '“We held our shape when the pressure came late on.”',
          '– Harbour Rovers coach, Tomas Brenner',
          '“It was a hard night, but that is the price of this league.”',
          '– Rovers captain, Aled Pryce, on the late winner',
          '“There were chances that went by the wayside tonight.”',
          'Valley coach, Ruben Ostrander',
        ),
      ),
    ).toEqual([
      ['Tomas Brenner', 'I am proud of the boys. We did not take a step back all night.'],
      ['Tomas Brenner', 'We held our shape when the pressure came late on.'],
      ['Aled Pryce', 'It was a hard night, but that is the price of this league.'],
      ['Ruben Ostrander', 'There were chances that went by the wayside tonight.'],
    ]);
  });

  it('not a line that is a sentence of its own, nor quotations with an attribution', () => {
    expect(
      who(
        article(
          '“The bridge will open in June,” the council said.',
          '– Harbour Rovers coach, Tomas Brenner, who was not at the meeting, disagreed.',
        ),
      ),
    ).toEqual([['organisation: the council', 'The bridge will open in June,']]);
  });

  it('“he” after a man whose given name is given to both (“Dr Vivian Lindqvist”)', () => {
    expect(
      who(
        article(
          'The ferry link is a good idea, said the island’s Transport Minister Dr Vivian Lindqvist.',
          'Lindqvist was asked by two members about the link.',
          '“Many of our ministers have known their neighbours for decades,” he said.',
        ),
      ),
    ).toContainEqual([
      'Vivian Lindqvist',
      'Many of our ministers have known their neighbours for decades,',
    ]);
  });

  it('not a woman whose given name says so (“Mayor Ada Quill opened the bridge. “…,” he said.”)', () => {
    expect(
      who(
        article(
          'Mayor Ada Quill opened the bridge on Monday.',
          '“Nobody asked us about the tolls at all,” he said.',
        ),
      ),
    ).toEqual([]);
  });

  it('answers under topic labels after an attributed quotation (“On his second goal: “…””)', () => {
    expect(
      who(
        article(
          '“I did not even think about it,” winger Tom Pryce told the club’s channel after the 4-2 win.',
          'The winger chatted with the club’s film team after the match, and these are his answers.',
          'On the hat trick in general: “What a day for me. I am happier with the result.”',
          'On his second goal: “I found room on the left and the ball took a lucky bounce.”',
        ),
      ),
    ).toEqual([
      ['Tom Pryce', 'I did not even think about it,'],
      ['Tom Pryce', 'What a day for me. I am happier with the result.'],
      ['Tom Pryce', 'I found room on the left and the ball took a lucky bounce.'],
    ]);
  });

  it('not a topic label far from any attributed quotation', () => {
    expect(
      who(
        article(
          '“I did not even think about it,” winger Tom Pryce told the club’s channel after the 4-2 win.',
          'The club then played two friendly matches abroad.',
          'The squad flew home on Sunday night.',
          'The manager named his side for the cup on Monday.',
          'On the cup draw: “We will take whoever comes out of the hat.”',
        ),
      ).map(([speaker]) => speaker),
    ).toEqual(['Tom Pryce']);
  });
});
