/** The Data tab's completeness summary: facts per section of the plan and kind; a section with no fact is in bold. */
import { buildTable } from '../domain/tables';
import type { ProvinceModel } from '../domain/model';
import { useAppStore } from '../state/store';
import { ExportButtons, Section } from './parts';

export function FactsSummary({ model }: { model: ProvinceModel }) {
  const t = useAppStore((s) => s.t);
  const language = useAppStore((s) => s.language);
  const table = buildTable(model, 'facts-summary', { t, language });
  const total = table.rows[table.rows.length - 1]?.total ?? 0;
  return (
    <Section title={t('facts.title')} actions={<ExportButtons model={model} table="facts" />}>
      <p className="small muted">{t('facts.intro', { count: Number(total) })}</p>
      <table className="facts-summary" data-table="facts-summary">
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} style={row.total === 0 ? { fontWeight: 'bold' } : undefined} data-empty={row.total === 0 || undefined}>
              {table.columns.map((c) => (
                <td key={c.key}>{row[c.key] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ExportButtons model={model} table="facts-summary" />
    </Section>
  );
}
