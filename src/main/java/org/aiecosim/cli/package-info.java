/**
 * The picocli command line: each command parses its options, loads its input and calls app; it holds
 * no orchestration of its own beyond that. May import every other package; nothing imports it.
 */
package org.aiecosim.cli;
