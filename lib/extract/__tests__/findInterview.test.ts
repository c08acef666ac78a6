import { describe, expect, it } from 'vitest';
import { findInterview } from '../findInterview.ts';

const roles = (paragraphs: string[]) =>
  findInterview(paragraphs).map((l) => (l ? `${l.role[0]}${l.at}${l.opensBlock ? '*' : ''}` : '-'));

describe('findInterview', () => {
  it('labels questions and answers, the first question opening the block', () => {
    expect(
      roles(['Intro.', 'Q: Why?', 'A: Because.', 'Question: Really?', 'Answer: Yes.']),
    ).toEqual(['-', 'q3*', 'a3', 'q10', 'a8']);
  });

  it('an unlabelled paragraph between an answer and a question is more of the answer', () => {
    expect(roles(['Q. Why?', 'A. Because.', 'And because.', 'Q. Sure?', 'A. Yes.'])).toEqual([
      'q3*',
      'a3',
      'a0',
      'q3',
      'a3',
    ]);
  });

  it('paragraphs after the last answer are the article again', () => {
    expect(roles(['Q: Why?', 'A: Because.', 'The end of the story.'])).toEqual(['q3*', 'a3', '-']);
  });

  it('an "A:" before any question, and "A." as an initial, are not answers', () => {
    expect(roles(['A: Nothing asked yet.', 'A. Smith wrote the report.'])).toEqual(['-', '-']);
  });
});

describe('findInterview: labels as briefings print them', () => {
  it('"Q)" / "A)" and "Q -" / "A –" are labels too', () => {
    expect(roles(['Q) Why?', 'A) Because.', 'Q - Sure?', 'A – Yes.'])).toEqual([
      'q3*',
      'a3',
      'q4',
      'a4',
    ]);
  });

  it('with only questions labelled, the unlabelled paragraphs between them are answers', () => {
    expect(
      findInterview(['Q - Why?', 'Because.', 'And because.', 'Q - Sure?', 'Yes.']).map((l) =>
        l ? `${l.role[0]}${l.unlabelled ? 'u' : ''}` : '-',
      ),
    ).toEqual(['q', 'au', 'au', 'q', '-']);
  });
});

describe('findInterview: questions printed without labels', () => {
  const unlabelled = (paragraphs: string[]) =>
    findInterview(paragraphs, true).map((l) =>
      l ? `${l.role[0]}${l.unlabelled ? 'u' : ''}` : '-',
    );

  it('the paragraphs after the last question answer it, no longer than the longest answer', () => {
    expect(
      unlabelled([
        'Intro.',
        'Did you like it?',
        'Yes.',
        'Very much.',
        'Would you go back?',
        'Every spring.',
        'Without fail.',
        'The book is out in May.',
      ]),
    ).toEqual(['-', 'q', 'au', 'au', 'q', 'au', 'au', '-']);
  });

  it('a question may speak to "you" in a contraction', () => {
    expect(
      unlabelled(['Were you pleased?', 'Yes.', 'Was the goal hard after you’d led?', 'No.']),
    ).toEqual(['q', 'au', 'q', 'au']);
  });
});
