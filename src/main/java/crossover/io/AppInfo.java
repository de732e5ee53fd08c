package crossover.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, from the build. */
public final class AppInfo {

    private AppInfo() {
    }

    /** The version the build wrote into {@code crossover/version.properties}, or "development". */
    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/crossover/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
