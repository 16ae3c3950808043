/** The Data tab's completeness summary: facts per section of the plan and kind; a section with no fact is in bold. */
import { memo } from 'react';
import { buildTable } from '../domain/tables';
import type { ProvinceModel } from '../domain/model';
import { useAppStore } from '../state/store';
import { selectT } from '../state/selectors';
import { ExportButtons, Section } from './parts';

/** Memoised: the Data tab re-renders on its messages and imports, which do not change this table. */
export const FactsSummary = memo(function FactsSummary({ model }: { model: ProvinceModel }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const table = buildTable(model, 'facts-summary', { t, language });
  const total = table.rows[table.rows.length - 1]?.total ?? 0;
  const shown = table.columns.filter((c) => c.key !== 'sectionTitle');
  return (
    <Section title={t('facts.title')} actions={<ExportButtons model={model} table="facts" />}>
      <p className="small muted">{t('facts.intro', { count: Number(total) })}</p>
      {/* The section heading is the row header's tooltip: the side panel is too narrow for a column of headings. */}
      <table className="facts-summary small" data-table="facts-summary" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.key} scope="col" style={{ textAlign: c.key === 'section' ? 'left' : 'right', padding: '2px 4px' }}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} style={row.total === 0 ? { fontWeight: 'bold' } : undefined} data-empty={row.total === 0 || undefined}>
              {shown.map((c) =>
                c.key === 'section' ? (
                  <th key={c.key} scope="row" title={row.sectionTitle ? String(row.sectionTitle) : undefined} style={{ textAlign: 'left', padding: '2px 4px' }}>
                    {row.section}
                  </th>
                ) : (
                  <td key={c.key} style={{ textAlign: 'right', padding: '2px 4px' }}>
                    {row[c.key] ?? ''}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <ExportButtons model={model} table="facts-summary" />
    </Section>
  );
});
