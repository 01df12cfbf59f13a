// The studio's words for measures come from the catalogue: labels, units, the CLI key on hover, shares as %.
import { describe, expect, it } from 'vitest';
import { formatMeasure, isShare, measureLabel, measureTitle, measureUnit } from '../../src/studio/charts/measureWords';
import { chartSpecs, groupCaption } from '../../src/studio/charts/chartData';

describe('measure words in the studio', () => {
  it('names what the results table showed as keys', () => {
    expect(measureLabel('adopters')).toBe('sharers');
    expect(measureLabel('tipped.proof')).toBe('shares tipped by social proof');
    expect(measureLabel('gini.affiliation')).toBe('affiliation currency, inequality');
    expect(measureLabel('trustChangeMembers')).toBe('trust change, members');
  });

  it('shows shares as percentages, and everything else as numbers', () => {
    expect(formatMeasure('adoptersFraction', 0.919)).toBe('91.9%');
    expect(formatMeasure('outcome.form.members', 0.0123)).toBe('1.2%');
    expect(formatMeasure('influenceByDistance', [1, 0.5, 0.125])).toBe('100% · 50% · 12.5%');
    expect(formatMeasure('adopters', 1234)).toBe('1,234');
    expect(formatMeasure('gini.status', 0.91876)).toBe('0.919');
    expect(formatMeasure('reach', undefined)).toBe('–');
    expect(isShare('ties.memberShare')).toBe(true);
    expect(isShare('clustering')).toBe(false);
  });

  it('prints a unit beside a label except for shares (the % says it)', () => {
    expect(measureUnit('maxDepth')).toBe('hops');
    expect(measureUnit('trustMembers')).toBe('trust (0 to 1)');
    expect(measureUnit('reachFraction')).toBe('');
    expect(measureUnit('somethingNew')).toBe('');
  });

  it("keeps the CLI's key in the hover text for researchers", () => {
    expect(measureTitle('adopters')).toBe('Members who passed the item on, the seeds included (members). In murmur run --json: adopters');
    expect(measureTitle('somethingNew')).toBe('somethingNew in murmur run --json');
  });

  it("labels the charts' lines from the catalogue: a family's lines by their part, its picker by a caption", () => {
    const core = chartSpecs(['tick', 'reach', 'adopters', 'newReach', 'newAdopters']);
    expect(core.flatMap((s) => s.columns.map((c) => c.label))).toEqual(['reach (saw it)', 'sharers', 'newly reached', 'new sharers']);
    const ties = chartSpecs(['tick', 'reach', 'ties.memberToMember', 'ties.organizer'], 'ties').at(-1)!;
    expect(ties.columns.map((c) => c.label)).toEqual(['ties between members', 'ties to the organizer']);
    const policy = chartSpecs(['tick', 'policy.callsToAction'], 'policy').at(-1)!;
    expect(policy.columns.map((c) => c.label)).toEqual(['calls to action']);
    expect(groupCaption('policy')).toBe('what the organizer did');
    expect(groupCaption('model values')).toBe('other measures');
  });
});
