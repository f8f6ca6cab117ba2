/**
 * Writing files safely: atomic writes through hidden temporary files, and the CSV dialect of every
 * file the program writes and reads ({@link org.aiecosim.io.CsvDialect}, on Commons CSV). No chart or
 * UI code (ArchitectureTest); PNG writing lives in {@code report.PngFiles}.
 */
package org.aiecosim.io;
