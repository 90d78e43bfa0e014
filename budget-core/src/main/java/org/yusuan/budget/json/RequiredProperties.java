package org.yusuan.budget.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.CreatorProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.SetterlessProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes every property of a yusuan type required when reading: Jackson (2.x) enforces presence for
 * creator properties only, and Immutables binds through setters, so without this a missing list
 * would silently become empty and a missing Optional absent.
 *
 * <p>Each setter property of a bean in an {@code org.yusuan.budget} package is wrapped to record
 * that it was read, and the bean's deserializer to compare, at the end of the object, what was read
 * with what is declared. A missing property fails with a {@link MismatchedInputException} naming
 * all missing properties, whose path ends with the (alphabetically) first of them. Creator properties are left to {@link
 * com.fasterxml.jackson.databind.DeserializationFeature#FAIL_ON_MISSING_CREATOR_PROPERTIES}.
 */
final class RequiredProperties extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;
  /** Per-call attribute: the stack of property-name sets of the objects being read. */
  private static final Object SEEN = new Object();
  private static final String SCOPE = "org.yusuan.budget.";
  /**
   * Properties added to format 1 after it was published, as {@code Model.property}: a document
   * written before them lacks them and reads as absent (an Optional); one written since has them.
   */
  private static final Set<String> ADDED_LATER = Set.of("DepartmentBudget.text",
      "TableProfile.requiredParts");

  static boolean inScope(Class<?> type) {
    return type.getName().startsWith(SCOPE);
  }

  @Override
  public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
      BeanDescription beanDesc, BeanDeserializerBuilder builder) {
    if (!inScope(beanDesc.getBeanClass())) {
      return builder;
    }
    List<SettableBeanProperty> props = new ArrayList<>();
    builder.getProperties().forEachRemaining(props::add);
    for (SettableBeanProperty p : props) {
      if (!(p instanceof CreatorProperty) && !(p instanceof SetterlessProperty)) {
        builder.addOrReplaceProperty(new Recording(p), true);
      }
    }
    return builder;
  }

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    if (inScope(beanDesc.getBeanClass()) && deserializer instanceof BeanDeserializerBase
        && !((BeanDeserializerBase) deserializer).getValueInstantiator().canCreateUsingDelegate()) {
      return new Checking(deserializer);
    }
    return deserializer;
  }

  @SuppressWarnings("unchecked")
  private static ArrayDeque<Set<String>> stack(DeserializationContext ctxt) {
    Object s = ctxt.getAttribute(SEEN);
    if (s == null) {
      s = new ArrayDeque<Set<String>>();
      ctxt.setAttribute(SEEN, s);
    }
    return (ArrayDeque<Set<String>>) s;
  }

  /** The model's name for a bean class: {@code BudgetUnit} for Immutables' {@code ImmutableBudgetUnit.Json}. */
  static String modelName(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    if (outer != null && type.getSimpleName().equals("Json")
        && outer.getSimpleName().startsWith("Immutable")) {
      return outer.getSimpleName().substring("Immutable".length());
    }
    return type.getSimpleName();
  }

  /** A property that notes, when read, that it was present. */
  static final class Recording extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;

    Recording(SettableBeanProperty delegate) {
      super(delegate);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
      return new Recording(d);
    }

    private void mark(DeserializationContext ctxt) {
      Set<String> seen = stack(ctxt).peek();
      if (seen != null) {
        seen.add(getName());
      }
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      mark(ctxt);
      delegate.deserializeAndSet(p, ctxt, instance);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt,
        Object instance) throws IOException {
      mark(ctxt);
      return delegate.deserializeSetAndReturn(p, ctxt, instance);
    }
  }

  /** One read of a value. */
  @FunctionalInterface
  private interface Read {
    Object read() throws IOException;
  }

  /** A bean deserializer that fails when a declared property was not in the object. */
  static final class Checking extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Checking(JsonDeserializer<?> delegatee) {
      super(delegatee);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Checking(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return checked(p, ctxt, () -> _delegatee.deserialize(p, ctxt));
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
        TypeDeserializer typeDeserializer) throws IOException {
      return checked(p, ctxt, () -> _delegatee.deserializeWithType(p, ctxt, typeDeserializer));
    }

    private Object checked(JsonParser p, DeserializationContext ctxt, Read read)
        throws IOException {
      Set<String> seen = new LinkedHashSet<>();
      ArrayDeque<Set<String>> stack = stack(ctxt);
      stack.push(seen);
      Object value;
      try {
        value = read.read();
      } finally {
        stack.pop();
      }
      check(seen, p);
      return value;
    }

    private void check(Set<String> seen, JsonParser p) throws MismatchedInputException {
      List<String> missing = new ArrayList<>();
      Iterator<SettableBeanProperty> it = ((BeanDeserializerBase) _delegatee).properties();
      while (it.hasNext()) {
        SettableBeanProperty prop = it.next();
        if (prop instanceof Recording && !seen.contains(prop.getName())
            && !ADDED_LATER.contains(modelName(handledType()) + "." + prop.getName())) {
          missing.add(prop.getName());
        }
      }
      if (missing.isEmpty()) {
        return;
      }
      missing.sort(null);  // Jackson's property order is not the declared one; be deterministic
      Class<?> type = handledType();
      MismatchedInputException e = MismatchedInputException.from(p, type, String.format(
          "missing required %s %s of %s (every property must be present; an absent optional "
              + "value is written as null)",
          missing.size() == 1 ? "property" : "properties",
          missing.size() == 1 ? "'" + missing.get(0) + "'" : missing, modelName(type)));
      e.prependPath(type, missing.get(0));
      throw e;
    }
  }
}
