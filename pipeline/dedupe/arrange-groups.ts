import type { Article, StoryGroup, StoryStatus } from '../types.js';
import type { GroupDraft } from './group-stories.js';
import { publisherOf } from './publisher-of.js';

/** What arranging needs of one story. */
export interface ArrangedStory {
  readonly canonical: Article;
  readonly status: StoryStatus;
}

/** Stories in ref order, and the groups with their refs. */
export interface Arrangement {
  /** Indexes into the stories: the story at position i gets ref i + 1. */
  readonly order: readonly number[];
  /** The groups, sorted by their first ref. */
  readonly groups: readonly StoryGroup[];
  /** Each story's group id, by story index. */
  readonly groupOf: readonly string[];
}

/**
 * Give refs group by group, so that each group's articles sit together and
 * its citations read as a run ([4] [5] [6]). Groups carried by more
 * independent outlets come first (refs then roughly follow the briefing's
 * order), then larger ones, then the earlier (undated last), then by the
 * centre's title and the id; inside a group, stories keep the given order
 * (dedupe's compareForRef). Nothing depends on the order inputs arrived in.
 */
export function arrangeGroups(stories: readonly ArrangedStory[], groups: readonly GroupDraft[]): Arrangement {
  const keyed = groups.map((group) => {
    const members = group.members.map((i) => stories[i]!.canonical);
    const dates = members.map((article) => article.published?.slice(0, 10)).filter((date): date is string => date !== undefined).sort();
    return { group, outlets: new Set(members.map(publisherOf)).size, dates, title: stories[group.centre]!.canonical.title };
  });
  keyed.sort(
    (x, y) =>
      y.outlets - x.outlets ||
      y.group.members.length - x.group.members.length ||
      compareDates(x.dates[0], y.dates[0]) ||
      compareStrings(x.title, y.title) ||
      compareStrings(x.group.id, y.group.id),
  );
  const order: number[] = [];
  const groupOf: string[] = new Array<string>(stories.length);
  const arranged = keyed.map(({ group, dates }): StoryGroup => {
    const first = order.length + 1;
    for (const i of group.members) {
      order.push(i);
      groupOf[i] = group.id;
    }
    const refs = group.members.map((_, k) => first + k);
    const developing = group.status === 'developing' || group.members.some((i) => stories[i]!.status === 'developing');
    return {
      id: group.id,
      refs,
      centre: first + group.members.indexOf(group.centre),
      ...(dates.length > 0 && { firstSeen: dates[0]! }),
      ...(dates.length > 0 && { lastSeen: dates[dates.length - 1]! }),
      status: developing ? 'developing' : 'new',
      ...(group.since !== undefined && { since: group.since }),
    };
  });
  return { order, groups: arranged, groupOf };
}

/** Dates ascending, undated last. */
function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
