/** The selected district's label is placed before the others, so a crowded map never leaves out the one in focus. */
import type { MapHandle } from '../handle';
import { follow } from '../handle';

export function labelPriority(handle: MapHandle): () => void {
  return follow(
    handle.store,
    (s) => [s.selectedDistrict],
    (s) => handle.labels.prioritise('district', s.selectedDistrict),
  );
}
