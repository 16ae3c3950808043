/** The title drawn on the map itself (province, view, year, units as of), also in PNG and print exports. Props only. */
export function MapTitle({ text }: { text: string }) {
  return (
    <div className="map-title" role="heading" aria-level={2}>
      {text}
    </div>
  );
}
