import { describe, expect, it } from 'vitest';
import { article, read, who } from './inventedArticle.ts';

describe('a picture credit glued to a dateline that names its state in mixed case', () => {
  it('“Jo Reed/Harbour Images(TARROW, Fla.) -- …”: the paragraph is read, and its full name registered', () => {
    const text = article(
      'Jo Reed/Harbour Images(TARROW, Fla.) -- A panel of jurors met again on Monday to decide Bertram Ellory’s future at the county hall.',
      'Ellory, 41, insists that he “never touched the ledger” at the ferry office.',
    );
    expect(read(text).text).toMatch(/^\(TARROW, Fla\.\) -- A panel/m);
    expect(who(text)).toContainEqual(['Bertram Ellory', 'never touched the ledger']);
    expect(who(text).map(([name]) => name)).not.toContain('Jo Reed');
  });
});
