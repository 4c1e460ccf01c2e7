import type { BulletinPlaceholder } from '@kaoping/contracts';

export type PlaceholderValues = Record<BulletinPlaceholder, string>;

/** Replaces every known `{name}`; unknown names are refused when a template is saved, so none reach here. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => (name in values ? values[name as BulletinPlaceholder] : whole));
}
