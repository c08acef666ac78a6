import { describe, expect, it } from 'vitest';
import { speakerIn } from './inventedArticle.ts';

/** A club page of one coach's answers: a headline naming him, his name alone above them. */
const reactions = (nameLine: string, headline: string) =>
  [
    headline,
    '',
    'The coach spoke to reporters after the draw at the riverside ground',
    '',
    nameLine,
    '',
    '"We gave away two points tonight that we had earned in the first hour, and the lads know it."',
    '',
    '"The pitch was heavy after the rain. Nobody wanted to take a risk on it in the last minutes."',
    '',
  ].join('\n');

describe('a full name alone on the line above quoted paragraphs (qa17)', () => {
  it('gives them to the person the headline names', () => {
    const text = reactions('Teodor Brannvik', 'Cup (Round 4): Brannvik reactions');
    expect(speakerIn(text, 'two points tonight')).toBe('Teodor Brannvik');
    expect(speakerIn(text, 'The pitch was heavy')).toBe('Teodor Brannvik');
  });
  it('gives nothing when the headline names someone else', () => {
    const text = reactions('Teodor Brannvik', 'Cup (Round 4): Holm reactions');
    expect(speakerIn(text, 'two points tonight')).not.toBe('Teodor Brannvik');
  });
  it('reads no title or role on the line as a bare name', () => {
    const text = reactions('Coach Brannvik', 'Cup (Round 4): Brannvik reactions');
    expect(speakerIn(text, 'two points tonight')).not.toBe('Teodor Brannvik');
  });
});

describe('"Reflecting on the defeat:" and an answer whose opening mark is mismatched (qa17)', () => {
  const text = [
    'Valley Cup final: what the managers said',
    '',
    'After the 3-0 loss at the county stadium, our writer caught up with the Dunmere Rovers manager Ilsa Fenwick, who was proud of her young side.',
    '',
    'Reflecting on the defeat:',
    '',
    '‘We started slowly and they punished every mistake we made in the opening half hour. The girls kept going though.”',
    '',
    'On the crowd:',
    '',
    '“The noise from our end never stopped, and I want to thank every one of them for making the trip.”',
    '',
  ].join('\n');
  it('gives every answer to the one person the introduction names', () => {
    expect(speakerIn(text, 'We started slowly')).toBe('Ilsa Fenwick');
    expect(speakerIn(text, 'The noise from our end')).toBe('Ilsa Fenwick');
  });
});

describe('a run of quoted paragraphs with one paragraph missing its opening mark (qa17)', () => {
  const run = (gap: string) =>
    [
      'Harbour skipper calm after the loss',
      '',
      '"The pitch held up well in the rain," said the groundsman Ottar Ness.',
      '',
      'Corin Abberley, the Saltmarsh skipper, shrugged off the defeat. "It was one bad day," said Abberley.',
      '',
      '"We were second best in every part of the game and we know it.',
      '',
      gap,
      '',
      '"There is another match on Saturday and the squad will be ready for it."',
      '',
    ].join('\n');
  it('goes on across an unmarked paragraph in the first person', () => {
    const text = run('Next season? I think so. I have not decided anything yet.');
    expect(speakerIn(text, 'another match on Saturday')).toBe('Corin Abberley');
  });
  it('stops at an unmarked paragraph that names someone', () => {
    const text = run('Coach Mara Velden said I think so, and left the ground early.');
    expect(speakerIn(text, 'another match on Saturday')).not.toBe('Corin Abberley');
  });
});

describe('"said in a statement that …" then a quotation in the same paragraph (qa17)', () => {
  it('gives the quotation to whoever the reported words are given', () => {
    const text = [
      'Ferry timetable to be published soon',
      '',
      '"The boats are ready," said the harbour pilot Nils Ormsby on Sunday.',
      '',
      'Vesna Kortel, the harbour authority chairman, opened the new terminal on Friday.',
      '',
      'The chairman, who also sits on the port board, said in a statement on Monday that the new timetable would be posted after the board had checked it. "Nobody should plan any crossing before we publish it."',
      '',
    ].join('\n');
    expect(speakerIn(text, 'Nobody should plan any crossing')).toBe('Vesna Kortel');
  });
});
