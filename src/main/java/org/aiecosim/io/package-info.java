/**
 * Writing files safely: atomic writes through hidden temporary files. JDK only, no chart or UI code
 * (ArchitectureTest); PNG writing lives in {@code report.PngFiles}.
 */
package org.aiecosim.io;
