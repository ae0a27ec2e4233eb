/** See check-node.mjs. */
export function nodeVersionProblem(range: string, version: string): string | null;
