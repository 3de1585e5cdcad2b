import type { Finding } from '../../findings';

/** A finding whose figures all sit in one paragraph names that cell once. */
export function withUniqueCells(f: Finding | null): Finding | null {
  if (!f) return null;
  const seen = new Set<string>();
  const cells = f.cells.filter((c) => {
    const key = `${c.sheet}!${c.address}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { ...f, cells };
}
