import { normalizeParagraph } from '../findAmounts';

/** A count the text states, e.g. '共有车辆9辆' → 9. */
export interface StatedCount {
  name: string;
  value: number;
  raw: string;
  start: number;
  end: number;
}

/** '共有车辆N辆，其中：部级领导干部用车N辆、…其他用车N辆' (十一（三）). */
export interface VehicleCounts {
  total: StatedCount;
  parts: StatedCount[];
}

const VEHICLES = /共有车辆\s*(\d+)\s*辆\s*[,]?\s*其中\s*:?\s*([^。;]*)/;
const PART = /([^、,:\d]+?)\s*(\d+)\s*辆/g;
const HOLDING = /公务用车保有量为?\s*(\d+)\s*辆/;

/** The vehicle total and its categories, or undefined when the paragraph does not list them. */
export function readVehicleCounts(text: string): VehicleCounts | undefined {
  const s = normalizeParagraph(text);
  const m = VEHICLES.exec(s);
  if (!m) return undefined;
  const totalStart = m.index + m[0].indexOf(m[1]);
  const total: StatedCount = {
    name: '共有车辆',
    value: Number(m[1]),
    raw: `${m[1]}辆`,
    start: totalStart,
    end: totalStart + m[1].length,
  };
  const listStart = m.index + m[0].length - m[2].length;
  const parts = [...m[2].matchAll(PART)].map((p) => {
    const start = listStart + (p.index ?? 0) + p[0].indexOf(p[2], p[1].length);
    return { name: p[1].trim(), value: Number(p[2]), raw: `${p[2]}辆`, start, end: start + p[2].length };
  });
  return { total, parts };
}

/** '公务用车保有量为N辆' (七（二）). */
export function readVehicleHolding(text: string): StatedCount | undefined {
  const s = normalizeParagraph(text);
  const m = HOLDING.exec(s);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1], 6);
  return { name: '公务用车保有量', value: Number(m[1]), raw: `${m[1]}辆`, start, end: start + m[1].length };
}
