/**
 * Agencies as a question (issue 15 §4): a searchable list of the province's agencies with how many districts
 * and communes each is responsible for; picking one gives its districts, communes, assignments and tasks (the
 * map lights those up, the panel lists the tasks). With none picked the map shows the number of agencies per
 * district (indicators.ts 'agencies'), never a rainbow: categorical colours only when a view needs at most
 * MAX_CATEGORIES categories (ui/categorical.ts gives them, all distinct).
 */
import { agencyKey, canonicalAgency } from './agencies';
import type { ProvinceModel, WithUnit } from './model';
import { foldDiacritics, compareVi } from './names';
import type { AgencyAssignment, RegistrationRecord, TaskRecord } from './plan';
import { provinceAgencies } from './views';

export const MAX_CATEGORIES = 8;

export interface AgencyEntry {
  key: string;
  name: string;
  /** GSO codes of the districts it is responsible for (its own assignments, or a commune's, or a registration's). */
  districts: string[];
  communes: string[];
  /** Tasks (phân công nhiệm vụ) it leads or coordinates. */
  taskCount: number;
}

export interface AgencyWork {
  entry: AgencyEntry;
  assignments: WithUnit<AgencyAssignment>[];
  registrations: WithUnit<RegistrationRecord>[];
  tasks: { task: TaskRecord; role: 'lead' | 'coordinating' }[];
}

function tasksOf(model: ProvinceModel, key: string): AgencyWork['tasks'] {
  const out: AgencyWork['tasks'] = [];
  for (const task of model.tasks) {
    if (task.lead.some((a) => agencyKey(a) === key)) out.push({ task, role: 'lead' });
    else if (task.coordinating.some((a) => agencyKey(a) === key)) out.push({ task, role: 'coordinating' });
  }
  return out;
}

/** What one agency is responsible for in the province. */
export function agencyWork(model: ProvinceModel, key: string): AgencyWork {
  const assignments = model.agencyAssignments.filter((a) => agencyKey(a.agency) === key);
  const registrations = model.registrations.filter((r) => r.agency && agencyKey(r.agency) === key);
  const districts = new Set<string>();
  const communes = new Set<string>();
  for (const x of [...assignments, ...registrations]) {
    if (x.resolved.districtCode) districts.add(x.resolved.districtCode);
    if (x.resolved.code && x.resolved.code.length === 5) communes.add(x.resolved.code);
  }
  const tasks = tasksOf(model, key);
  // The name as the plan prints it (read for reading by canonicalAgency), also for an agency only coordinating tasks.
  const printed =
    assignments[0]?.agency ??
    registrations[0]?.agency ??
    tasks.flatMap(({ task }) => [...task.lead, ...task.coordinating]).find((a) => agencyKey(a) === key) ??
    key;
  const name = provinceAgencies(model).find((a) => a.key === key)?.name ?? canonicalAgency(printed);
  return { entry: { key, name, districts: [...districts].sort(), communes: [...communes].sort(), taskCount: tasks.length }, assignments, registrations, tasks };
}

/** Every agency named for a unit or a task, with its counts; most districts first, then by name (Vietnamese order). */
export function agencyList(model: ProvinceModel): AgencyEntry[] {
  const keys = new Map<string, string>();
  for (const a of provinceAgencies(model)) keys.set(a.key, a.name);
  for (const task of model.tasks) for (const a of [...task.lead, ...task.coordinating]) if (!keys.has(agencyKey(a))) keys.set(agencyKey(a), canonicalAgency(a));
  return [...keys.keys()]
    .map((key) => agencyWork(model, key).entry)
    .filter((a) => a.districts.length + a.communes.length + a.taskCount > 0)
    .sort((a, b) => b.districts.length - a.districts.length || b.communes.length - a.communes.length || b.taskCount - a.taskCount || compareVi(a.name, b.name));
}

/**
 * The picker's two groups: agencies responsible for a district or commune of the province (they light up the map),
 * most areas first; and agencies the plan gives tasks but no area ("no area named"), most tasks first. Agencies
 * with neither are left out (nothing to show).
 */
export function agencyGroups(list: readonly AgencyEntry[]): { withArea: AgencyEntry[]; noArea: AgencyEntry[] } {
  const withArea = list.filter((a) => a.districts.length + a.communes.length > 0);
  const noArea = list.filter((a) => a.districts.length + a.communes.length === 0).sort((a, b) => b.taskCount - a.taskCount || compareVi(a.name, b.name));
  return { withArea, noArea };
}

/** Agencies whose name holds every typed word, typed with or without diacritics ("nong nghiep", "tinh doan"). */
export function searchAgencies(list: readonly AgencyEntry[], query: string): AgencyEntry[] {
  const words = foldDiacritics(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!words.length) return [...list];
  return list.filter((a) => {
    const name = foldDiacritics(a.name);
    return words.every((w) => name.includes(w));
  });
}

/** Whether a view may colour by category: at most MAX_CATEGORIES categories (no-data not counted). */
export function categoricalAllowed(categoryCount: number): boolean {
  return categoryCount <= MAX_CATEGORIES;
}
