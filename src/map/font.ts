/** The self-hosted font used for map labels and exports (loaded before the map is created). */
export const LABEL_FONT = 'Be Vietnam Pro';
