/** Message templates with `{{placeholders}}`, filled by the engine (after ESLint's file-report). */

/** Fills `{{name}}` placeholders from `data`; an unknown placeholder is left as written. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
