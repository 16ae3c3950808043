/**
 * The diagonal hatching over "no data" districts and communes as a MapLibre custom layer: the hatched polygons'
 * triangles drawn with a shader that keeps one line in every 8 px diagonal (the same look as the image pattern of
 * ../style.ts that the 2025 layers use, in screen pixels whatever the zoom).
 *
 * Why not a `fill-pattern` layer: it draws its pattern over every feature of the layer in every frame (hatched or
 * not, at opacity 0 where not), which without a GPU was a quarter of each frame of a province's map (issue 19); and
 * MapLibre's worker asks the page's main thread for a pattern's image for every tile it cuts and waits for the answer,
 * and without a GPU the main thread answers only between frames of about 100 ms each, so that an import's communes
 * were drawn up to that much later. Here only the hatched polygons are drawn, and the worker has nothing to ask: the
 * triangles are made once per polygon (../../geo/triangles.ts), by the boundary worker for an import's polygons while
 * its report is read, else on the page the first time a polygon is hatched.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { mercatorTriangles, originOf, trianglesAhead } from '../../geo/triangles';
import { HATCH_LINE_RGBA } from '../style';

type Polygons = FeatureCollection<Polygon | MultiPolygon, { code?: unknown } | null>;

const VERTEX = `
attribute vec2 a_pos;
uniform mat4 u_matrix;
void main() {
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
}`;

// One line of `u_width` device pixels in every `u_period`, rising to the right (as the pattern image of ../style.ts).
const FRAGMENT = `
precision mediump float;
uniform float u_period;
uniform float u_width;
uniform vec4 u_colour;
void main() {
  if (mod(gl_FragCoord.x - gl_FragCoord.y, u_period) >= u_width) discard;
  gl_FragColor = u_colour;
}`;

/** A custom layer hatching the polygons it is given whose code is in the hatched set. */
export interface HatchLayer extends CustomLayerInterface {
  /** The polygons that may be hatched (by their `code` property). */
  setPolygons(polygons: Polygons): void;
  /** The codes of those hatched now. */
  setHatched(codes: ReadonlySet<string>): void;
  /**
   * Makes the hatched polygons' triangles ahead of the first frame that draws them (else made then); with a deadline,
   * stops when it has under 2 ms left and returns false (not all made).
   */
  prepare(deadline?: { timeRemaining(): number }): boolean;
  /** The codes hatched now. */
  hatchedCodes(): ReadonlySet<string>;
}

function compile(gl: WebGLRenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`hatch shader: ${gl.getShaderInfoLog(shader) ?? ''}`);
  return shader;
}

/** `matrix` (column-major) followed by a translation by `origin` (x, y). */
function translated(matrix: ArrayLike<number>, [ox, oy]: readonly [number, number]): Float32Array {
  const m = Float64Array.from(matrix);
  for (let row = 0; row < 4; row++) m[12 + row] += m[row] * ox + m[4 + row] * oy;
  return Float32Array.from(m);
}

/** `source`: the polygons' source in the map, whose tiles the hatching waits for. */
export function createHatchLayer(id: string, source?: string): HatchLayer {
  let map: MapLibreMap | null = null;
  let program: WebGLProgram | null = null;
  let buffer: WebGLBuffer | null = null;
  // The program's uniform and attribute locations (looked up once, when it is linked).
  let uniforms: Record<'matrix' | 'period' | 'width' | 'colour', WebGLUniformLocation | null> = { matrix: null, period: null, width: null, colour: null };
  let position = 0;
  let polygons: Polygons = { type: 'FeatureCollection', features: [] };
  let hatched: ReadonlySet<string> = new Set();
  let origin: [number, number] = [0, 0];
  // Triangles per polygon (made the first time it is hatched), and whether the buffer must be filled again.
  let triangles = new Map<string, Float32Array>();
  let dirty = true;
  let vertices = 0;

  /** The triangles of every polygon hatched now (made once per polygon); null when the deadline came first. */
  const hatchedTriangles = (deadline?: { timeRemaining(): number }): Float32Array[] | null => {
    const parts: Float32Array[] = [];
    for (const f of polygons.features) {
      const code = String(f.properties?.code);
      if (!hatched.has(code) || !f.geometry) continue;
      let t = triangles.get(code) ?? trianglesAhead(polygons)?.get(code);
      if (!t) {
        if (deadline && deadline.timeRemaining() < 2) return null;
        triangles.set(code, (t = mercatorTriangles(f.geometry, origin)));
      }
      parts.push(t);
    }
    return parts;
  };
  // A change is drawn at once only while the layer is shown (showing it draws a frame anyway).
  const repaint = () => {
    if (map?.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none') map.triggerRepaint();
  };

  const fill = (gl: WebGLRenderingContext) => {
    const parts = hatchedTriangles() ?? [];
    const all = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.bufferData(gl.ARRAY_BUFFER, all, gl.STATIC_DRAW);
    vertices = all.length / 2;
    dirty = false;
  };

  return {
    id,
    type: 'custom',
    renderingMode: '2d',
    setPolygons(next) {
      if (next === polygons) return;
      polygons = next;
      origin = originOf(next.features);
      triangles = new Map();
      dirty = true;
      repaint();
    },
    setHatched(codes) {
      if (codes.size === hatched.size && [...codes].every((c) => hatched.has(c))) return;
      hatched = codes;
      dirty = true;
      repaint();
    },
    prepare: (deadline) => hatchedTriangles(deadline) !== null,
    hatchedCodes: () => hatched,
    onAdd(m, gl) {
      map = m;
      const p = gl.createProgram()!;
      gl.attachShader(p, compile(gl, gl.VERTEX_SHADER, VERTEX));
      gl.attachShader(p, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
      gl.linkProgram(p);
      if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error(`hatch program: ${gl.getProgramInfoLog(p) ?? ''}`);
      program = p;
      uniforms = {
        matrix: gl.getUniformLocation(p, 'u_matrix'),
        period: gl.getUniformLocation(p, 'u_period'),
        width: gl.getUniformLocation(p, 'u_width'),
        colour: gl.getUniformLocation(p, 'u_colour'),
      };
      position = gl.getAttribLocation(p, 'a_pos');
      buffer = gl.createBuffer();
      dirty = true;
    },
    onRemove(_m, gl) {
      if (program) gl.deleteProgram(program);
      if (buffer) gl.deleteBuffer(buffer);
      program = null;
      buffer = null;
      map = null;
    },
    render(gl, args: CustomRenderMethodInput) {
      if (!program || !buffer || hatched.size === 0) return;
      // Drawn with the communes' fills, not before their tiles are in (MapLibre draws again as they come).
      if (source && !map?.isSourceLoaded(source)) return;
      if (dirty) fill(gl);
      if (vertices === 0) return;
      const ratio = map?.getPixelRatio() ?? window.devicePixelRatio;
      gl.useProgram(program);
      gl.uniformMatrix4fv(uniforms.matrix, false, translated(args.defaultProjectionData.mainMatrix, origin));
      gl.uniform1f(uniforms.period, 8 * ratio);
      gl.uniform1f(uniforms.width, Math.max(1, ratio));
      const [r, g, b, alpha] = HATCH_LINE_RGBA;
      const a = alpha / 255;
      // Premultiplied, as MapLibre blends.
      gl.uniform4f(uniforms.colour, (r / 255) * a, (g / 255) * a, (b / 255) * a, a);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.enableVertexAttribArray(position);
      gl.vertexAttribPointer(position, 2, gl.FLOAT, false, 0, 0);
      gl.drawArrays(gl.TRIANGLES, 0, vertices);
      gl.disableVertexAttribArray(position);
    },
  };
}
