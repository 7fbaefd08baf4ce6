package org.figx.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest declares; "dev" when run from classes, not a jar. */
final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"figx " + version()};
    }

    static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
