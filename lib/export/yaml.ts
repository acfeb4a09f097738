// YAML front matter values, always double-quoted: a title such as `No: 3 # of them` or `yes`
// would otherwise be read as a mapping, a comment or a boolean.

/**
 * A YAML double-quoted scalar. JSON strings are valid YAML 1.2 double-quoted scalars; the line
 * separators JSON leaves raw are escaped too, as YAML 1.1 readers take them for line breaks.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type FrontMatterValue = string | null | readonly string[];

/** A front matter block (`---` … `---`); null values are left out, lists are block sequences. */
export function frontMatter(fields: ReadonlyArray<readonly [string, FrontMatterValue]>): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === null) continue;
    if (typeof value === 'string') lines.push(`${key}: ${yamlString(value)}`);
    else if (value.length === 0) lines.push(`${key}: []`);
    else lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
  }
  lines.push('---');
  return lines.join('\n');
}
