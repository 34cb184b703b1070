/** A Swedish county (län) with its SCB code. */
export interface CountyRecord {
  /** Two-digit SCB county code, e.g. `"20"` for Dalarnas län. */
  code: string;
  /** Full name, e.g. `"Dalarnas län"`. */
  name: string;
  /** Short name, e.g. `"Dalarna"`. */
  shortName: string;
}

/** A Swedish municipality (kommun) with its SCB code, county, centroid and neighbours. */
export interface MunicipalityRecord {
  /** Four-digit SCB municipality code, e.g. `"2039"` for Älvdalen. */
  code: string;
  /** Full name, e.g. `"Älvdalens kommun"`. */
  name: string;
  /** Short name, e.g. `"Älvdalen"`. */
  shortName: string;
  /** Two-digit SCB code of the county the municipality belongs to. */
  countyCode: string;
  /** Latitude of the municipality's centroid (WGS 84). */
  lat: number;
  /** Longitude of the municipality's centroid (WGS 84). */
  lon: number;
  /** Codes of the municipalities that share a border with this one, sorted. */
  neighbours: readonly string[];
}
