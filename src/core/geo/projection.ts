/**
 * The one fixed projection for all bildung geometry.
 *
 * Boundaries are projected once at build time (`geo/build.ts`) into planar kilometres, y down, so
 * the browser draws them with `geoPath()` and no projection (identity) inside an SVG whose viewBox
 * is the projected bounding box. Every generated topology shares this coordinate system, so zooming
 * from Germany to a Land or a Kreis is only a viewBox change. Point data (e.g. school locations in
 * longitude/latitude) is projected at run time with the same function.
 *
 * DOM-free: used in Node (build) and in the browser.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';

/** Human-readable description, written into every generated topology (`bildung.projection`). */
export const GERMANY_PROJECTION =
  'Lambert conformal conic, sphere R = 6371.0088 km, parallels 48°40′N/53°40′N, central meridian 10°30′E, origin 0°N 10°30′E, units km, x east, y down (south)';

/** Central meridian (degrees east). */
export const GERMANY_CENTRAL_MERIDIAN = 10.5;
/** Standard parallels (degrees north): 48°40′ and 53°40′. */
export const GERMANY_PARALLELS: readonly [number, number] = [48 + 40 / 60, 53 + 40 / 60];
/** Mean earth radius (IUGG), so that projected units are kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * A new, configured d3-geo projection: [longitude, latitude] in degrees → [x, y] in km, y down.
 * The origin (0, 0) lies on the equator at the central meridian, so German coordinates have
 * x ≈ −330…+330 km and y ≈ −6,900 (Sylt)…−6,000 km (Alps).
 */
export function germanyProjection(): GeoProjection {
  return geoConicConformal()
    .rotate([-GERMANY_CENTRAL_MERIDIAN, 0])
    .parallels([GERMANY_PARALLELS[0], GERMANY_PARALLELS[1]])
    .scale(EARTH_RADIUS_KM)
    .translate([0, 0]);
}
