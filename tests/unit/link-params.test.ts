import { describe, expect, it } from 'vitest';
import { EMPTY_LINK_PARAMS, isViewId, readLinkParams, writeLinkParams, type LinkParams } from '../../src/domain/link-params';

describe('issue-15 link parameters', () => {
  it('round-trip the commune, the panel tab, the indicator, its classes, print values and the picked agency', () => {
    const p: LinkParams = {
      commune: '14467',
      tab: 'registrations',
      indicator: 'target:ocop-products',
      classes: 'quantile',
      values: true,
      agencyPick: 'ban dan toc',
    };
    const q = writeLinkParams(new URLSearchParams('province=ninh-binh&district=373'), p);
    const back = new URLSearchParams(q.toString());
    expect(readLinkParams(back)).toEqual(p);
    expect(back.get('province')).toBe('ninh-binh');
    expect(writeLinkParams(new URLSearchParams(), EMPTY_LINK_PARAMS).toString()).toBe('');
  });

  it('malformed values read as absent', () => {
    expect(readLinkParams(new URLSearchParams('commune=123&tab=<x>&indicator=target:nope&classes=jenks&values=yes'))).toEqual(EMPTY_LINK_PARAMS);
    expect([isViewId('targets'), isViewId('coverage'), isViewId('rainbow')]).toEqual([true, true, false]);
  });
});
