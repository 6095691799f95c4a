import { describe, expect, it } from 'vitest';
import { heatmapCells } from './heatmap';

describe('value-combination heatmap', () => {
  const pairs = [
    {
      members: [
        { id: 'P1', name: 'Alpha' },
        { id: 'P2', name: 'Beta' },
      ],
      liftOverBestMember: 1.5,
    },
    {
      members: [
        { id: 'P1', name: 'Alpha' },
        { id: 'P3', name: 'Gamma' },
      ],
      liftOverBestMember: null,
    },
  ];

  it('puts the partner in most pairs first', () => {
    expect(heatmapCells(pairs).axis.map((a) => a.id)).toEqual(['P1', 'P2', 'P3']);
  });

  it('fills both halves of the matrix and remembers which pair a cell is', () => {
    expect(heatmapCells(pairs).cells).toEqual([
      [0, 1, 1.5, 0],
      [1, 0, 1.5, 0],
      [0, 2, null, 1],
      [2, 0, null, 1],
    ]);
  });
});
