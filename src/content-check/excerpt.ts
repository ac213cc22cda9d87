/** Text cut to a readable length for a message: a 10 MB field is shown by its start and its size, never in full. */
export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length.toLocaleString("en")} characters)`;
}
