/**
 * The speakers of every segment searched, as people (INTERFACES.md §2: one person when
 * their names agree after normalisation or they share a Wikidata id, across segments),
 * and a resolver of claimed names over them. Built on the first check that names
 * someone, since most checks name no one.
 */
import type { SegmentEntry } from '../segment/SegmentSet';
import { unifySpeakers } from '../segment/unifySpeakers';
import { createSpeakerResolver, type SpeakerResolver } from './createSpeakerResolver';

export interface SpeakerDirectory {
  resolve: SpeakerResolver;
  /** The person (as `resolve` names them) who is speaker `speaker` of segment `seg`. */
  personOf(seg: number, speaker: number): string;
}

export function createSpeakerDirectory(entries: readonly SegmentEntry[]): SpeakerDirectory {
  const unified = unifySpeakers(
    entries.map(({ segment }) =>
      Array.from({ length: segment.speakerCount }, (_, i) => segment.speaker(i)),
    ),
  );
  return {
    resolve: createSpeakerResolver(unified.speakers),
    personOf: (seg, speaker) => unified.speakers[unified.indexOf[seg]![speaker]!]!.id,
  };
}
