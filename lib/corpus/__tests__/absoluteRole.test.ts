import { describe, expect, it } from 'vitest';
import { absoluteRole } from '../absoluteRole.ts';

describe('absoluteRole', () => {
  it('turns years and months counted from the article into absolute ones', () => {
    expect(
      absoluteRole(
        'Democratic Party frontrunner for next year’s presidential election',
        '2021-08-23',
      ),
    ).toBe('Democratic Party frontrunner for the 2022 presidential election');
    expect(absoluteRole("winner of last year's marathon", '2021-08-23')).toBe(
      'winner of the 2020 marathon',
    );
    expect(absoluteRole('a candidate who retires next year', '2021-08-23')).toBe(
      'a candidate who retires in 2022',
    );
    expect(absoluteRole('minister appointed last month', '2021-01-10')).toBe(
      'minister appointed in December 2020',
    );
    expect(absoluteRole('host of next month’s summit', '2021-12-10')).toBe(
      'host of the January 2022 summit',
    );
  });

  it('leaves a role out when it cannot be made absolute', () => {
    expect(absoluteRole('frontrunner for next year’s election', null)).toBeNull();
    expect(absoluteRole('minister sworn in yesterday', '2021-08-23')).toBeNull();
    expect(absoluteRole('coach who resigned last week', '2021-08-23')).toBeNull();
  });

  it('keeps a role with no relative time as printed, date or not', () => {
    expect(absoluteRole('Finance Minister', null)).toBe('Finance Minister');
    expect(absoluteRole('leader of the opposition', '2020-01-01')).toBe('leader of the opposition');
  });
});
