import { describe, expect, it } from 'vitest';
import { article, speakerIn } from './inventedArticle.ts';

describe('a title printed as one word with its body, or a party, before a full name', () => {
  it('a title joined to the body it serves ("Undersecretary", "Assemblymember", "Councilmen")', () => {
    const variants = [
      'Health Undersecretary Anna Solano Quirino said',
      'Undersecretary Anna Solano Quirino told reporters',
      'Assemblymember Anna Quirino has said',
      'Republican Congressmember Anna Quirino said',
      'Councilmember Anna Quirino said on Monday',
    ];
    for (const intro of variants) {
      const text = article(
        'The harbour budget was approved after a long night at Tarrow town hall.',
        `${intro} that the ferry fund would be spent before winter.`,
      );
      expect(speakerIn(text, 'ferry fund would be spent')).toMatch(/^Anna (?:Solano )?Quirino$/);
    }
  });

  it('a role’s plural before the names it covers ("Councilmen Ada Quill and Rob Reyes voted")', () => {
    const variants = ['Councilmen', 'Congressmen', 'Assemblymen'];
    for (const title of variants) {
      const text = article(
        'The harbour budget was approved after a long night at Tarrow town hall.',
        `${title} Peter Ostrand and Tomas Quill voted against the plan on Monday.`,
        '“We will be back here by the spring with the same gap,” Ostrand said.',
      );
      expect(speakerIn(text, 'back here by the spring')).toBe('Peter Ostrand');
    }
  });

  it('a party word, a feminine title or a rank’s last word before a given name', () => {
    const variants = [
      'Tory Anna Quirino said',
      'Labour Anna Quirino told the paper',
      'Presidenta Anna Quirino said',
      'Petty Officer 2nd Class Anna Quirino said',
    ];
    for (const intro of variants) {
      const text = article(
        'The harbour budget was approved after a long night at Tarrow town hall.',
        `${intro} that the ferry fund would be spent before winter.`,
      );
      expect(speakerIn(text, 'ferry fund would be spent')).toBe('Anna Quirino');
    }
  });

  it('a surname that only looks like one stays a name ("Hoffman", "Johnson")', () => {
    const text = article(
      'The harbour budget was approved after a long night at Tarrow town hall.',
      'Peter Hoffman said that the ferry fund would be spent before winter.',
    );
    expect(speakerIn(text, 'ferry fund would be spent')).toBe('Peter Hoffman');
  });
});

describe('a body whose name ends in a word of bodies is no person', () => {
  it('"County Public Health", "University Health System", "Tarrow Prefecture" name no one', () => {
    const bodies = [
      'Tarrow County Public Health said',
      'Tarrow University Health System said',
      'Tarrow Prefecture said',
    ];
    for (const intro of bodies) {
      const text = article(
        'The harbour budget was approved after a long night at Tarrow town hall.',
        `${intro} that the ferry fund would be spent before winter.`,
      );
      expect(speakerIn(text, 'ferry fund would be spent')).not.toMatch(
        /^(?:Public Health|Health System|Tarrow Prefecture)$/,
      );
    }
  });

  it('a title with the same words still stands before a person ("Health Minister Ada Quill")', () => {
    for (const intro of [
      'Health Minister Anna Quirino said',
      'Public Health Director Anna Quirino said',
    ]) {
      const text = article(
        'The harbour budget was approved after a long night at Tarrow town hall.',
        `${intro} that the ferry fund would be spent before winter.`,
      );
      expect(speakerIn(text, 'ferry fund would be spent')).toBe('Anna Quirino');
    }
  });
});

describe('a surname misprinted with two letters swapped is the person named in full', () => {
  it('"Ada Brennick … Breninck said" is Ada Brennick, in several verbs and orders', () => {
    const lines = [
      '“The mooring lines held all night,” Breninck said.',
      'Breninck added: “The mooring lines held all night.”',
      '“The mooring lines held all night,” said Breninck.',
    ];
    for (const line of lines) {
      const text = article(
        'The storm passed over Tarrow harbour on Sunday.',
        '“We had never seen waves like it,” said Conall Brennick, the harbour master.',
        'Breninck has kept the harbour for twenty years.',
        line,
      );
      expect(speakerIn(text, 'mooring lines held')).toBe('Conall Brennick');
    }
  });

  it('two surnames that differ by more than one swap stay two people', () => {
    const text = article(
      'The storm passed over Tarrow harbour on Sunday.',
      '“We had never seen waves like it,” said Conall Brennick, the harbour master.',
      '“The mooring lines held all night,” said Ada Bernnikc, a boat owner.',
    );
    expect(speakerIn(text, 'mooring lines held')).toBe('Ada Bernnikc');
  });
});

describe('a transcript label that is a role, not a name', () => {
  it('"MODERATOR:" and "ANNOUNCER:" are an unnamed source, no person called Moderator', () => {
    for (const label of ['MODERATOR', 'Moderator', 'ANNOUNCER']) {
      const text = article(
        'Background briefing on the harbour talks',
        `${label}: Thank you all. As before, this call is on background and the officials are not named.`,
        'SENIOR OFFICIAL: Good afternoon. The talks went on past midnight at Tarrow.',
      );
      expect(speakerIn(text, 'this call is on background')).toMatch(/^anonymous: /);
    }
  });
});

describe('an office’s letters before a surname alone ("Congress MLA Quill")', () => {
  it('is the person named in full with those letters earlier', () => {
    const variants = ['Congress MLA Varga', 'MLA Varga', 'Party MEP Varga'];
    for (const mention of variants) {
      const text = article(
        'Chief Minister Ada Quill on Tuesday criticised Tomas Singh Varga for his remarks.',
        `${mention} told the assembly on Monday that the recordings were now with the governor.`,
      );
      expect(speakerIn(text, 'recordings were now with')).toBe('Tomas Singh Varga');
    }
  });

  it('two capitals before a surname may be initials ("party chief JP Talbot")', () => {
    const text = article(
      'The harbour budget was approved after a long night at Tarrow town hall.',
      'Party chief JP Talbot said that the ferry fund would be spent before winter.',
    );
    expect(speakerIn(text, 'ferry fund would be spent')).toBe('JP Talbot');
  });
});

describe('what follows the comma after a name may be the sentence’s teller, not the person’s role', () => {
  it('"teams of Ada Quill and Rob Tennant, according to a senior official" makes no official of Tennant', () => {
    const tails = [
      'according to a senior Tarrow official on Wednesday.',
      'said a senior Tarrow official on Wednesday.',
      'a senior Tarrow official said on Wednesday.',
      'a senior official told reporters.',
    ];
    for (const tail of tails) {
      const text = article(
        'The harbour truce held through the night.',
        `The truce came from cooperation between the teams of Ada Quill and Rob Tennant, ${tail}`,
        'This cooperation is ‘without precedent’, said the senior official.',
      );
      expect(speakerIn(text, 'without precedent')).not.toBe('Rob Tennant');
    }
  });

  it('a role before a clause that tells still is one ("Ada Quill, a lawyer who told the court")', () => {
    const text = article(
      'The harbour case was heard on Monday.',
      'Ada Quill, a lawyer who told the court about the ferry, was in Tarrow that week.',
      '“We will appeal,” said the lawyer.',
    );
    expect(speakerIn(text, 'We will appeal')).toBe('Ada Quill');
  });
});

describe('an apostrophe printed as a closing double mark ("wasn”t", "Dorby”s")', () => {
  it('breaks no paragraph: the full name before it still explains the surname', () => {
    const lines = [
      'Tarrow Police Chief Mark McMurrin stood by Dorby”s conduct at the station, calling him a “careful officer” in every way.',
      'Tarrow Police Chief Mark McMurrin argued that the arrest wasn”t rushed.',
      'Tarrow Police Chief Mark McMurrin, who didn”t attend the hearing, backed his sergeant.',
    ];
    for (const line of lines) {
      const text = article(
        'An officer in Tarrow was charged on Friday.',
        line,
        '“Nobody on my shift broke a rule that night,” McMurrin said.',
      );
      expect(speakerIn(text, 'broke a rule that night')).toBe('Mark McMurrin');
    }
  });
});
