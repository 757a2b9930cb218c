/**
 * Asks `question` until `problem` finds nothing wrong with the answer, saying each time
 * why the answer before could not be taken. `first` is an answer given already (a flag).
 */
export async function askUntil(
  ask: (question: string) => Promise<string>,
  say: (line: string) => void,
  question: string,
  problem: (answer: string) => string | undefined,
  first?: string,
): Promise<string> {
  let answer = first;
  for (;;) {
    const why = answer === undefined ? 'unasked' : problem(answer);
    if (!why) return answer!;
    if (answer !== undefined) say(why);
    answer = (await ask(question)).trim();
  }
}
