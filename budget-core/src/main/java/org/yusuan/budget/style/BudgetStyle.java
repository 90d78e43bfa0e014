package org.yusuan.budget.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of yusuan's value types; put it on a {@code package-info.java}.
 *
 * <p>Retention is {@code SOURCE} so that neither this annotation nor Immutables is needed at run
 * time by anyone who uses the jars: the generated classes are plain Java.
 *
 * <p><b>Optional attributes read in hot loops.</b> Immutables keeps an {@code Optional} attribute
 * as a nullable field and makes a new {@code Optional} on every call of its getter; the rules read
 * some attributes thousands of times per validation (an indicator's name), where that was a sixth
 * of validation's allocation. Such an attribute is declared as three methods: a package-private
 * {@code abstract Optional<T> getX()} annotated {@code @JsonProperty("x")} (the attribute: the
 * style's {@code get*} prefix names it {@code x}, so builders {@code x(T)} / {@code x(Optional)},
 * {@code withX}, copy, equals, toString and JSON stay as they were); a package-private
 * {@code @Value.Derived @Value.Auxiliary @JsonIgnore Optional<T> storedX()} returning it, which
 * Immutables computes once when the value is built and keeps as an {@code Optional} field; and the
 * public {@code final Optional<T> x()} returning {@code storedX()}. The public API is the one of a
 * plain attribute; the generated class also shows {@code getX()} and {@code storedX()} (public
 * there, as Immutables makes every override). The cost: one field per value, and one
 * {@code Optional} per present value when it is built. Chosen over an Immutables encoding (a
 * separately compiled module and artifact) and over lazily caching the {@code Optional} in the
 * value (a mutable field in an immutable model).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    get = {"is*", "get*"},
    init = "*",
    strictBuilder = false,
    privateNoargConstructor = false)
public @interface BudgetStyle {}
