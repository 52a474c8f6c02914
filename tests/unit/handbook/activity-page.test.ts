import { describe, expect, it } from 'vitest';
import { activityPageModel, handbookIndex, type ActivityEntryLike } from '../../../src/lib/handbook/activity-page.ts';

type Data = ActivityEntryLike['data'];

/** An activity entry as the collection gives it, with only what the model reads. */
function entry(id: string, goal: Data['goal'], next: string[] = [], more: Partial<Data> = {}): ActivityEntryLike {
  const slug = `activity_${id.slice(6)}`;
  return {
    id: `en/${slug}`,
    filePath: `content/activities/en/${slug}.md`,
    data: {
      id,
      title: `Title ${id}`,
      goal,
      next: next.map((n) => ({ activity: n, why: `after ${id}` })),
      verification: [
        { id: 'v1', text: 'one' },
        { id: 'kept-after-edit', text: 'two' },
      ],
      handbook: '1.3',
      ...more,
    },
  };
}

// Reading order: the usage goal, then trust. A-18 is proposed
// next by: in id order that is 17, 21, 42; in handbook order 17, 42, 21.
const activities = [
  entry('GGI-A-17', 'usage', ['GGI-A-18', 'GGI-A-21']),
  entry('GGI-A-18', 'usage'),
  entry('GGI-A-42', 'usage', ['GGI-A-18']),
  entry('GGI-A-21', 'trust', ['GGI-A-18']),
  entry('GGI-A-22', 'trust', [], {
    verification: [],
    handbook: '1.0',
    source: {
      remote: 'https://gitlab.ow2.org/',
      project: 'ggi/ggi',
      reference: 'v1.0',
      file: 'handbook/content/53_activity_22.md',
    },
    attribution: 'CC BY 4.0, OW2 Good Governance Initiative / OSPO Alliance',
  }),
];
const studies = [
  {
    id: 'zeta-city',
    data: { title: 'How Zeta runs it', organisation: 'Zeta City', activities: ['GGI-A-17', 'GGI-A-21'] },
  },
  { id: 'alpha-corp', data: { title: 'How Alpha runs it', organisation: 'Alpha Corp', activities: ['GGI-A-17'] } },
];
const pages = [
  { id: 'innersource', data: { title: 'InnerSource', activities: ['GGI-A-17', 'GGI-A-21'] } },
  { id: 'about', data: { title: 'About' } },
  { id: 'beta', data: { title: 'Another topic', activities: ['GGI-A-17'] } },
];
const index = handbookIndex(activities, studies, (e) => e.id.slice(3), pages);
const byId = (id: string) => activities.find((a) => a.data.id === id)!;
const headings = [
  { depth: 2, slug: 'description', text: 'Description' },
  { depth: 3, slug: 'a-detail', text: 'A detail' },
  { depth: 2, slug: 'opportunity-assessment', text: 'Opportunity Assessment' },
  { depth: 2, slug: 'resources', text: 'Resources' },
];
const model = (id: string, lastCommit: (file: string) => Date | undefined = () => undefined) =>
  activityPageModel(index, byId(id), { headings, lastCommit, repository: 'https://github.com/example/portal/' });

describe('activityPageModel: table of contents and sections', () => {
  it('builds the table of contents from the section list the page renders: same ids, same order', () => {
    const m = model('GGI-A-17');
    expect(m.toc.map((t) => t.id)).toEqual(m.sections.map((s) => s.id));
    expect(m.toc.map((t) => t.text)).toEqual(m.sections.map((s) => s.title));
  });

  it('lists the body’s level-2 headings by their rendered ids, then the sections the page adds', () => {
    expect(model('GGI-A-17').sections.map((s) => `${s.kind}:${s.id}`)).toEqual([
      'body:description',
      'body:opportunity-assessment',
      'body:resources',
      'progress:progress-assessment',
      'next:proposed-next',
      'case-studies:case-studies',
      'further-reading:further-reading',
    ]);
  });

  it('leaves out the sections that would be empty, so the table of contents never points at a missing one', () => {
    // A-22 proposes nothing, nothing leads to it, no study illustrates it.
    expect(model('GGI-A-22').toc.map((t) => t.id)).toEqual([
      'description',
      'opportunity-assessment',
      'resources',
      'progress-assessment',
    ]);
    expect(model('GGI-A-18').toc.map((t) => t.id)).toContain('leads-here');
    expect(model('GGI-A-18').toc.map((t) => t.id)).not.toContain('proposed-next');
  });
});

describe('activityPageModel: links between activities and case studies', () => {
  it('lists every activity that proposes this one next, in handbook order (goal by goal), not id order', () => {
    expect(model('GGI-A-18').leadsHere.map((l) => l.id)).toEqual(['GGI-A-17', 'GGI-A-42', 'GGI-A-21']);
  });

  it('lists the proposed next activities in the activity’s own order, with why and the entry to render', () => {
    const next = model('GGI-A-17').proposedNext;
    expect(next.map((n) => [n.link.id, n.why])).toEqual([
      ['GGI-A-18', 'after GGI-A-17'],
      ['GGI-A-21', 'after GGI-A-17'],
    ]);
    expect(next[1].link.entry).toBe(byId('GGI-A-21'));
  });

  it('lists the case studies that name the activity, by organisation, with their page', () => {
    expect(model('GGI-A-17').studies).toEqual([
      { title: 'How Alpha runs it', organisation: 'Alpha Corp', path: '/case-studies/alpha-corp/' },
      { title: 'How Zeta runs it', organisation: 'Zeta City', path: '/case-studies/zeta-city/' },
    ]);
    expect(model('GGI-A-42').studies).toEqual([]);
  });

  it('lists the pages whose activities name the activity, by title, at their own address', () => {
    expect(model('GGI-A-17').guides).toEqual([
      { title: 'Another topic', path: '/beta/' },
      { title: 'InnerSource', path: '/ggi/innersource/' },
    ]);
    expect(model('GGI-A-21').guides).toEqual([{ title: 'InnerSource', path: '/ggi/innersource/' }]);
    expect(model('GGI-A-42').guides).toEqual([]);
    expect(model('GGI-A-42').toc.map((t) => t.id)).not.toContain('further-reading');
  });

  it('refuses a next link to an activity the handbook does not have', () => {
    expect(() => handbookIndex([entry('GGI-A-17', 'usage', ['GGI-A-99'])], [], (e) => e.id)).toThrow(
      /GGI-A-17: next names GGI-A-99/,
    );
  });
});

describe('activityPageModel: progress assessment and source note', () => {
  it('gives the verification points of an activity that has them, each with its id and text, and no note', () => {
    expect(model('GGI-A-17').progress).toEqual({
      points: [
        { id: 'v1', text: 'one' },
        { id: 'kept-after-edit', text: 'two' },
      ],
    });
  });

  it('gives an imported activity without verification points the note that its release defines none', () => {
    expect(model('GGI-A-22').progress).toEqual({
      points: [],
      note: 'GGI handbook 1.0 defines no verification points for this activity.',
    });
  });

  it('credits an imported activity to its release, with the upstream file’s address', () => {
    expect(model('GGI-A-22').source).toEqual({
      kind: 'imported',
      handbook: '1.0',
      attribution: 'CC BY 4.0, OW2 Good Governance Initiative / OSPO Alliance',
      upstreamUrl: 'https://gitlab.ow2.org/ggi/ggi/-/blob/v1.0/handbook/content/53_activity_22.md',
    });
  });

  it('gives an imported activity whose source names no file no upstream address', () => {
    const bare = entry('GGI-A-30', 'culture', [], {
      source: { date: new Date('2021-01-01') },
      attribution: 'CC BY 4.0',
    });
    const m = activityPageModel(
      handbookIndex([bare], [], (e) => e.id),
      bare,
      { headings: [], lastCommit: () => undefined, repository: 'https://x.test' },
    );
    expect(m.source).toEqual({ kind: 'imported', handbook: '1.3', attribution: 'CC BY 4.0', upstreamUrl: undefined });
  });

  it('dates a portal activity by its file’s last commit, and links to editing that file', () => {
    const seen: string[] = [];
    const m = model('GGI-A-17', (file) => (seen.push(file), new Date('2025-03-04')));
    expect(seen).toEqual(['content/activities/en/activity_17.md']);
    expect(m.updated).toEqual(new Date('2025-03-04'));
    expect(m.source).toEqual({
      kind: 'portal',
      handbook: '1.3',
      updated: new Date('2025-03-04'),
      editUrl: 'https://github.com/example/portal/edit/main/content/activities/en/activity_17.md',
    });
  });

  it('falls back to the updated field when git knows no commit of the file', () => {
    const dated = entry('GGI-A-31', 'culture', [], { updated: new Date('2024-01-02') });
    const m = activityPageModel(
      handbookIndex([dated], [], (e) => e.id),
      dated,
      { headings: [], lastCommit: () => undefined, repository: 'https://x.test' },
    );
    expect(m.updated).toEqual(new Date('2024-01-02'));
  });
});
