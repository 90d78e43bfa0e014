package org.yusuan.budget.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.budget.disclosure.Disclosure;
import org.yusuan.budget.validation.Acknowledgements;
import org.yusuan.budget.validation.ValidationReport;

/**
 * Seed 003's report in a real browser: headless Chromium (the Debian package {@code chromium};
 * {@code .ci/run} installs it) loads the page from {@code file://}; a script added to the page
 * records errors from the start, and after the load checks that every ERROR of the list by part
 * links to a highlighted, visible mark, writing its verdict into the DOM, which Chromium prints
 * ({@code --dump-dom}). Without a browser the test is skipped and says so.
 */
class BrowserReportTest {
  private static final String RECORDER = "<script>window.__errors=[];"
      + "window.addEventListener('error',function(e){window.__errors.push(String(e.message));});"
      + "(function(){var ce=console.error;console.error=function(){"
      + "window.__errors.push(Array.prototype.join.call(arguments,' '));ce.apply(console,arguments);};})();"
      + "</script>";
  private static final String VERIFIER = "<script>window.addEventListener('load',function(){"
      + "var items=document.querySelectorAll('#findings li.finding.sev-error'),problems=[],ok=0;"
      + "for(var i=0;i<items.length;i++){var a=items[i].querySelector('a.goto');"
      + "if(!a){problems.push(items[i].id+': no link');continue;}"
      + "var t=document.getElementById(a.getAttribute('href').slice(1));"
      + "if(!t){problems.push(items[i].id+': no target');continue;}"
      + "var hl=t.closest('.hl');"
      + "if(!hl||!hl.classList.contains('sev-error')){problems.push(items[i].id+': not highlighted');continue;}"
      + "var bg=getComputedStyle(hl).backgroundColor;"
      + "if(bg==='rgba(0, 0, 0, 0)'||bg==='transparent'){problems.push(items[i].id+': no colour');continue;}"
      + "if(hl.getClientRects().length===0){problems.push(items[i].id+': not visible');continue;}"
      + "ok++;}"
      + "var pre=document.createElement('pre');pre.id='verification';"
      + "pre.textContent=JSON.stringify({errors:items.length,ok:ok,problems:problems,consoleErrors:window.__errors});"
      + "document.body.appendChild(pre);});</script>";

  @TempDir
  Path dir;

  /** Chromium on this machine: {@code $YUSUAN_CHROMIUM}, else the first of the usual names on the PATH. */
  static Optional<Path> chromium() {
    String given = System.getenv("YUSUAN_CHROMIUM");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(Files::isExecutable);
    }
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
        Path p = Path.of(dirName.isEmpty() ? "." : dirName, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Runs Chromium headless on {@code page}, the DOM it prints after the load and its log. */
  static String[] dumpDom(Path browser, Path page, Path profile) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=5000",
        "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
    Path out = profile.resolveSibling("dom.html");
    Path err = profile.resolveSibling("chromium.log");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s: " + cmd);
    }
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
  }

  @Test
  void seed003ReportLoadsWithoutErrorsAndEveryErrorIsHighlightedAndLinked() throws Exception {
    Optional<Path> browser = chromium();
    if (browser.isEmpty()) {
      System.out.println("BrowserReportTest: SKIPPED — no Chromium found (install the Debian package "
          + "chromium, or set YUSUAN_CHROMIUM); the report was not checked in a browser");
    }
    Assumptions.assumeTrue(browser.isPresent(), "no Chromium: the browser test is skipped");
    Disclosure seed = ReportFixtures.seed003();
    ValidationReport report = ReportFixtures.validate(seed, Acknowledgements.none());
    String html = HtmlReport.render(seed, report, Locale.SIMPLIFIED_CHINESE);
    String checked = html.replaceFirst("<head>", "<head>\n" + RECORDER)
        .replace("</body>", VERIFIER + "\n</body>");
    Path page = dir.resolve("seed-003.html");
    Files.writeString(page, checked, StandardCharsets.UTF_8);
    String[] run = dumpDom(browser.get(), page, dir.resolve("profile"));
    Element verdict = Jsoup.parse(run[0]).getElementById("verification");
    assertThat(verdict).as("the page's verdict; Chromium's log:\n%s", run[1]).isNotNull();
    JsonNode v = new ObjectMapper().readTree(verdict.text());
    assertThat(v.get("problems")).as("%s", v).isEmpty();
    assertThat(v.get("consoleErrors")).as("%s", v).isEmpty();
    assertThat(v.get("errors").asInt()).isEqualTo(14);
    assertThat(v.get("ok").asInt()).isEqualTo(14);
    // the page's own messages reach Chromium's log as CONSOLE lines: there are none
    assertThat(run[1].lines().filter(l -> l.contains("CONSOLE")).toList()).isEmpty();
  }
}
