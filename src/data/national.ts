/** The slug of the national overview in links (`?province=toan-quoc`); also read by the build (scripts/vite). */
export const NATIONAL_SLUG = 'toan-quoc';
