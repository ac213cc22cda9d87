/** Side of the lattice a decision region is sampled on. */
export const GRID = 64;
/** Half-width of the square [−EXTENT, EXTENT]² the lab and the race draw. */
export const EXTENT = 1.4;
