package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.validation.Severity;
import org.yusuan.budget.validation.ValidationReport;

class AppTest {
  @Test
  void seed003HasItsKnownErrors() throws Exception {
    ValidationReport r = App.check(Path.of(System.getProperty("seed")));
    assertFalse(r.findings(Severity.ERROR).isEmpty());
    assertEquals(r.findings().size(), r.findings().stream().map(f -> f.fingerprint()).distinct().count());
  }
}
