import { describe, expect, it } from 'vitest';
import { readStatedDate } from '../readStatedDate.ts';

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
