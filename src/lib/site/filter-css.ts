/**
 * CSS that filters a list without JavaScript: radio buttons named after a facet (`goal`, `role`)
 * hide, through `:has()`, the items whose data attribute does not match the checked value. The
 * rules are generated at build time from the vocabularies, so every value has its rule.
 *
 * Markup it expects, inside an element with class `scope`:
 *   <input type="radio" name="<facet>" value="<value>">   (value "" = no filter)
 *   <li data-<facet>="<value> [<value> …]">              (space-separated, matched with ~=)
 * and, optionally, elements `[data-empty-for="<v1>|<v2>"]` shown only when that combination of
 * values (one per facet, in facet order) matches nothing.
 */

/** One filter facet: the radio name, the item attribute and its possible values. */
export interface Facet {
  name: string;
  attribute: string;
  values: readonly string[];
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The CSS rules for `facets` within `.scope`; `empty` lists the value combinations that match nothing. */
export function filterCss(scope: string, facets: readonly Facet[], empty: readonly string[][] = []): string {
  const rules: string[] = [];
  for (const f of facets) {
    for (const v of f.values) {
      rules.push(
        `.${scope}:has(input[name=${cssString(f.name)}][value=${cssString(v)}]:checked) [${f.attribute}]:not([${f.attribute}~=${cssString(v)}]){display:none}`,
      );
    }
  }
  for (const combo of empty) {
    const has = combo
      .map((v, i) => `:has(input[name=${cssString(facets[i].name)}][value=${cssString(v)}]:checked)`)
      .join('');
    rules.push(`.${scope}${has} [data-empty-for=${cssString(combo.join('|'))}]{display:block}`);
  }
  return rules.join('\n');
}

/**
 * The combinations of one value per facet that no item matches (items give their values per
 * facet), for the "nothing matches" notes. The "" (all) value is not combined.
 */
export function emptyCombinations(
  facets: readonly Facet[],
  items: readonly Record<string, readonly string[]>[],
): string[][] {
  let combos: string[][] = [[]];
  for (const f of facets) combos = combos.flatMap((c) => f.values.map((v) => [...c, v]));
  return combos.filter((combo) => !items.some((item) => combo.every((v, i) => item[facets[i].name]?.includes(v))));
}

/**
 * CSS that hides a group of items (e.g. a heading and its list) when the checked filters leave
 * none of its items: for each group, a rule per single value and per combination of one value per
 * facet that none of its items has. `items` give their values per facet, as for emptyCombinations.
 */
export function groupHideCss(
  scope: string,
  facets: readonly Facet[],
  groups: readonly { selector: string; items: readonly Record<string, readonly string[]>[] }[],
): string {
  const checked = (facet: Facet, value: string) =>
    `:has(input[name=${cssString(facet.name)}][value=${cssString(value)}]:checked)`;
  const rules: string[] = [];
  for (const g of groups) {
    for (const f of facets) {
      for (const v of f.values)
        if (!g.items.some((item) => item[f.name]?.includes(v)))
          rules.push(`.${scope}${checked(f, v)} ${g.selector}{display:none}`);
    }
    for (const combo of emptyCombinations(facets, g.items))
      rules.push(`.${scope}${combo.map((v, i) => checked(facets[i], v)).join('')} ${g.selector}{display:none}`);
  }
  return rules.join('\n');
}
