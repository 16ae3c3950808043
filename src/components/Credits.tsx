/** About / credits: the boundary and unit sources with their licences, and the attribution line the map shows. */
import type { Translate } from '../i18n/i18n';
import { ATTRIBUTION_2025, CREDITS } from '../domain/credits';

export function Credits({ t }: { t: Translate }) {
  return (
    <section className="credits" aria-labelledby="credits-title" data-credits>
      <h2 id="credits-title">{t('credits.title')}</h2>
      <dl>
        {CREDITS.map((c) => (
          <div key={c.id} data-credit={c.id}>
            <dt>{t(c.labelKey)}</dt>
            <dd>
              <a href={c.url} rel="noreferrer noopener" target="_blank">
                {c.name}
              </a>{' '}
              — <span data-licence={c.licence}>{t('credits.licence', { licence: c.licence })}</span>
              <div className="small muted">{c.notice}</div>
            </dd>
          </div>
        ))}
      </dl>
      <p className="small">{t('credits.plans')}</p>
      <h3 className="small">{t('credits.attribution')}</h3>
      <blockquote className="small" data-attribution="2025" lang="vi">
        {ATTRIBUTION_2025}
      </blockquote>
    </section>
  );
}
