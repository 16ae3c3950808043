/** The self-hosted font used for map labels and exports. */
export const LABEL_FONT = 'Be Vietnam Pro';

let ready: Promise<void> | null = null;
let isReady = false;

/**
 * Loads the label font (with its Vietnamese glyphs) once. Map labels are drawn with it: MapLibre rasterises
 * a label's glyphs when the label's tile is cut, so the map is created only once this resolves (the interface
 * does not wait). Resolves also when the font fails: the fallback font is used.
 */
export function loadLabelFont(): Promise<void> {
  ready ??= Promise.all([
    document.fonts.load(`400 16px "${LABEL_FONT}"`, 'Yên Khánh Hoằng Hóa Đắk'),
    document.fonts.load(`600 16px "${LABEL_FONT}"`, 'Yên Khánh Hoằng Hóa Đắk'),
  ]).then(
    () => {
      isReady = true;
    },
    () => {
      isReady = true;
    },
  );
  return ready;
}

export const labelFontLoaded = () => isReady;
