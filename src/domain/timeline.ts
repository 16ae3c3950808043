/** Dossier and task deadlines from a plan, in date order, with what is past due as of a chosen date. */
import type { RecognitionLevel } from './levels';
import type { ProvinceModel } from './model';
import type { SourceRef } from './plan';
import { recognitionState } from './progress';

export interface DeadlineItem {
  id: string;
  kind: 'registration' | 'task';
  /** ISO date; items without one (recurring, conditional) are listed apart. */
  due: string | null;
  text: string;
  /** What is due: the dossier step or the task content. */
  what: string;
  /** Unit the dossier is for, or the task's lead agencies. */
  who: string;
  districtCode: string | null;
  level?: RecognitionLevel;
  /** True when the plan or a later status shows the step's purpose reached (unit recognised). */
  done: boolean;
  source: SourceRef;
}

export function deadlineItems(model: ProvinceModel): DeadlineItem[] {
  const unitName = (code: string | null, fallback: string) => (code && [...model.districts, ...model.communes].find((u) => u.code === code)?.name) || fallback;
  const items: DeadlineItem[] = [];
  for (const r of model.registrations) {
    const done = recognitionState(model, r) === 'recognised';
    r.deadlines.forEach((d, i) => {
      items.push({
        id: `${r.id}#${i}`,
        kind: 'registration',
        due: d.due ?? null,
        text: d.text,
        what: d.step,
        who: unitName(r.resolved.code, r.unit.name),
        districtCode: r.resolved.districtCode,
        level: r.targetLevel,
        done,
        source: r.source,
      });
    });
  }
  for (const t of model.tasks) {
    if (!t.deadline) continue;
    items.push({
      id: t.id,
      kind: 'task',
      due: t.deadline.due ?? null,
      text: t.deadline.text,
      what: t.content,
      who: t.lead.join('; '),
      districtCode: null,
      done: false,
      source: t.source,
    });
  }
  return items.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));
}

export function isPastDue(item: DeadlineItem, asOf: string): boolean {
  return item.due !== null && !item.done && item.due < asOf;
}

/** Groups dated items by month ("2024-10"), keeping order. */
export function byMonth(items: readonly DeadlineItem[]): [string, DeadlineItem[]][] {
  const groups = new Map<string, DeadlineItem[]>();
  for (const item of items) {
    if (!item.due) continue;
    const key = item.due.slice(0, 7);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()];
}
