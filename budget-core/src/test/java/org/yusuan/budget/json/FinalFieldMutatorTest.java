package org.yusuan.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yusuan.budget.document.DepartmentBudget;
import org.yusuan.budget.template.TableProfile;

/**
 * Jackson 2.17 (and older) resolves a deserializer for every property of a bean even when a
 * delegating creator reads it, and infers a private final field as a property's mutator; for
 * Immutables' {@code ImmutableX} that is an {@code ImmutableList} field, for which no deserializer
 * exists without the Guava module ("Cannot find a deserializer for non-concrete Collection type").
 * {@link BudgetJson#mapper()} therefore never lets a final field be a mutator. This holds on every
 * Jackson version, so the test guards 2.17 while the build runs on a newer one; {@code
 * scripts/consumer-check.sh -Djackson.version=2.17.2} is the end-to-end proof.
 */
class FinalFieldMutatorTest {
  private static final ObjectMapper MAPPER = BudgetJson.mapper();

  @Test
  void theMapperNeverUsesAFinalFieldAsAMutator() {
    assertThat(MAPPER.isEnabled(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)).isFalse();
  }

  @Test
  void noGeneratedImmutableTypeHasAFieldMutator() throws Exception {
    List<Class<?>> generated = generatedTypes();
    // The model has dozens of value types; a handful would mean the scan found the wrong place.
    assertThat(generated).hasSizeGreaterThan(30)
        .contains(Class.forName("org.yusuan.budget.document.ImmutableDepartmentBudget"),
            Class.forName("org.yusuan.budget.template.ImmutableTableProfile"));
    DeserializationConfig config = MAPPER.getDeserializationConfig();
    List<String> withFields = new ArrayList<>();
    for (Class<?> type : generated) {
      BeanDescription bean = config.introspect(MAPPER.constructType(type));
      for (BeanPropertyDefinition p : bean.findProperties()) {
        if (p.hasField()) {
          withFields.add(type.getSimpleName() + "." + p.getName());
        }
      }
    }
    assertThat(withFields).isEmpty();
  }

  @Test
  void theTemplatesAndABudgetStillReadStrictly() {
    // A missing list is still an error, not an empty default, now that fields are not mutators.
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> MAPPER
        .readerFor(TableProfile.class).readValue("{\"name\": \"x\"}")))
        .hasMessageContaining("missing required properties")
        .hasMessageContaining("markers");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> MAPPER
        .readerFor(DepartmentBudget.class).readValue("{}")))
        .hasMessageContaining("departmentName");
  }

  /** Every top-level {@code ImmutableX} class of budget-core's main classes. */
  private static List<Class<?>> generatedTypes() throws IOException, URISyntaxException {
    Path root = Path.of(BudgetJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<String> names = files.map(root::relativize).map(Path::toString)
          .filter(n -> n.matches(".*/Immutable[A-Za-z0-9]+\\.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().collect(Collectors.toList());
      List<Class<?>> types = new ArrayList<>();
      for (String n : names) {
        try {
          types.add(Class.forName(n));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(n, e);
        }
      }
      return types;
    }
  }
}
