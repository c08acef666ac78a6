import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a department or office printed before a full name is no part of the name', () => {
  it('keeps "Administrative Services", "Patient Experience", "Coroner" out of the name', () => {
    const text = article(
      'BRAMLEY FORD (Tidewire) - Enrolment fell again this autumn, according to Deputy Superintendent of Administrative Services Hilda Marrow.',
      'Harbour Clinic Director of Patient Experience Tomas Vell told the Courier on Monday that two wards had been closed.',
      'The river had “taken three more cars” overnight in the flooded lower valley, Coroner Ezra Quillon said.',
    );
    expect(speakerIn(text, 'taken three more cars')).toBe('Ezra Quillon');
    expect(speakerIn(text, 'two wards had been closed')).toBe('Tomas Vell');
  });
});

describe('a lone quotation before another person’s quoted call', () => {
  it('is not the later speaker’s when two people are named between them', () => {
    const text = article(
      'On Tuesday the glaciologist Petra Lindqvist, a professor at Harrow Institute, spoke to the Tidewire about the winter floods.',
      '“Warmer air carries more water, so the storms we get are heavier than they used to be.” Lindqvist’s scientific account supports Harbour Mayor Brenner’s call for caution: “We can wait for the next flood, or we can build the levees now.”',
    );
    expect(speakerIn(text, 'Warmer air carries more water')).not.toBe('Brenner');
    expect(speakerIn(text, 'build the levees now')).toBe('Brenner');
  });
});

describe('the director of a named body is not the rider quoted just before', () => {
  it('leaves "The Marlow County Ferry Authority director told …" unnamed', () => {
    const text = article(
      'MARLOW, Pa. (Tidewire) — The Marlow County Ferry Authority wants to drop some of its evening crossings.',
      'Ferry Authority staff showed the plan to passengers on Monday evening.',
      'They say the cuts will make the service cheaper to run.',
      'A few of the regulars came with figures of their own.',
      '“Every year since 2015 your boats have carried more people and more freight, so your excuses to me about falling numbers are just that, excuses,” Odile Brask said at the hearing.',
      'The Marlow County Ferry Authority director told the audience they will not drop any crossings before June 2.',
    );
    expect(speakerIn(text, 'not drop any crossings')).not.toBe('Odile Brask');
  });
});

describe('a body or a department whose name ends in "Markets" or "Policy" is no person', () => {
  it('names nobody for "according to Tarrow Global Markets" or "head of Coastal Safety Policy, who added"', () => {
    const text = article(
      'MARLOW (Tidewire) - Trading was heavy. About 4.2 billion shares changed hands on Tarrow exchanges this week, according to QRX Global Markets.',
      '“We just want riders to think about the belt on every trip,” said Mira Colden, Velocar’s head of Coastal Road Safety Policy, who also added that the tone “is a bit like the one on a train door.”',
    );
    expect(speakerIn(text, '4.2 billion shares')).not.toBe('Global Markets');
    expect(speakerIn(text, 'like the one on a train door')).not.toBe('Safety Policy');
  });
});

describe('a capitalised name right after a noun for a kind of organisation', () => {
  it('is the body’s, and the analyst or spokesman stays unnamed', () => {
    const text = article(
      'MARLOW (Tidewire) - Bond prices fell on Monday.',
      '“The outlook for the county is weaker than it was,” an analyst from the rating agency Tarrow Ratings said.',
      'A spokesman for the charity Harbour Hope said the appeal “has raised more than we hoped.”',
    );
    expect(speakerIn(text, 'The outlook for the county')).not.toBe('Tarrow Ratings');
    expect(speakerIn(text, 'raised more than we hoped')).not.toBe('Harbour Hope');
  });
});
