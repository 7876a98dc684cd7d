/** The digest date of every bench run: fixed, so runs compare and reruns reproduce. */
export const BENCH_DATE = '2026-01-01';
