/**
 * Which reports are of the same organ, and the order of a series.
 *
 * Two reports are of one organ when their `meta.organ` names are equal once normalised: NFKC
 * (full-width letters, digits and brackets become ASCII), every space removed, and every kind of
 * bracket read as ( ) — `某县（区）人民政府` and `某县(区) 人民政府` are one organ. Nothing else is
 * folded: no prefix, suffix or fuzzy match, because an organ and its office publish separate
 * reports (某市人民政府 and 某市人民政府办公室 are two organs). A report without an organ is of none.
 */

const OPENING = /[（【〔［〈《「『\[{]/g;
const CLOSING = /[）】〕］〉》」』\]}]/g;

export function organKey(organ: string | null | undefined): string | null {
  if (!organ) return null;
  const key = organ.normalize('NFKC').replace(/\s+/g, '').replace(OPENING, '(').replace(CLOSING, ')');
  return key === '' ? null : key;
}

export interface OrganYear {
  organ: string | null;
  year: number | null;
}

/**
 * The items with each organ's reports together and in year order: organs in the order they first
 * appear, years ascending within an organ, reports without a year after the dated ones of their
 * organ, and ties (and reports of no organ) in the order given. For `summary` over a folder that
 * holds several years of one organ.
 */
export function inYearOrder<T>(items: readonly T[], metaOf: (item: T) => OrganYear): T[] {
  const organOrder = new Map<string, number>();
  const keyed = items.map((item, index) => {
    const { organ, year } = metaOf(item);
    const key = organKey(organ) ?? `\u0000${index}`;
    let place = organOrder.get(key);
    if (place === undefined) organOrder.set(key, (place = organOrder.size));
    return { item, index, organ: place, year: year ?? Infinity };
  });
  keyed.sort((a, b) => a.organ - b.organ || a.year - b.year || a.index - b.index);
  return keyed.map((k) => k.item);
}
