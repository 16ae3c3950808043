/** The one validation shared by imports, the server and the CLIs; the published layer's file. */
import { describe, expect, it } from 'vitest';
import { emptyOverlay, serializeOverlay } from '../../src/domain/overlay';
import { applyChanges, invalidUnits, parseChangeSetInput } from '../../src/domain/overlay-schema';
import { parseOverlay, validChangeSet } from '../../src/domain/overlay-validate';
import { lastAuthor, makePublished, parsePublished } from '../../src/domain/published';

const units = new Set(['37001', '37002', '370']);
const input = (changes: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'a', origin: 'edit', label: 'x', changes, ...extra });

describe('change sets sent to the server', () => {
  it('keeps valid changes, and a change without a value as a removal', () => {
    const r = parseChangeSetInput(
      input([
        { code: '37001', field: 'level', after: 'ntm' },
        { code: '370', field: 'agency' },
        { code: '37002', field: 'registration', after: null },
      ]),
      units,
    );
    expect(r).toEqual({
      input: {
        id: 'a',
        origin: 'edit',
        label: 'x',
        changes: [
          { code: '37001', field: 'level', after: 'ntm' },
          { code: '370', field: 'agency' },
          { code: '37002', field: 'registration', after: null },
        ],
      },
    });
  });

  it('refuses unknown units, fields and values, bad forms and origins', () => {
    expect(parseChangeSetInput(input([{ code: '38001', field: 'level', after: 'ntm' }]), units)).toEqual({
      error: { key: 'overlay.error.unit', params: { code: '38001' } },
    });
    expect(parseChangeSetInput(input([{ code: '37001', field: 'level', after: 'gold' }]), units)).toEqual({
      error: { key: 'overlay.error.value', params: { code: '37001', field: 'level' } },
    });
    expect(parseChangeSetInput(input([{ code: '37001', field: 'criteria', after: { met: 20, total: 19 } }]), units)).toMatchObject({
      error: { key: 'overlay.error.value' },
    });
    expect(parseChangeSetInput(input([{ code: '37001', field: '__proto__', after: 1 }]), units)).toMatchObject({
      error: { key: 'schema.error.shape', params: { path: 'changes.0' } },
    });
    expect(parseChangeSetInput(input([]), units)).toMatchObject({ error: { params: { path: 'changes' } } });
    expect(parseChangeSetInput(input([{ code: '37001', field: 'level', after: 'ntm' }], { origin: 'undo' }), units)).toMatchObject({
      error: { params: { path: 'origin' } },
    });
    expect(parseChangeSetInput(input([{ code: '37001', field: 'level', after: 'ntm' }], { label: 'x'.repeat(301) }), units)).toMatchObject({
      error: { params: { path: 'label' } },
    });
    expect(parseChangeSetInput([], units)).toMatchObject({ error: { params: { path: '' } } });
  });

  it('applies changes and finds units whose facts together are invalid', () => {
    const next = applyChanges({ '37001': { level: 'ntm', agency: 'Sở A' } }, [
      { code: '37001', field: 'agency' },
      { code: '37002', field: 'criteria', after: { met: 5, total: 19 } },
    ]);
    expect(next).toEqual({ '37001': { level: 'ntm' }, '37002': { criteria: { met: 5, total: 19 } } });
    expect(applyChanges(next, [{ code: '37001', field: 'level' }])).toEqual({ '37002': { criteria: { met: 5, total: 19 } } });
    expect(invalidUnits({ '37001': { criteria: { met: 30, total: 19 } }, '37002': { level: 'ntm' } }, ['37001', '37002'])).toEqual(['37001']);
  });
});

describe('overlay files checked in full', () => {
  const overlay = {
    ...emptyOverlay('37'),
    units: { '37001': { level: 'ntm' as const } },
    history: [
      {
        id: '1',
        at: '2025-03-01T08:00:00.000Z',
        by: 'An',
        origin: 'edit' as const,
        label: 'x',
        changes: [{ code: '37001', field: 'level' as const, before: undefined, after: 'ntm' }],
      },
    ],
  };

  it('accepts a well-formed file and refuses a broken history', () => {
    expect(parseOverlay(serializeOverlay(overlay), '37', units)).toEqual({ overlay: JSON.parse(serializeOverlay(overlay)) });
    const broken = { ...overlay, history: [{ ...overlay.history[0], at: 'yesterday' }] };
    expect(parseOverlay(JSON.stringify(broken), '37', units)).toEqual({ error: { key: 'overlay.error.history', params: { entry: 1 } } });
    expect(parseOverlay(JSON.stringify(overlay), '38', units)).toMatchObject({ error: { key: 'overlay.error.province' } });
    expect(validChangeSet({ ...overlay.history[0], origin: 'undo' })).toBe(true);
    expect(validChangeSet({ ...overlay.history[0], changes: [{ code: '37001', field: 'nope' }] })).toBe(false);
  });

  it('makes and checks a published layer, by the last author unless named', () => {
    expect(lastAuthor(overlay)).toBe('An');
    expect(lastAuthor(emptyOverlay('37'))).toBe('');
    const layer = makePublished(overlay, { slug: 'ninh-binh', publishedAt: '2025-03-02T09:00:00.000Z', publishedBy: 'Văn phòng' });
    expect(parsePublished(JSON.parse(JSON.stringify(layer)), '37', units)).toEqual({ layer: JSON.parse(JSON.stringify(layer)) });
    expect(parsePublished({ ...layer, publishedAt: 'soon' }, '37', units)).toEqual({ error: 'published.error.format' });
    expect(parsePublished({ ...layer, overlay: { ...overlay, units: { '99999': { level: 'ntm' } } } }, '37', units)).toEqual({ error: 'overlay.error.unit' });
  });
});
