/** The schema's versions, in order. A new version is a new file here; a released one is never edited. */
import type { Migration } from 'kysely';
import type { Dialect } from '../db';
import { m001Initial } from './001-initial';
import { m002Boundaries } from './002-boundaries';

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-initial': m001Initial(dialect),
    '002-boundaries': m002Boundaries,
  };
}
