import { PeopleIndex } from './PeopleIndex.ts';
import { registerNames } from './registerNames.ts';
import { tokenize } from './tokenize.ts';
import type { BodyLine } from './types.ts';

/**
 * A full name only a caption prints (a photo's words, or a first paragraph the copy
 * printed twice in a row, which reads as one) of someone it shows to be a person (a known
 * given name, a title, a role: "England captain Ada Quill"): like a full name printed only
 * inside a quotation, it completes a surname the text uses alone ("Quill said"), and
 * registers nobody (see `PeopleIndex.noteCaptionName`).
 */
export function noteCaptionNames(people: PeopleIndex, lines: readonly BodyLine[]): void {
  for (const line of lines) {
    if (line.role !== 'caption') continue;
    const pictured = new PeopleIndex();
    registerNames(pictured, tokenize(line.text), line.text);
    for (const p of pictured.list())
      if (pictured.isStrong(p) || p.roles.length > 0) people.noteCaptionName(p.name.split(' '));
  }
}
