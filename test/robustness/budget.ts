/** The memory budget the README states: the analysis of any input under the size limit fits in this much heap (memory.test.ts runs it). */
export const HEAP_MB = 1024;
