import i18next from 'i18next';

/**
 * A rule the API says was broken (a violation's `constraint`, an import error's `rule`) in the
 * interface's language, with its values (`args`: `[limit]`, or named values such as `{ line }`),
 * or undefined when the catalogue has no words for that rule (the API's English sentence is
 * shown then).
 */
export function ruleMessage(rule: string | null | undefined, args: unknown): string | undefined {
  if (!rule) return undefined;
  const key = `validation.${rule}`;
  if (!i18next.exists(key)) return undefined;
  const named: Record<string, unknown> = Array.isArray(args)
    ? { limit: args[0] }
    : ((args ?? {}) as Record<string, unknown>);
  const numbers = new Intl.NumberFormat(i18next.resolvedLanguage === 'fr' ? 'fr-FR' : 'en-GB');
  const said = (value: unknown): unknown =>
    typeof value === 'number' ? numbers.format(value) : value;
  const values = Object.fromEntries(
    Object.entries(named).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map(said).join(', ') : said(value),
    ]),
  );
  const message = i18next.t(key, values);
  // A value the words need but the API did not give: its own sentence is better.
  return message.includes('{{') ? undefined : message;
}
