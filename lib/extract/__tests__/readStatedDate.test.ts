import { describe, expect, it } from 'vitest';
import { findStatedDate, readStatedDate } from '../readStatedDate.ts';
import type { BodyLine } from '../types.ts';

const line = (text: string, role: BodyLine['role']): BodyLine => ({ text, line: 1, role });

describe('readStatedDate', () => {
  it('reads the dates of the seeds and of British pages', () => {
    expect(
      readStatedDate('Posted on : 2021-08-23 18:05 KST Modified on : 2021-08-24 18:05 KST'),
    ).toEqual({
      ok: true,
      iso: '2021-08-23',
    });
    expect(readStatedDate('Published : Oct. 29, 2020 - 09:16')).toEqual({
      ok: true,
      iso: '2020-10-29',
    });
    expect(readStatedDate('Published 14 March 2024')).toEqual({ ok: true, iso: '2024-03-14' });
    expect(readStatedDate('Updated: September 1, 2022')).toEqual({ ok: true, iso: '2022-09-01' });
  });

  it('is null for lines that are not date lines', () => {
    expect(readStatedDate('Written by 11:21 AM Politics')).toBeNull();
    expect(readStatedDate('Published by Yonhap')).toBeNull();
    expect(readStatedDate('He posted on Monday that he would resign.')).toBeNull();
  });

  it('says so when a date line holds no real date', () => {
    expect(readStatedDate('Published : Feb. 30, 2020')).toEqual({
      ok: false,
      text: 'Published : Feb. 30, 2020',
    });
    expect(readStatedDate('Posted on : soon')).toEqual({ ok: false, text: 'Posted on : soon' });
  });
});

describe('readStatedDate: dates as real pages print them', () => {
  it('reads a line that is only a date and time, in the forms pages use', () => {
    for (const [line, iso] of [
      ['Jun 27, 2021 - 20:02', '2021-06-27'],
      ['17:25 June 08, 2022', '2022-06-08'],
      ['November 15, 2023 at 3:12 p.m. EST', '2023-11-15'],
      ['15 Nov 2023', '2023-11-15'],
      ['2023.11.15', '2023-11-15'],
      ['Published : Jun 27, 2021 - 20:02', '2021-06-27'],
      ['Monday 8 June 2015 11.43 BST', '2015-06-08'],
    ] as const) {
      expect(readStatedDate(line), line).toEqual({ ok: true, iso });
    }
  });

  it('gives the publication date when a line states publication and update', () => {
    expect(readStatedDate('Updated 16 Nov 2023 · Published : 15 Nov 2023')).toEqual({
      ok: true,
      iso: '2023-11-15',
    });
  });

  it('a date followed by notes after a separator: the date it opens with, even before an update', () => {
    expect(readStatedDate('03/19/2017 04:20 EDT | Updated 03/19/2018 07:41 EDT')).toEqual({
      ok: true,
      iso: '2017-03-19',
    });
    // Every label of a revision parts it from the date, "Last update" as "Updated".
    for (const label of ['Updated', 'Last updated', 'Last update'])
      expect(readStatedDate(`June 1, 2019 ${label} June 5, 2019`), label).toEqual({
        ok: true,
        iso: '2019-06-01',
      });
    expect(readStatedDate('October 21, 2013 / 8:12 PM / 4 years ago')).toEqual({
      ok: true,
      iso: '2013-10-21',
    });
    expect(readStatedDate('April 11, 2022 09:47 am | Updated 09:47 am IST - Tarrow')).toEqual({
      ok: true,
      iso: '2022-04-11',
    });
    // A section label before a date and time.
    expect(readStatedDate('All News 16:30 September 28, 2016')).toEqual({
      ok: true,
      iso: '2016-09-28',
    });
    expect(readStatedDate('Home | News | Politics')).toBeNull();
  });

  it('a dateline without a year, or prose that holds a date, is no date line', () => {
    expect(readStatedDate('SEOUL, Nov. 3 (Yonhap) --')).toBeNull();
    expect(readStatedDate('Nov. 3')).toBeNull();
    expect(
      readStatedDate('The minister said on June 8, 2022 that the plan would go ahead as agreed.'),
    ).toBeNull();
  });
});

describe('readDate', () => {
  it('never takes "today" or a weekday for a stated date', async () => {
    const { readDate } = await import('../readDate.ts');
    expect(readDate('Lawmakers met today to discuss the bill')).toBeNull();
    expect(readDate('The council met on Tuesday')).toBeNull();
    expect(readDate('Press Conference on October 15, 2009')?.iso).toBe('2009-10-15');
  });
});

describe('date lines among notes, and a byline that carries the date', () => {
  it('a labelled date after a credit, and a date before spaced dashes', () => {
    expect(readStatedDate('Harbour Desk | posted Tuesday, Mar 4th, 2025')).toEqual({
      ok: true,
      iso: '2025-03-04',
    });
    expect(readStatedDate('Mar 4, 2025 — by Harbour Staff — from the archive — 3 views')).toEqual({
      ok: true,
      iso: '2025-03-04',
    });
    // A press release's dateline runs into its first sentence: not a date line.
    expect(
      readStatedDate(
        'PORTVALE, Maine, Mar 4, 2025 — Harbour Ferries announced on Tuesday that it will add night sailings to its timetable',
      ),
    ).toBeNull();
  });

  it('a byline with a full date gives it when no date line does', () => {
    expect(findStatedDate([line('By Harbour Desk March 4, 2025 09:15', 'byline')])?.stated).toEqual(
      { ok: true, iso: '2025-03-04' },
    );
    // A date line wins over the byline; a byline without a year gives nothing.
    expect(
      findStatedDate([
        line('By Harbour Desk March 4, 2025', 'byline'),
        line('Published 5 March 2025', 'date'),
      ])?.stated,
    ).toEqual({ ok: true, iso: '2025-03-05' });
    expect(findStatedDate([line('By Harbour Desk, March 4', 'byline')])).toBeNull();
  });
});

describe('an all-number date: its order from the page, or no date', () => {
  const STORY = 'The harbour board agreed to raise ferry fares by six percent from April.';

  it('alone, "05.09.2020" or "06/12/2018" states no sure date', () => {
    expect(readStatedDate('05.09.2020 00:01:00')).toEqual({
      ok: false,
      text: '05.09.2020 00:01:00',
      readings: ['2020-05-09', '2020-09-05'],
    });
    expect(
      findStatedDate([line('Last update: 06/12/2018', 'date'), line(STORY, 'body')])?.stated,
    ).toMatchObject({ ok: false });
    // A part above 12 leaves one order, and a day equal to its month none to choose.
    expect(readStatedDate('13/05/2019')).toEqual({ ok: true, iso: '2019-05-13' });
    expect(readStatedDate('Last updated on 05.05.2020')).toEqual({ ok: true, iso: '2020-05-05' });
  });

  it('a dateline with the month written tells the order', () => {
    expect(
      findStatedDate([
        line('Last update: 06/12/2018', 'date'),
        line(`TARROW, Dec 6 (Harbour Wire) -- ${STORY}`, 'body'),
      ])?.stated,
    ).toEqual({ ok: true, iso: '2018-12-06' });
    expect(
      findStatedDate([
        line('05.09.2020 00:01:00', 'date'),
        line(`TARROW, Maine, Sept. 4, 2020 /Harbour Wire/ -- ${STORY}`, 'body'),
      ])?.stated,
    ).toEqual({ ok: true, iso: '2020-09-05' });
    // Month first when that is the reading the written date agrees with.
    expect(
      findStatedDate([
        line('06/12/2018', 'date'),
        line(`TARROW, June 11 (Harbour Wire) -- ${STORY}`, 'body'),
      ])?.stated,
    ).toEqual({ ok: true, iso: '2018-06-12' });
  });

  it('another date in the same form with a part above 12 tells the order', () => {
    expect(
      findStatedDate([
        line('Published: 06.12.2018', 'date'),
        line(STORY, 'body'),
        line('Comments closed on 23.12.2018', 'body'),
      ])?.stated,
    ).toEqual({ ok: true, iso: '2018-12-06' });
    // Dates in another form say nothing of this one's order.
    expect(
      findStatedDate([
        line('Published: 06.12.2018', 'date'),
        line('Comments closed on 12/23/2018', 'body'),
      ])?.stated,
    ).toMatchObject({ ok: false });
  });
});

describe('facts lines, relative stamps and translated labels (facts9)', () => {
  it('a line of short facts joined by bars, spaced or not, one of them the date', () => {
    expect(readStatedDate('Source: Harbour Wire| 2019-04-02 10:15:07|Editor: Ada Quill')).toEqual({
      ok: true,
      iso: '2019-04-02',
    });
    expect(readStatedDate('From: Tarrow Daily | 4 March 2025 | Editor: Ben Hallam')).toEqual({
      ok: true,
      iso: '2025-03-04',
    });
    // A menu joined by bars holds no date; a teaser's title beside its date is no facts line.
    expect(readStatedDate('Home|News|Harbour')).toBeNull();
    expect(readStatedDate('Ferry fares rise again | Mar 3, 2017')).toBeNull();
  });

  it('a relative stamp ("Updated: 3 hours ago") states no date: the next date line speaks', () => {
    expect(
      findStatedDate([
        line('Updated: 3 hours 12 min ago', 'date'),
        line('Harbour ferries add a night sailing', 'dek'),
        line('Tue, 03/25/2025 - 8:10am', 'date'),
      ])?.stated,
    ).toEqual({ ok: true, iso: '2025-03-25' });
    expect(
      findStatedDate([
        line('Updated 2h ago', 'date'),
        line('Harbour ferries add a night sailing', 'dek'),
        line('4 March 2025', 'date'),
      ])?.stated,
    ).toEqual({ ok: true, iso: '2025-03-04' });
    // Alone, a relative stamp is read as no date.
    expect(findStatedDate([line('Updated: 3 hours 12 min ago', 'date')])?.stated).toMatchObject({
      ok: false,
    });
  });

  it('"Write :" and "Input :", as Korean sites translate their date labels, introduce the publication date', () => {
    expect(readStatedDate('Write : 2025-03-04 11:02:13 Update : 2025-03-05 09:00:00')).toEqual({
      ok: true,
      iso: '2025-03-04',
    });
    expect(readStatedDate('Input : 2025.03.04 11:02')).toEqual({ ok: true, iso: '2025-03-04' });
    expect(readStatedDate('Written by Ada Quill')).toBeNull();
  });
});
