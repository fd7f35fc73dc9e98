/** ECB+ clusters kept for evaluation on text never read here: no eval script annotates, scores or diagnoses them. */
export const HELD_OUT: ReadonlySet<string> = new Set(['8_2', '18_2', '19_1', '19_2', '20_1', '20_2', '22_2', '23_2', '24_1', '28_1', '37_1', '37_2', '38_1', '41_1', '41_2']);
