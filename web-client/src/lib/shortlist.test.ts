import { describe, expect, it } from 'vitest';
import { shortlistCsv, type Entry, type RankedRow } from './shortlist';

const entry = (id: string, name: string | null, status: Entry['status'], notes: string | null): Entry => ({
  prospectId: id,
  status,
  notes,
  addedBy: 'recruiter',
  addedAt: '2026-11-01T10:00:00Z',
  updatedBy: 'admin',
  updatedAt: '2026-11-02T09:30:00Z',
  prospect: name ? { id, name, type: 'SERVICES', region: 'emea' } : null,
});

describe('the shortlist as CSV', () => {
  it('has the team columns, then the ranking with the weights used; a prospect outside the ranking has empty ranking cells', () => {
    const ranking = new Map<string, RankedRow>([
      [
        'Q1',
        {
          id: 'Q1',
          name: 'Future Fit',
          rank: 3,
          blend: 0.61234,
          ippProbability: 0.7,
          customerOverlap: 0.2,
          segmentCoverage: 0.1,
          referralProximity: 0.5,
          referralHops: 2,
          servedCustomers: 12,
        },
      ],
    ]);
    const csv = shortlistCsv([entry('Q1', 'Future Fit', 'IN_TALKS', 'call back, "Monday"'), entry('Q9', null, 'DECLINED', null)], ranking, {
      ipp: 0.6,
      customerOverlap: 0.15,
      segmentCoverage: 0.1,
      referralProximity: 0.15,
    })
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe(
      'prospectId,name,status,notes,addedBy,addedAt,updatedBy,updatedAt,rank,blend,ippProbability,customerOverlap,segmentCoverage,referralProximity,referralHops,servedCustomers,weightIpp,weightCustomerOverlap,weightSegmentCoverage,weightReferralProximity',
    );
    expect(csv[1]).toBe(
      'Q1,Future Fit,In talks,"call back, ""Monday""",recruiter,2026-11-01T10:00:00Z,admin,2026-11-02T09:30:00Z,3,0.6123,0.7,0.2,0.1,0.5,2,12,0.6,0.15,0.1,0.15',
    );
    expect(csv[2]).toBe('Q9,,Declined,,recruiter,2026-11-01T10:00:00Z,admin,2026-11-02T09:30:00Z,,,,,,,,,0.6,0.15,0.1,0.15');
  });
});
