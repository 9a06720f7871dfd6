type YamlValue =
  | string
  | number
  | boolean
  | YamlValue[]
  | { [key: string]: YamlValue };

// Plain scalars that YAML reads back as the same string (no quoting needed),
// unless they look like a number, boolean, null or date.
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_ ./-]*[A-Za-z0-9_./-]$|^[A-Za-z_]$/;
const NOT_A_STRING = /^(true|false|null|yes|no|on|off|~)$|^\d{4}-\d\d-\d\d/i;

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain =
    PLAIN.test(value) &&
    !NOT_A_STRING.test(value) &&
    Number.isNaN(Number(value));
  // JSON strings are valid YAML double-quoted scalars.
  return plain ? value : JSON.stringify(value);
}

function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap(item => {
      const [first, ...rest] = lines(item, `${indent}  `);
      const isNested = typeof item === 'object';
      return isNested
        ? [`${indent}- ${first.trimStart()}`, ...rest]
        : [`${indent}- ${scalar(item as string)}`];
    });
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      typeof item === 'object'
        ? [`${indent}${key}:`, ...lines(item, `${indent}  `)]
        : [`${indent}${key}: ${scalar(item)}`],
    );
  }
  return [`${indent}${scalar(value)}`];
}

/**
 * Block-style YAML of plain data (maps, lists, strings, numbers, booleans),
 * for copy-paste examples built from objects the tests can validate.
 */
export function toYaml(value: YamlValue): string {
  return lines(value, '').join('\n');
}

export type { YamlValue };
