import { describe, expect, it } from 'vitest';
import { parseDeadline, daysUntil } from '../../src/domain/deadlines';
import { compareLevels, highestLevel, levelRank } from '../../src/domain/levels';
import { targetProgress } from '../../src/domain/progress';

describe('levels', () => {
  it('orders none < NTM < nâng cao < kiểu mẫu, with no-data below all', () => {
    expect(compareLevels('none', 'ntm')).toBeLessThan(0);
    expect(compareLevels('ntm', 'ntm-advanced')).toBeLessThan(0);
    expect(compareLevels('ntm-advanced', 'ntm-model')).toBeLessThan(0);
    expect(levelRank('no-data')).toBeLessThan(levelRank('none'));
    expect(levelRank('task-completed')).toBe(levelRank('ntm'));
    expect(highestLevel(['ntm', 'ntm-model', 'none'])).toBe('ntm-model');
    expect(highestLevel([])).toBe('no-data');
  });
});

describe('deadlines as the plans print them', () => {
  it.each([
    ['Quý I', '2024-03-31', 'quarter'],
    ['Quý III', '2024-09-30', 'quarter'],
    ['Quý IV/2024', '2024-12-31', 'quarter'],
    ['quý I/2025', '2025-03-31', 'quarter'],
    ['Tháng 3', '2024-03-31', 'month'],
    ['Tháng 2', '2024-02-29', 'month'],
    ['trong tháng 02/2024', '2024-02-29', 'month'],
    ['trước tháng 6/2025', '2025-05-31', 'month'],
    ['Trước ngày 30/10/2024', '2024-10-30', 'date'],
    ['trước ngày 30/06/2025', '2025-06-30', 'date'],
    ['Tháng 7/2024 và tháng 01/2025', '2025-01-31', 'month'],
    ['Đợt 1 trong quý III, đợt 2 trong quý IV năm 2024', '2024-12-31', 'quarter'],
    ['Cả năm', '2024-12-31', 'year'],
    ['Năm 2024', '2024-12-31', 'year'],
    // A span is due when it ends, not when it starts.
    ['Tháng 10-12/2022', '2022-12-31', 'month'],
    ['Quý III-IV', '2024-12-31', 'quarter'],
    ['tháng 7 - tháng 9/2024', '2024-09-30', 'month'],
  ])('%s → %s', (text, due, kind) => {
    expect(parseDeadline(text, 2024)).toEqual({ kind, due });
  });

  it('has no date for recurring or conditional deadlines, or impossible dates', () => {
    expect(parseDeadline('Hàng quý', 2024)).toEqual({ kind: 'recurring' });
    expect(parseDeadline('Sau khi Có Nghị quyết của UBTW Quốc hội', 2024)).toEqual({ kind: 'conditional' });
    expect(parseDeadline('trước ngày 31/02/2024', 2024).due).toBeUndefined();
    expect(parseDeadline('', 2024)).toEqual({ kind: 'unknown' });
    // "Early 2025" gives no last day: no date rather than 31/12/2025.
    expect(parseDeadline('đầu năm 2025', 2024)).toEqual({ kind: 'unknown' });
  });

  it('counts days to a deadline', () => {
    expect(daysUntil('2024-11-30', '2024-11-23')).toBe(7);
    expect(daysUntil('2024-11-30', '2024-12-01')).toBe(-1);
  });
});

describe('target progress', () => {
  it('Ninh Bình: 15 planned, 65/119 cumulative → 50 reached before 2024', () => {
    const p = targetProgress({ planned: 15, cumulative: { value: 65, of: 119 } });
    expect(p).toMatchObject({ target: 65, of: 119, baseline: 50, planned: 15 });
    expect(p?.targetShare).toBeCloseTo(65 / 119, 6);
    expect(p?.baselineShare).toBeCloseTo(50 / 119, 6);
  });
  it('has no progress without a cumulative figure, and no baseline without a planned one', () => {
    expect(targetProgress({ planned: 3 })).toBeNull();
    expect(targetProgress({ cumulative: { value: 154, of: 193 } })?.baseline).toBeUndefined();
  });
});
