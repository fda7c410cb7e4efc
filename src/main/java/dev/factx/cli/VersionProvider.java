package dev.factx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code -V/--version} prints: the {@code Implementation-Version} of the jar's
 * manifest, or, when factx runs from {@code target/classes} (tests, an IDE), the
 * {@code version.properties} resource Maven fills in from the pom.
 *
 * <p>Stateless and thread-safe.
 */
public final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"factx " + version()};
    }

    /** The version number alone, such as {@code 0.1.0}. */
    public static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no manifest version and no resource " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
