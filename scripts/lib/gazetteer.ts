/** Node-side access to the GSO gazetteer packages. */
import { createRequire } from 'node:module';
import { unitsFromDvhcvn } from './dvhcvn-units';
import { Gazetteer } from '../../src/domain/gazetteer';

const require = createRequire(import.meta.url);

let cached: Gazetteer | undefined;

/** Units as of 2024-05-01 (dvhcvn 1.1.20240501): the units the 2022–2024 plans were written for. */
export function loadGazetteer2024(): Gazetteer {
  cached ??= new Gazetteer(unitsFromDvhcvn(require('dvhcvn-2024').level1s));
  return cached;
}
