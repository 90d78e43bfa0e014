package org.yusuan.budget.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code budget --version}: the jar manifest's {@code Implementation-Version} when the command runs
 * from a jar that has one, else the version the build wrote into {@code version.properties}.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    String version = BudgetCli.class.getPackage().getImplementationVersion();
    if (version == null) {
      Properties p = new Properties();
      try (InputStream in = BudgetCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      version = p.getProperty("version", "unknown");
    }
    return new String[] {"budget " + version + " (yusuan; Java " + System.getProperty("java.version") + ")"};
  }
}
