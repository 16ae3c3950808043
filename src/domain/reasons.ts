/** A data report entry's reasons in words (the panel's data report and the data-report table). */
import type { MessageKey, Translate } from '../i18n/i18n';
import type { Reason } from './resolve';

/** The reasons of a data report entry in the reader's language. */
export function explainReasons(reasons: readonly Reason[], t: Translate): string {
  return reasons
    .map((r) => {
      const params = { ...r.params };
      if (r.key === 'reason.badCode') params.tier = t(`scope.${r.params.tier === 'district' ? 'district' : 'commune'}` as MessageKey);
      return t(r.key, params);
    })
    .join('; ');
}
