/**
 * What every F3 Console SQLite database shares: opening a file the one way ({@link
 * io.f3console.core.sqlite.SqliteFile}) and versioned SQL-script migrations ({@link
 * io.f3console.core.sqlite.SqliteSchema}). The history and the certificate store build on it.
 */
package io.f3console.core.sqlite;
