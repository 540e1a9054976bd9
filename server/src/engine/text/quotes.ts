/** Whether `rest` (the text after an opening YAML quote `q`) closes it: `"` not escaped by `\`, `'` not doubled. */
export function closesQuote(rest: string, q: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    if (q === '"' && rest[i] === '\\') i++;
    else if (rest[i] === q) {
      if (q === "'" && rest[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}
