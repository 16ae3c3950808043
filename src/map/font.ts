/** The self-hosted interface font, also used for map labels (HTML text) and drawn on exported PNGs. */
export const LABEL_FONT = 'Be Vietnam Pro';
