/** PGlite's trigram extension, exported at a subpath that this project's module resolution cannot read the types of. */
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  export const pg_trgm: import('@electric-sql/pglite').Extension
}
