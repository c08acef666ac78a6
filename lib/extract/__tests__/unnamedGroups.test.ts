import { describe, expect, it } from 'vitest';
import { isGroupNoun } from '../groupNoun.ts';
import { article, who } from './inventedArticle.ts';

describe('a group of unnamed people speaks as an anonymous source', () => {
  it('reads the plural of a role noun as a group ("his attorneys", "deputies", "researchers")', () => {
    expect(
      ['attorneys', 'deputies', 'researchers', 'neighbours', 'women'].map(isGroupNoun),
    ).toEqual([true, true, true, true, true]);
    // A singular, a word in -ss, an institution: no group of people.
    expect(['attorney', 'business', 'authorities', 'rivers'].map(isGroupNoun)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('“X said …, while his lawyers said …”: the second clause is the lawyers’, unnamed', () => {
    expect(
      who(
        article(
          'Dorian Pell admitted to moving the harbour funds in court in Vessby on Monday.',
          'Prosecutors said he could face six years in prison, while his lawyers said two years was a fair term.',
        ),
      ),
    ).toEqual([
      ['anonymous: Prosecutors', 'he could face six years in prison'],
      ['anonymous: his lawyers', 'two years was a fair term'],
    ]);
  });

  it('“CLAUSE, researchers said” and “sheriff’s deputies say CLAUSE” name no person', () => {
    expect(
      who(
        article(
          'Dr Ilse Marrow led the survey of tide pools near Olstad.',
          'Crabs return to the same pool each spring, the researchers said.',
          'Three boats were taken from the marina overnight, sheriff’s deputies say.',
        ),
      ),
    ).toEqual([
      ['anonymous: the researchers', 'Crabs return to the same pool each spring'],
      ['anonymous: sheriff’s deputies', 'Three boats were taken from the marina overnight'],
    ]);
  });

  it('“according to the neighbours” and “supporters who said …” are the group’s words', () => {
    expect(
      who(
        article(
          'The driver left the car on the bridge and ran off, according to the neighbours.',
          'Several supporters who stayed for the count said the result came from poor timing.',
        ),
      ),
    ).toEqual([
      ['anonymous: the neighbours', 'The driver left the car on the bridge and ran off'],
      ['anonymous: Several supporters', 'the result came from poor timing'],
    ]);
  });

  it('weather and science roles: “forecasters said” is a group, “NAME, Weather Office meteorologist, said” the person', () => {
    expect(
      who(
        article(
          'Heavy rain was expected to reach the Olstad coast by Sunday, bringing the risk of floods, forecasters said.',
          'Ilse Marrow, Tarrow Weather Office meteorologist, said the rain comes from a storm far out at sea.',
        ),
      ),
    ).toEqual([
      [
        'anonymous: forecasters',
        'Heavy rain was expected to reach the Olstad coast by Sunday, bringing the risk of floods',
      ],
      ['Ilse Marrow', 'the rain comes from a storm far out at sea'],
    ]);
  });

  it('“Some sources say …, while others argue …”: the others are a group too', () => {
    expect(
      who(
        article(
          'Some aides expect Premier Ada Quill to call the vote on Sunday, while others argue she will wait another week to sell the budget.',
        ),
      ),
    ).toEqual([['anonymous: others', 'she will wait another week to sell the budget']]);
  });

  it('a group a relative clause describes speaks: “residents who said …”, “researchers at X who reported that …”', () => {
    expect(
      who(
        article(
          'Mayor Ada Quill opened the new ring road outside Vessby on Monday.',
          'The plan was criticised by residents who said the road would bring lorries into the old town.',
          'It won praise from researchers at the Olstad Transport Institute who reported that such roads cut journey times by a fifth.',
        ),
      ),
    ).toEqual([
      ['anonymous: residents', 'the road would bring lorries into the old town'],
      [
        'anonymous: researchers at the Olstad Transport Institute',
        'such roads cut journey times by a fifth',
      ],
    ]);
  });

  it('“CLAUSE, a team of doctors said Monday, warning of …” and “CLAUSE, top scientists are warning”', () => {
    expect(
      who(
        article(
          'Dr Ilse Marrow runs the fever ward at Olstad General.',
          'Cases of marsh fever will pass a key danger point unless the ponds are drained, the region’s leading body of doctors said Monday, warning of a hard summer.',
          'Ports along the coast will flood every spring by the end of the decade, top scientists are warning.',
        ),
      ),
    ).toEqual([
      [
        'anonymous: the region’s leading body of doctors',
        'Cases of marsh fever will pass a key danger point unless the ponds are drained',
      ],
      [
        'anonymous: top scientists',
        'Ports along the coast will flood every spring by the end of the decade',
      ],
    ]);
  });

  it('“state” as a noun is no verb of speech: “college officials say state grant cuts forced the fee rise”', () => {
    expect(
      who(
        article(
          'Students marched on the Olstad campus on Friday.',
          'Despite the noisy march, college officials say state grant cuts forced the fee rise to balance state accounts.',
        ),
      ),
    ).toEqual([
      [
        'anonymous: college officials',
        'state grant cuts forced the fee rise to balance state accounts',
      ],
    ]);
  });
});
