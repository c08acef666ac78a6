import { describe, expect, it } from 'vitest';
import { parseNameRun } from '../parseNameRun.ts';
import { signatureName } from '../signatureName.ts';
import { tokenize } from '../tokenize.ts';
import { article, speakerIn } from './inventedArticle.ts';

describe('"Parent Ada Quill said": an unnamed person’s word before a full name', () => {
  it('is the title, not the given name, whatever given name follows', () => {
    expect(parseNameRun(tokenize('Parent Orsolya Brenn'))).toEqual({
      title: 'Parent',
      name: ['Orsolya', 'Brenn'],
    });
    expect(parseNameRun(tokenize('Pupil Tamsin Ferrow'))?.name).toEqual(['Tamsin', 'Ferrow']);
    // A plural may open a body's name, and stays in it.
    expect(parseNameRun(tokenize('Friends Harbour Trust'))?.title).toBeNull();
  });

  it('gives the quotation to the person by their name alone', () => {
    const text = article(
      'Parent Orsolya Brenn said her son had not revised for the exams at all.',
      '"He spent the strike playing games on his phone," she said.',
    );
    expect(speakerIn(text, 'playing games on his phone')).toBe('Orsolya Brenn');
  });
});

describe('"Zoe Vell, 16, hopes …. He said: “…”": a pronoun that passes over the subject just before', () => {
  it('stays open when only a given name told that subject’s gender', () => {
    const text = article(
      'Pupil Tamsin Ferrow said: "I am going to study maths at college next year."',
      'Zoe Brackett, 16, hopes to study medicine at a university in the north.',
      'He said: "I worked so hard for these grades and I am really pleased with them."',
    );
    expect(speakerIn(text, 'I worked so hard for these grades')).toBe('unattributed');
  });
});

describe('"– performer Ada Quill": a lower-case role before a signature’s name', () => {
  it('is left out of the name', () => {
    expect(signatureName('– performer Ilsabet Marrow')).toBe('Ilsabet Marrow');
    expect(signatureName('— session drummer Ilsabet Marrow')).toBe('Ilsabet Marrow');
    // A listed role stays the title it is.
    expect(signatureName('– Harbour coach Ilsabet Marrow')).toBe('Harbour coach Ilsabet Marrow');
  });
});

describe('"President of Hockey Operations Ada Quill": a department between office and name', () => {
  it('is part of the title', () => {
    expect(parseNameRun(tokenize('Hockey Operations Ilsabet Marrow'))).toEqual({
      title: 'Hockey Operations',
      name: ['Ilsabet', 'Marrow'],
    });
  });
});

describe('a name inside a relative clause on the sentence’s subject', () => {
  it('is not the speaker of its quotation', () => {
    const text = article(
      'The Minister of State for Schools, Oduya Kanmi, spoke to reporters on Monday.',
      'The minister who briefed reporters after the meeting chaired by Vice President Ebere Lorde, said the cabinet "had agreed that no state college may charge fees."',
    );
    expect(speakerIn(text, 'no state college may charge fees')).not.toBe('Ebere Lorde');
  });
});

describe('a quotation in a sentence that brings in an unnamed person', () => {
  it('does not take the speaker of the quotation before it', () => {
    const text = article(
      'Director Halvard Penn explains that a revival is ‘a new start on an old play’. I run into a stagehand friend in the canteen who has seen many revivals, his advice is firm ‘never change a winning set’, and an older actor at the next table chimes in ‘keep it the same but new’.',
    );
    expect(speakerIn(text, 'a new start on an old play')).toBe('Halvard Penn');
    expect(speakerIn(text, 'keep it the same but new')).not.toBe('Halvard Penn');
  });
});

describe('"He is the son of one-time player Alfie Quill": a relative the story names with a pronoun', () => {
  it('is not whom the shared surname means later', () => {
    const text = article(
      'Danish striker Erlend Brask has finished his transfer to Harbour Rovers. He leaves Tarrow, where he scored often. Notably, he is the son of one-time Rovers player Olaf Brask.',
      'Once the deal was done, Brask beamed, "My whole family will be at the first home game."',
      '"This is the right place for me to grow as a footballer," added Brask.',
    );
    expect(speakerIn(text, 'the right place for me to grow')).toBe('Erlend Brask');
  });
});

describe('"A Quorvex executive said …": a word between "a" and a role', () => {
  it('is an employer, so its own words are an organisation’s', () => {
    const text = article(
      'A Quorvex executive spoke about the new series at a press event on Sunday.',
      '"Coming to Tarrow next summer, the biggest season yet!" Quorvex wrote on its channel.',
    );
    expect(speakerIn(text, 'the biggest season yet')).toBe('organisation: Quorvex');
  });
});

describe('"Delivering her speech in French, …": a participle that opens a sentence', () => {
  it('is no person a later "she" may mean', () => {
    const text = article(
      'Ilse Varga won the Harbour Open on Saturday, her third title there.',
      'Delivering her speech in French, the champion then thanked her coach.',
      '"None of this happens without all of you," she said.',
    );
    expect(speakerIn(text, 'None of this happens without')).toBe('Ilse Varga');
  });
});

describe('the last resort of a pronoun: a person named in passing', () => {
  it('stays open when someone the story calls by surname, of no gender it tells, is named nearer', () => {
    const text = article(
      'Harbour beat the Rovers 1-0 after Pell Venn brought on Tomas Quill and Oyelade Holt.',
      'Venn was pleased with Quill’s pass for Holt. The next two games are against Tarrow United and Brackwater, who they must beat.',
      'The harbour manager said the side would not be deterred by the run. "It could be a long week," he said.',
    );
    expect(speakerIn(text, 'It could be a long week')).toBe('unattributed');
  });
});

describe('a round-up that heads each speaker’s words with their name', () => {
  it('gives the quotations under another name’s heading to nobody by the sole-speaker rule', () => {
    const text = article(
      'Tomas Vell',
      'Tomas Vell took the points but grumbled about the football after Harbour won 4-0 at Tarrow.',
      '"Three points are three points, whatever the pitch looked like," said Vell.',
      '"The second half was calmer and we passed it better," Vell added.',
      'Olek Brannigan',
      '"In the first half we played well, and we never felt they would score.',
      '"Their opener came off a deflection and after that we chased the game."',
    );
    expect(speakerIn(text, 'we never felt they would score')).not.toBe('Tomas Vell');
    expect(speakerIn(text, 'came off a deflection and after')).not.toBe('Tomas Vell');
  });
});

describe('"Mayor Ada Quill and CEO Tomas Vell released a joint statement:"', () => {
  it('leaves the statement to neither of them alone', () => {
    const text = article(
      'Tarrow Mayor Ilsa Brandt and schools chief Dorran Pike released a joint statement after the vote:',
      '"We are glad we have reached an agreement that keeps our schools open for the rest of the year."',
    );
    expect(speakerIn(text, 'keeps our schools open')).toBe('unattributed');
  });
});

describe('"The visiting skipper said …" when the only skipper is named later', () => {
  it('stays open when the story named someone else before', () => {
    const text = article(
      'Orrin Vale’s Tarrow lost by an innings at Harbour Park. The visiting skipper offered no excuses and said his side had batted far below their best.',
      'Vale said, "We were outplayed from start to finish this week."',
      'Meanwhile, winning captain Idris Monk praised his bowlers and said, "It was a fantastic effort from the very first ball."',
    );
    expect(speakerIn(text, 'batted far below their best')).not.toBe('Idris Monk');
  });
});

describe('a full name misprinted once, one letter off in the surname', () => {
  it('is the person the article named in full before', () => {
    const text = article(
      'Nkala Obi-Merrow will play the lead in the Harbour Theatre revival from April.',
      'Nkala Obim-Merrow said: "I am thrilled to be joining this company for the spring season."',
    );
    expect(speakerIn(text, 'joining this company for the spring')).toBe('Nkala Obi-Merrow');
  });
});

describe('"Quill said Vell did what the singer had told him: “…”"', () => {
  it('is no quotation of the sentence’s speaker', () => {
    const text = article(
      'Festival director Maren Tolle said she was pleased with the night.',
      'Tolle said Ferro Quint had done what the singer had told her backstage: "Tonight we play every song as if it were the last one."',
    );
    expect(speakerIn(text, 'play every song as if it')).not.toBe('Maren Tolle');
  });
});
