package org.aiecosim.cli;

import org.aiecosim.app.Version;
import picocli.CommandLine;

/** {@code aiecosim --version}: the program version of {@link Version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() { return new String[] {"aiecosim " + Version.get()}; }
}
