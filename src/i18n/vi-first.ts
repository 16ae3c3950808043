/**
 * The Vietnamese messages loaded with the app. Here the whole of vi.json; in the build (scripts/vite/messages-split.ts)
 * only those the first load's code can show; the others come with the modules that name them (added when such a module runs).
 */
import vi from './vi.json';

export default vi as Record<string, string>;
