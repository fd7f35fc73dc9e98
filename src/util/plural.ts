/** `n one` or `n many`: "1 contradiction", "2 contradictions", "2 stories". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
