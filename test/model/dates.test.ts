import { describe, expect, it } from 'vitest';
import { calendarParts, isPastExpiry, normalizeDate } from '../../src/model/dates';
import { resolveStatus, daysUntilExpiry } from '../../src/model/status';
import { safeHttpUrl, safeImageUrl } from '../../src/model/url';

describe('normalizeDate', () => {
  it('keeps date-only values date-only', () => {
    expect(normalizeDate('2026-01-31')).toBe('2026-01-31');
  });
  it('converts offsets to UTC with seconds precision', () => {
    expect(normalizeDate('2026-01-01T01:30:00+02:00')).toBe('2025-12-31T23:30:00Z');
    expect(normalizeDate('2026-01-01T01:30:00.123-0500')).toBe('2026-01-01T06:30:00Z');
  });
  it('reads a zone-less date-time as UTC', () => {
    expect(normalizeDate('2026-06-15 12:00:00')).toBe('2026-06-15T12:00:00Z');
  });
  it('rejects impossible and non-date values', () => {
    for (const bad of ['2026-02-30', '2026-13-01', 'yesterday', '', 42, null, '2026-01-01T25:00:00Z']) {
      expect(normalizeDate(bad)).toBeUndefined();
    }
  });
});

describe('expiry and status', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('treats a date-only expiry as lasting to the end of that UTC day', () => {
    expect(isPastExpiry('2026-03-10', now)).toBe(false);
    expect(isPastExpiry('2026-03-09', now)).toBe(true);
    expect(isPastExpiry('2026-03-10T11:59:59Z', now)).toBe(true);
  });
  it('applies revoked > expired > pending > active', () => {
    expect(resolveStatus({ revoked: true, expired: true, pending: 'accept' }, now)).toBe('revoked');
    expect(resolveStatus({ pending: 'accept', expiresAt: '2026-01-01' }, now)).toBe('expired');
    expect(resolveStatus({ pending: 'issuing' }, now)).toBe('pending');
    expect(resolveStatus({ expiresAt: '2027-01-01' }, now)).toBe('active');
  });
  it('counts whole days left before expiry', () => {
    expect(daysUntilExpiry('2026-03-10', now)).toBe(0);
    expect(daysUntilExpiry('2026-03-17', now)).toBe(7);
    expect(daysUntilExpiry(undefined, now)).toBeUndefined();
  });
  it('reads calendar parts without shifting date-only values', () => {
    expect(calendarParts('2026-01-01')).toEqual({ year: 2026, month: 1, day: 1 });
    expect(calendarParts('2025-12-31T23:30:00Z')).toEqual({ year: 2025, month: 12, day: 31 });
  });
});

describe('URL policy', () => {
  it('keeps absolute http(s) URLs only', () => {
    expect(safeHttpUrl('https://www.credly.com/badges/abc')).toBe('https://www.credly.com/badges/abc');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'vbscript:x', 'data:text/html,<b>x</b>', '/relative', '//evil.example', 'https://', 'ftp://x.org/a']) {
      expect(safeHttpUrl(bad)).toBeUndefined();
    }
  });
  it('accepts data:image URIs in image fields only', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeImageUrl(png)).toBe(png);
    expect(safeHttpUrl(png)).toBeUndefined();
    expect(safeImageUrl('data:text/html;base64,PHNjcmlwdD4=')).toBeUndefined();
  });
});
